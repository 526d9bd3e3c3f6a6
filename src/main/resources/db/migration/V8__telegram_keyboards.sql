-- The newest inline keyboard the bot showed in each Telegram chat. Only its buttons are live, and a
-- button runs the command this row says it showed, so a press after a restart can neither run an old
-- keyboard's button as if it were new nor run something other than what the button said.
-- Button data holds the keyboard number and the button's position only. SQL portable to PostgreSQL.
CREATE TABLE telegram_keyboards (
    person_key  VARCHAR(100) PRIMARY KEY,   -- telegram:<chat id>
    keyboard_no BIGINT NOT NULL,            -- unique across restarts (never below a number used before)
    commands    VARCHAR(4000) NOT NULL,     -- the buttons' commands as a JSON array, in order
    shown_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
