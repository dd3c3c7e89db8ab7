-- Every rule set that was accepted (compiled, validated, scenarios passed), with its files, so that versions can be
-- listed, compared and rolled back.
CREATE TABLE rule_version (
    id          VARCHAR(12)  PRIMARY KEY,
    hash        VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    author      VARCHAR(200),
    file_count  INT          NOT NULL,
    files       TEXT         NOT NULL
);
