-- People, their weekly reviews and answers, and the bare fact of each escalation.
-- Later migrations add check-in schedules and summaries beside these tables; nothing here is rewritten.

CREATE TABLE people (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    external_key VARCHAR(100) NOT NULL UNIQUE,   -- transport key: console:local, telegram:<chat id>
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE reviews (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    status      VARCHAR(20) NOT NULL,            -- IN_PROGRESS, PAUSED, COMPLETED, CANCELLED
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reviews_status CHECK (status IN ('IN_PROGRESS', 'PAUSED', 'COMPLETED', 'CANCELLED'))
);
CREATE INDEX reviews_person_status ON reviews(person_id, status);

CREATE TABLE answers (
    review_id    BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    question_no  TINYINT NOT NULL,
    kind         VARCHAR(10) NOT NULL,           -- ANSWERED, NOTHING, SKIPPED
    answer_text  VARCHAR(4096) NOT NULL,
    minimising   VARCHAR(500) NOT NULL,          -- cue words found, comma-separated, for patterns over weeks
    demands      VARCHAR(500) NOT NULL,
    baseline     VARCHAR(20) NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (review_id, question_no),
    CONSTRAINT answers_question CHECK (question_no BETWEEN 1 AND 5)
);

-- Only that risk language was met, and how serious: never the words.
CREATE TABLE escalations (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    level       VARCHAR(10) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
