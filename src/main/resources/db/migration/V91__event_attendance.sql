-- After the event: who came (checked in by staff), the recording, and follow-up messages to those who registered
-- or to those who came.
ALTER TABLE event_registrations ADD COLUMN attended_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE event_recordings (
    event_id     UUID PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    url          VARCHAR(1000) NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE event_followups (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    audience     VARCHAR(16) NOT NULL,
    subject_en   VARCHAR(300) NOT NULL DEFAULT '',
    body_en      VARCHAR(20000) NOT NULL DEFAULT '',
    subject_es   VARCHAR(300) NOT NULL DEFAULT '',
    body_es      VARCHAR(20000) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_followups_event_idx ON event_followups (workspace_id, event_id, created_at);
