-- After the event: who came (checked in, uploaded or sent through the API), the recording link published on the
-- event page, and follow-up mail, each message written down per person so no one gets it twice.
CREATE TABLE event_attendance (
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    source       VARCHAR(16) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_attendance_ws_idx ON event_attendance (workspace_id, event_id, person_id);
CREATE INDEX event_attendance_person_idx ON event_attendance (person_id);

CREATE TABLE event_recordings (
    event_id     UUID PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    url          VARCHAR(1000) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE event_followups (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    audience     VARCHAR(16) NOT NULL,
    created_by   VARCHAR(320) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_followups_event_idx ON event_followups (workspace_id, event_id, created_at);

CREATE TABLE event_followup_texts (
    followup_id  UUID NOT NULL REFERENCES event_followups (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    PRIMARY KEY (followup_id, language)
);

-- Written in the transaction that hands the message to the mailer: its key stops any second run.
CREATE TABLE event_followup_deliveries (
    followup_id  UUID NOT NULL REFERENCES event_followups (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (followup_id, person_id)
);

-- Where an event is, in parts (for campaigns by region and postal code, and the API's location), and the
-- instructions the API carries.
CREATE TABLE event_details (
    event_id      UUID PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    workspace_id  UUID NOT NULL,
    venue         VARCHAR(200) NOT NULL DEFAULT '',
    address_lines VARCHAR(500) NOT NULL DEFAULT '',
    locality      VARCHAR(100) NOT NULL DEFAULT '',
    region        VARCHAR(100) NOT NULL DEFAULT '',
    postal_code   VARCHAR(20) NOT NULL DEFAULT '',
    country       VARCHAR(2) NOT NULL DEFAULT '',
    instructions  VARCHAR(4000) NOT NULL DEFAULT ''
);

-- Event campaigns (a day of action) gather events of the owning workspace and of the partner workspaces it invites.
CREATE TABLE event_campaigns (
    id               UUID PRIMARY KEY,
    workspace_id     UUID NOT NULL REFERENCES workspaces (id),
    slug             VARCHAR(80) NOT NULL,
    default_language VARCHAR(8) NOT NULL DEFAULT 'en',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_campaigns_slug_uq UNIQUE (workspace_id, slug)
);
CREATE INDEX event_campaigns_ws_idx ON event_campaigns (workspace_id, created_at, id);

CREATE TABLE event_campaign_texts (
    campaign_id  UUID NOT NULL REFERENCES event_campaigns (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    description  VARCHAR(20000) NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, language)
);

CREATE TABLE event_campaign_hosts (
    campaign_id  UUID NOT NULL REFERENCES event_campaigns (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    host_id      UUID NOT NULL REFERENCES workspaces (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, host_id)
);
CREATE INDEX event_campaign_hosts_host_idx ON event_campaign_hosts (host_id);

-- An event joins at most one campaign; workspace_id is the event's own workspace, the one that added it.
CREATE TABLE event_campaign_events (
    event_id     UUID PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    campaign_id  UUID NOT NULL REFERENCES event_campaigns (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_campaign_events_campaign_idx ON event_campaign_events (campaign_id, event_id);
