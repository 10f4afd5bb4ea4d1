-- An action's optional confirmation email. action_id is a petition's or a form's id (both are UUIDs that are never
-- reused), so one table serves every kind of action.
CREATE TABLE autoresponses (
    action_id    UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    enabled      BOOLEAN NOT NULL DEFAULT FALSE,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE autoresponse_texts (
    action_id    UUID NOT NULL REFERENCES autoresponses (action_id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    subject      VARCHAR(300) NOT NULL,
    body         VARCHAR(10000) NOT NULL,
    PRIMARY KEY (action_id, language)
);

-- Written in the same transaction as the message is handed over: the key is what makes a confirmation go out once
-- per person and action, however often its task runs.
CREATE TABLE autoresponses_sent (
    action_id    UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (action_id, person_id)
);
CREATE INDEX autoresponses_sent_person_idx ON autoresponses_sent (person_id);
