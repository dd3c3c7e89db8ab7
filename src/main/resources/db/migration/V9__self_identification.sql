-- Voluntary self-identification for the adverse-impact report, kept apart from the candidate record: matching,
-- rules, rankings and exports never read it. One row per person; a NULL column means the person gave no answer to
-- that question ("not provided"), the code 'declined' that they declined to answer. Deleting the candidate deletes
-- the row.
CREATE TABLE self_identification (
    candidate_id   VARCHAR(64)  PRIMARY KEY,
    gender         VARCHAR(64),
    age_band       VARCHAR(64),
    ethnicity      VARCHAR(64),
    religion       VARCHAR(64),
    marital_status VARCHAR(64),
    recorded_by    VARCHAR(200),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT self_identification_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
);
