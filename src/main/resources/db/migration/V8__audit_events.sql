-- The tamper-evident audit log: who did what, when, to what. Append-only; each entry carries the SHA-256 of the entry
-- before it (prev_hash) and its own (hash), computed as com.talentmatch.audit.AuditChain documents, so that an edited,
-- removed or re-ordered entry is found by GET /api/audit/verify or the CLI's audit-verify.
-- id is assigned by the appender (the previous entry's id + 1), not by the database: two appends that read the same
-- last entry cannot both be stored, so the chain cannot fork, not even between processes sharing the store.
-- details is JSON text with ids, codes and versions only: never names or evidence text.
CREATE TABLE audit_event (
    id                 BIGINT       PRIMARY KEY,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor              VARCHAR(200) NOT NULL,
    action             VARCHAR(64)  NOT NULL,
    subject            VARCHAR(500) NOT NULL,
    details            TEXT         NOT NULL,
    rule_version       VARCHAR(12),
    catalogue_revision BIGINT,
    prev_hash          VARCHAR(64)  NOT NULL,
    hash               VARCHAR(64)  NOT NULL,
    CONSTRAINT audit_event_prev_hash UNIQUE (prev_hash)
);
CREATE INDEX audit_event_created_at ON audit_event (created_at);
CREATE INDEX audit_event_subject ON audit_event (subject);
