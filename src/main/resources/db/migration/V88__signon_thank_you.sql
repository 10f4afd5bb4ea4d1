-- What a sign-on letter's thank-you page adds, like a petition's: hashtags for the share links and a suggested
-- next action. A table of its own so that letters without them carry nothing.
CREATE TABLE signon_thank_you (
    letter_id       UUID PRIMARY KEY REFERENCES signon_letters (id) ON DELETE CASCADE,
    workspace_id    UUID NOT NULL,
    hashtags        VARCHAR(300) NOT NULL,
    next_action_url VARCHAR(1000) NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
