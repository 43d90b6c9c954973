-- What the extract stage found in each document (quotes and events as JSON records of the model).
CREATE TABLE extraction (
    document_id TEXT PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    quotes      TEXT NOT NULL,
    events      TEXT NOT NULL
);

-- The corpus-wide results (entities, merged events, quotes with their speakers resolved, stories), rebuilt as a whole.
CREATE TABLE corpus_item (
    kind     TEXT    NOT NULL CHECK (kind IN ('entity', 'event', 'quote', 'story')),
    position INTEGER NOT NULL,
    id       TEXT    NOT NULL,
    json     TEXT    NOT NULL,
    PRIMARY KEY (kind, position)
);
CREATE INDEX corpus_item_id ON corpus_item (id);
