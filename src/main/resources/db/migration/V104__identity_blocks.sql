-- Recipient ids are handed out in blocks of 10,000. The embedded database writes its whole pending state to disk
-- each time a block runs out, which at the default block of 32 was most of the time it took to fix a mailing's
-- recipients (100,000 rows: one write every 32 rows of the same INSERT). Ids only order the rows and mark the
-- ranges that workers claim; a restart may skip the rest of a block, which nothing depends on.
ALTER TABLE mailing_recipients ALTER COLUMN id SET CACHE 10000;
