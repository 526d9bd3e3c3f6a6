-- A person's own safety plan (issue 12): the steps in their words, and where the guided conversation
-- is. Both reference people(id) ON DELETE CASCADE, so deleting a person erases their plan. Portable
-- between H2 and PostgreSQL.

CREATE TABLE safety_plans (
    person_id       BIGINT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    asking_step     VARCHAR(20),                    -- the step the next message is for; NULL when none
    asking_guided   BOOLEAN NOT NULL,               -- walking through every step (else changing one)
    asking_number   BOOLEAN NOT NULL,               -- the question is for a phone number to add
    crisis_offer_at TIMESTAMP WITH TIME ZONE,       -- when writing a plan was offered after a crisis (once)
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT safety_plans_step CHECK (asking_step IN ('WARNING_SIGNS', 'COPING', 'DISTRACTION', 'PEOPLE',
                                                        'PROFESSIONALS', 'SAFER_PLACE', 'REASONS'))
);

CREATE TABLE safety_plan_steps (
    person_id  BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    step       VARCHAR(20) NOT NULL,
    step_text  VARCHAR(4000) NOT NULL,              -- the person's words (the app keeps 1,000 characters, 2,001 with a number)
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, step),
    CONSTRAINT safety_plan_steps_step CHECK (step IN ('WARNING_SIGNS', 'COPING', 'DISTRACTION', 'PEOPLE',
                                                      'PROFESSIONALS', 'SAFER_PLACE', 'REASONS'))
);
