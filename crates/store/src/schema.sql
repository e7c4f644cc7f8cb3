-- allegiance store schema, version 4 (see `SCHEMA_VERSION` and the migrations in sqlite.rs).
-- Written in SQLite's spelling; PostgreSQL's (identities, BIGINT, BYTEA, C-collated text, its JSON
-- functions in the claims view) is made from it by `schema::schema_for`.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    -- SHA-256 of the cleaned text, hex: the identity that makes ingest idempotent
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
-- Near-duplicate detection (neardup.rs, copies.rs), kept out of `documents` so that reading it
-- never walks a long text: each document's MinHash signature (none for texts too short to judge)
-- and its cluster, the id of the first stored document of the story it is a copy of (its own id
-- when it is that first one). A document without a row is a cluster of its own. The banding
-- index over the signatures lives in memory while ingesting (rebuilt from this table).
CREATE TABLE signatures (
    document_id INTEGER PRIMARY KEY,
    minhash BLOB NOT NULL,
    cluster_id INTEGER NOT NULL
);
CREATE INDEX signatures_cluster ON signatures(cluster_id);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    -- "kb:<id>" for knowledge-base entities ("kb:<id>@<norm>" for one seen under a former name),
    -- "<kind>:<normalised name>" for entities the knowledge base lacks
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    norm_name TEXT NOT NULL,
    kb_id TEXT,
    former_name INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_norm ON entities(norm_name);
CREATE INDEX entities_kb ON entities(kb_id);
CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    -- documents the name was seen in
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
CREATE INDEX mentions_document ON mentions(document_id);
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
-- Each document's use of a group name the knowledge base lacks, with what the document ties the
-- group to (lookalike.rs): the evidence that decides which of several same-named groups it is.
CREATE TABLE name_uses (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    kind TEXT NOT NULL,
    norm TEXT NOT NULL,
    -- the document's content hash: the order uses are considered in, the same on every machine
    doc_key TEXT NOT NULL,
    -- 1 when the context says anything
    contextual INTEGER NOT NULL,
    -- JSON: {"parents": [[entity key, year or null], ...], "countries": ["SY", ...]}
    context TEXT NOT NULL,
    -- the entity's canonical name in this document, and its surface forms (JSON array)
    name TEXT NOT NULL,
    names TEXT NOT NULL,
    PRIMARY KEY (document_id, kind, norm)
);
CREATE INDEX name_uses_name ON name_uses(kind, norm);
CREATE INDEX name_uses_entity ON name_uses(entity_id);
-- Analysts' judgements (judgements/): kept apart from what extraction wrote, never edited by
-- ingest. `id` is a hash of what the judgement decides; `body` the whole judgement as JSON (its
-- targets named by keys that survive re-ingest: content hashes, normalised names, kb ids).
CREATE TABLE judgements (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    author TEXT NOT NULL,
    -- RFC 3339, UTC
    at TEXT NOT NULL,
    note TEXT,
    body TEXT NOT NULL
);
CREATE INDEX judgements_kind ON judgements(kind);

-- ---- claims view (the migrations recreate it from here, from this marker to the end) ----
-- Facts folded across articles: one row per (type, subject, object, and for strength min/max/unit)
-- with its corroboration: `documents` counts articles, `reports` independent ones (near-duplicate
-- copies of one story count once). Symmetric relations ({symmetric_types}: `FactType::symmetric()`,
-- filled in when the schema is read) fold whichever way round the article put them: the lower
-- entity id is the claim's subject.
CREATE VIEW claims AS
SELECT type, subject_id, object_id, min, max, unit,
       COUNT(*) AS facts,
       COUNT(DISTINCT document_id) AS documents,
       COUNT(DISTINCT cluster) AS reports,
       json_group_array(DISTINCT document_id) AS document_ids,
       json_group_array(DISTINCT source) AS sources,
       json_group_array(DISTINCT polarity) AS polarities,
       MIN(published) AS first_published, MAX(published) AS last_published
FROM (
    SELECT f.type AS type,
           CASE WHEN f.type IN {symmetric_types} AND f.object_id < f.subject_id THEN f.object_id ELSE f.subject_id END AS subject_id,
           CASE WHEN f.type IN {symmetric_types} AND f.object_id < f.subject_id THEN f.subject_id ELSE f.object_id END AS object_id,
           json_extract(f.attrs, '$.min') AS min, json_extract(f.attrs, '$.max') AS max,
           json_extract(f.attrs, '$.unit') AS unit,
           f.document_id AS document_id, COALESCE(s.cluster_id, f.document_id) AS cluster,
           f.source AS source, f.polarity AS polarity, d.published AS published, f.id AS fact_id
    FROM facts f JOIN documents d ON d.id = f.document_id LEFT JOIN signatures s ON s.document_id = f.document_id
) AS folded
GROUP BY type, subject_id, object_id, min, max, unit;
