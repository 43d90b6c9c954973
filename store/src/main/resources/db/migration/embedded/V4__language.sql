-- What the language stage read in each article: names, temporal expressions and counts, with their spans.
ALTER TABLE article ADD COLUMN sentences INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN tokens INTEGER NOT NULL DEFAULT 0;

CREATE TABLE name_mention (
    article_id TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    type       TEXT    NOT NULL
);
CREATE INDEX name_mention_article ON name_mention (article_id, start);
CREATE INDEX name_mention_text ON name_mention (text);

CREATE TABLE time_mention (
    article_id TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    value      TEXT,
    relative   INTEGER NOT NULL
);
CREATE INDEX time_mention_article ON time_mention (article_id, start);

CREATE TABLE count_mention (
    article_id TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    value      INTEGER NOT NULL,
    qualifier  TEXT    NOT NULL,
    noun       TEXT
);
CREATE INDEX count_mention_article ON count_mention (article_id, start);
