-- Storage must not fail on valid input. An answer may be as long as a Telegram message (4,096
-- characters), and every cue word found in it is kept: 200 "only"s overflowed the 500-character cue
-- columns, and the person's answer was lost to a storage error. How long an answer may be is the core's
-- rule (it truncates and says so); these columns hold whatever it keeps.
-- VARCHAR without a length is unbounded in PostgreSQL and up to 1,000,000,000 characters in H2;
-- ALTER COLUMN ... SET DATA TYPE is understood by both and keeps NOT NULL.
ALTER TABLE answers ALTER COLUMN answer_text SET DATA TYPE VARCHAR;
ALTER TABLE answers ALTER COLUMN minimising SET DATA TYPE VARCHAR;
ALTER TABLE answers ALTER COLUMN demands SET DATA TYPE VARCHAR;
