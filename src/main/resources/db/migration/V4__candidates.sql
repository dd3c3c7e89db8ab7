-- People: internal employees and external applicants, with what is known about them. Their evidence documents are
-- in evidence_document (candidate_id).
CREATE TABLE candidate (
    id            VARCHAR(64)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    type          VARCHAR(16)  NOT NULL,
    department    VARCHAR(200),
    role_id       VARCHAR(64),
    performance   INT,
    potential     INT,
    grades        VARCHAR(1000) NOT NULL,
    experience    VARCHAR(1000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT candidate_type CHECK (type IN ('internal', 'external')),
    CONSTRAINT candidate_performance CHECK (performance IS NULL OR performance BETWEEN 1 AND 3),
    CONSTRAINT candidate_potential CHECK (potential IS NULL OR potential BETWEEN 1 AND 3)
);

CREATE TABLE candidate_level (
    candidate_id  VARCHAR(64)  NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    competency    VARCHAR(200) NOT NULL,
    level_code    VARCHAR(32)  NOT NULL,
    source        VARCHAR(16)  NOT NULL,
    assessed_on   DATE,
    PRIMARY KEY (candidate_id, competency, source)
);
