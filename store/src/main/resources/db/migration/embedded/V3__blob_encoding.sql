-- Raw bytes may be kept deflated at rest ("deflate"); they are always given back exactly as received.
ALTER TABLE blob ADD COLUMN encoding TEXT NOT NULL DEFAULT 'identity' CHECK (encoding IN ('identity', 'deflate'));
