-- Transport deliveries already handled (Telegram update ids), so a repeat after a restart is not
-- taken as a second answer. Holds ids only, never text.
CREATE TABLE deliveries (
    delivery_key VARCHAR(64) PRIMARY KEY,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
