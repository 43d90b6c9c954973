-- Raw bytes, content-addressed: nothing is processed before it is here.
CREATE TABLE blob (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    data   BLOB    NOT NULL
);

-- One row per distinct input (file or fetched URL); complete once all its pages are admitted.
CREATE TABLE input (
    sha256      TEXT PRIMARY KEY REFERENCES blob (sha256),
    source      TEXT    NOT NULL,
    format      TEXT,
    pages       INTEGER,
    complete    INTEGER NOT NULL DEFAULT 0,
    received_at TEXT    NOT NULL
);

CREATE TABLE document (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    id                 TEXT    NOT NULL UNIQUE,
    sha256             TEXT    NOT NULL UNIQUE REFERENCES blob (sha256),
    input_sha256       TEXT    REFERENCES input (sha256),
    source             TEXT    NOT NULL,
    url                TEXT,
    content_type       TEXT,
    format             TEXT    NOT NULL,
    declared_title     TEXT,
    declared_published TEXT,
    state              TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'processed', 'failed')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    title              TEXT,
    published          TEXT,
    outlet             TEXT,
    byline             TEXT,
    language           TEXT,
    indexed            INTEGER NOT NULL DEFAULT 0,
    admitted_at        TEXT    NOT NULL,
    processed_at       TEXT
);
CREATE INDEX document_state ON document (state, seq);
CREATE INDEX document_source ON document (source, id);

CREATE TABLE article (
    id          TEXT PRIMARY KEY,
    document_id TEXT    NOT NULL REFERENCES document (id),
    idx         INTEGER NOT NULL,
    title       TEXT,
    dateline    TEXT,
    date        TEXT,
    date_basis  TEXT    NOT NULL,
    language    TEXT,
    text        TEXT    NOT NULL,
    UNIQUE (document_id, idx)
);

CREATE TABLE diagnostic (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT REFERENCES document (id),
    source      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity IN ('warning', 'error')),
    message     TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX diagnostic_document ON diagnostic (document_id);

-- Inputs that could not be read at all (missing path, unreachable URL): shown by status, retried by retry.
CREATE TABLE failure (
    source        TEXT PRIMARY KEY,
    stage         TEXT    NOT NULL,
    message       TEXT    NOT NULL,
    attempts      INTEGER NOT NULL,
    first_attempt TEXT    NOT NULL,
    last_attempt  TEXT    NOT NULL
);
