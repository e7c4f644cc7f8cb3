-- allegiance store schema, version 1. The SQLite backend runs this on an empty database; a
-- PostgreSQL backend uses the same tables (BIGSERIAL for the INTEGER PRIMARY KEYs, JSONB for attrs).
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    doc TEXT NOT NULL,
    path TEXT NOT NULL,
    url TEXT,
    title TEXT,
    publisher TEXT,
    published TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    -- "kb:<id>" for knowledge-base entities, "<kind>:<normalised name>" for new ones
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    kb_id TEXT
);
CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, name)
);
CREATE INDEX aliases_norm ON aliases(norm);
CREATE TABLE mentions (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    subject_id INTEGER NOT NULL REFERENCES entities(id),
    object_id INTEGER REFERENCES entities(id),
    attrs TEXT NOT NULL,
    polarity TEXT NOT NULL,
    source TEXT,
    when_start TEXT,
    when_end TEXT,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL
);
CREATE INDEX facts_subject ON facts(subject_id, type);
CREATE INDEX facts_object ON facts(object_id, type);
CREATE INDEX facts_type ON facts(type);
CREATE INDEX facts_document ON facts(document_id);
-- Facts folded across articles: one row per claim with its corroboration.
CREATE VIEW claims AS
SELECT f.type AS type, f.subject_id AS subject_id, f.object_id AS object_id,
       json_extract(f.attrs, '$.min') AS min, json_extract(f.attrs, '$.max') AS max,
       COUNT(DISTINCT f.document_id) AS documents,
       group_concat(DISTINCT f.source) AS sources,
       group_concat(DISTINCT f.polarity) AS polarities,
       MIN(d.published) AS first_published, MAX(d.published) AS last_published
FROM facts f JOIN documents d ON d.id = f.document_id
GROUP BY f.type, f.subject_id, f.object_id, json_extract(f.attrs, '$.min'), json_extract(f.attrs, '$.max');
