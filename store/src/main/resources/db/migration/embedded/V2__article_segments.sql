-- Where each stretch of an article's clean text comes from in the decoded page: "textStart,textEnd,rawStart,rawEnd;…".
ALTER TABLE article ADD COLUMN segments TEXT NOT NULL DEFAULT '';
