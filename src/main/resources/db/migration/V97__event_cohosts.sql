-- Partner workspaces co-hosting an event; registrants who tick a partner's box are copied to it, and no one else.
CREATE TABLE event_cohosts (
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    partner_id   UUID NOT NULL REFERENCES workspaces (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, partner_id)
);
CREATE INDEX event_cohosts_partner_idx ON event_cohosts (partner_id);

-- Rows of the partner's data (workspace_id is the partner): which of its people opted in on which event.
CREATE TABLE event_cohost_optins (
    workspace_id UUID NOT NULL,
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, event_id, person_id)
);
CREATE INDEX event_cohost_optins_person_idx ON event_cohost_optins (person_id);
