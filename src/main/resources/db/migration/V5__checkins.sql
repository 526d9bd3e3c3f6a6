-- Weekly check-ins: each person's chosen weekday, local time and time zone, and the next check-in as
-- an instant in UTC. SQL kept portable between H2 and PostgreSQL.
--
-- state: OFF     nothing agreed yet (a schedule being chosen, or the offer declined)
--        ON      check-ins are sent
--        PAUSED  the person sent /pause
--        RESTING paused by the bot after three check-ins in a row went unanswered
--        BLOCKED the person blocked the bot (Telegram answered 403)
-- next_due is NULL whenever nothing is to be sent, so the due query never sees those rows.
CREATE TABLE checkins (
    person_id    BIGINT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    weekday      SMALLINT,                      -- ISO: 1 Monday ... 7 Sunday; NULL until chosen
    time_of_day  TIME,                          -- local time in zone_id; NULL until chosen
    zone_id      VARCHAR(64) NOT NULL,          -- IANA zone (Europe/London) or an offset (+05:30)
    state        VARCHAR(10) NOT NULL,
    next_due     TIMESTAMP WITH TIME ZONE,      -- UTC
    unanswered   INTEGER NOT NULL,              -- check-ins sent since the person last wrote
    offered      BOOLEAN NOT NULL,              -- "Same time next week?" has been asked
    CONSTRAINT checkins_state CHECK (state IN ('OFF', 'ON', 'PAUSED', 'RESTING', 'BLOCKED')),
    CONSTRAINT checkins_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT checkins_due_needs_schedule
        CHECK (next_due IS NULL OR (state = 'ON' AND weekday IS NOT NULL AND time_of_day IS NOT NULL))
);

-- The sweeper's query, WHERE next_due <= now ORDER BY next_due, person_id, reads this index from its
-- start and stops at the first row not yet due: its cost grows with the number due, not the number of people.
CREATE INDEX checkins_due ON checkins(next_due, person_id);
