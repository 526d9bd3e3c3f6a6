-- The newest inline keyboard the bot showed in each Telegram chat. Only its buttons are live, and a
-- button runs the command this row says it showed, so a press after a restart can neither run an old
-- keyboard's button as if it were new nor run something other than what the button said.
-- Button data holds the keyboard number and the button's position only. SQL portable to PostgreSQL.
CREATE TABLE telegram_keyboards (
    external_key VARCHAR(100) PRIMARY KEY,  -- the chat, telegram:<chat id> (export and erasure find it by this)
    keyboard_no BIGINT NOT NULL,            -- unique across restarts (never below a number used before)
    commands    VARCHAR(4000) NOT NULL,     -- the buttons' commands as a JSON array, in order
    shown_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
