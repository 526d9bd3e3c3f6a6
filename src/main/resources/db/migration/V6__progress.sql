-- Progress over weeks: the follow-up answer, cue words one to a row, and the day of a person's therapy.
-- SQL kept portable between H2 and PostgreSQL.

-- The follow-up. When the reply to an answer ends with a question ("compared with a few weeks ago, what
-- has shifted?"), the review waits for the person's answer before the next question.
-- follow_up_state: NONE (the reply asked nothing), ASKED (waiting), ANSWERED, MOVED_ON (not answered).
-- follow_up: the person's answer when ANSWERED, else empty; their own evidence of change, kept as written.
ALTER TABLE answers ADD COLUMN follow_up_state VARCHAR(10) DEFAULT 'NONE' NOT NULL;
ALTER TABLE answers ADD COLUMN follow_up VARCHAR DEFAULT '' NOT NULL;
ALTER TABLE answers ADD CONSTRAINT answers_follow_up_state
    CHECK (follow_up_state IN ('NONE', 'ASKED', 'ANSWERED', 'MOVED_ON'));

-- Each cue word found in an answer ("only", "should"), one row each, so that counting them per week is
-- a GROUP BY rather than a re-analysis of every answer. Written with the answer (answers.minimising and
-- answers.demands keep the same words comma-separated) and erased with it (ON DELETE CASCADE), so with
-- its review and its person too; the export shows these words with each answer.
CREATE TABLE answer_cues (
    review_id   BIGINT NOT NULL,
    question_no SMALLINT NOT NULL,
    kind        VARCHAR(10) NOT NULL,      -- MINIMISING or DEMAND
    cue_no      INTEGER NOT NULL,          -- 1, 2, ... in the order found in the answer
    cue         VARCHAR NOT NULL,          -- lower case, as analysis found it
    PRIMARY KEY (review_id, question_no, kind, cue_no),
    FOREIGN KEY (review_id, question_no) REFERENCES answers(review_id, question_no) ON DELETE CASCADE,
    CONSTRAINT answer_cues_kind CHECK (kind IN ('MINIMISING', 'DEMAND'))
);

-- Cue words of the answers given before this version, split from their comma-separated columns.
INSERT INTO answer_cues (review_id, question_no, kind, cue_no, cue)
WITH RECURSIVE split (review_id, question_no, kind, cue_no, cue, rest) AS (
    SELECT a.review_id, a.question_no, CAST('MINIMISING' AS VARCHAR(10)), 0,
           CAST('' AS VARCHAR), CAST(a.minimising || ',' AS VARCHAR)
    FROM answers a
    WHERE a.minimising <> ''
    UNION ALL
    SELECT a.review_id, a.question_no, CAST('DEMAND' AS VARCHAR(10)), 0,
           CAST('' AS VARCHAR), CAST(a.demands || ',' AS VARCHAR)
    FROM answers a
    WHERE a.demands <> ''
    UNION ALL
    SELECT review_id, question_no, kind, cue_no + 1,
           CAST(SUBSTRING(rest FROM 1 FOR POSITION(',' IN rest) - 1) AS VARCHAR),
           CAST(SUBSTRING(rest FROM POSITION(',' IN rest) + 1) AS VARCHAR)
    FROM split
    WHERE rest <> ''
)
SELECT review_id, question_no, kind, cue_no, cue FROM split WHERE cue_no > 0;

-- Weekly patterns read a person's reviews by the time they started.
CREATE INDEX reviews_person_started ON reviews(person_id, started_at);

-- The day of the week a person has therapy, and the next "evening before" message: the summary since
-- the last session, with a few questions to take in. next_eve is in UTC, worked out from the day and
-- the person's time zone, and moved on a week each time it is sent (or skipped).
CREATE TABLE therapy_days (
    person_id    BIGINT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    weekday      SMALLINT NOT NULL,                       -- ISO: 1 Monday ... 7 Sunday
    session_time TIME,                                    -- local time of the session, when given
    next_eve     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT therapy_days_weekday CHECK (weekday BETWEEN 1 AND 7)
);
-- The sweeper's query, WHERE next_eve <= now ORDER BY next_eve: its cost grows with the number due.
CREATE INDEX therapy_days_due ON therapy_days(next_eve, person_id);
