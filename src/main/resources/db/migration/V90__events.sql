-- Events: when (UTC instants plus the IANA zone they are announced in), where (a join link shown only to
-- registrants, or an address), how many may come, and their texts per language.
CREATE TABLE events (
    id                    UUID PRIMARY KEY,
    workspace_id          UUID NOT NULL REFERENCES workspaces (id),
    slug                  VARCHAR(80) NOT NULL,
    status                VARCHAR(16) NOT NULL DEFAULT 'scheduled',
    visibility            VARCHAR(16) NOT NULL DEFAULT 'public',
    default_language      VARCHAR(8) NOT NULL DEFAULT 'en',
    starts_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone             VARCHAR(64) NOT NULL,
    extra_zones           VARCHAR(400) NOT NULL DEFAULT '',
    join_url              VARCHAR(1000) NOT NULL DEFAULT '',
    address               VARCHAR(500) NOT NULL DEFAULT '',
    capacity              INT NOT NULL DEFAULT 0,
    registration_opens_at TIMESTAMP WITH TIME ZONE,
    reminder_minutes      VARCHAR(100) NOT NULL DEFAULT '1440 60',
    -- Raised on every change registrants are told about, so calendars replace the entry they hold.
    sequence              INT NOT NULL DEFAULT 0,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT events_slug_uq UNIQUE (workspace_id, slug)
);
CREATE INDEX events_starts_idx ON events (workspace_id, starts_at, id);

CREATE TABLE event_texts (
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    description  VARCHAR(20000) NOT NULL DEFAULT '',
    image_alt    VARCHAR(300) NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, language)
);

CREATE TABLE event_images (
    event_id     UUID PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    content      BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Questions the registration form asks, by position, with their wording per language.
CREATE TABLE event_questions (
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    position     INT NOT NULL,
    language     VARCHAR(8) NOT NULL,
    label        VARCHAR(300) NOT NULL,
    required     BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (event_id, position, language)
);

-- One registration per person and event; cancelling keeps the row (status 'cancelled') so the history stays.
CREATE TABLE event_registrations (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    status       VARCHAR(16) NOT NULL,
    language     VARCHAR(8) NOT NULL DEFAULT 'en',
    source       VARCHAR(200) NOT NULL DEFAULT '',
    cancel_token VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_registrations_uq UNIQUE (event_id, person_id),
    CONSTRAINT event_registrations_token_uq UNIQUE (cancel_token)
);
-- Counting seats and finding the first on the wait list read this index.
CREATE INDEX event_registrations_event_idx ON event_registrations (workspace_id, event_id, status, created_at, id);
CREATE INDEX event_registrations_person_idx ON event_registrations (person_id);

-- Answers as given, with the question's wording the person saw.
CREATE TABLE event_answers (
    registration_id UUID NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
    workspace_id    UUID NOT NULL,
    position        INT NOT NULL,
    question        VARCHAR(300) NOT NULL,
    answer          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (registration_id, position)
);

-- Save-the-date: people who asked to hear when registration opens.
CREATE TABLE event_notify_requests (
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    language     VARCHAR(8) NOT NULL DEFAULT 'en',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, person_id)
);

-- Every event message sent to a person, keyed by what it was (confirmation, reminder-1440-<start>, update-3...):
-- the key is written in the same transaction as the message is handed over, so a re-run cannot send it twice.
CREATE TABLE event_mail_log (
    workspace_id UUID NOT NULL,
    event_id     UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind         VARCHAR(64) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, person_id, kind)
);

-- Files attached to captured development mail (calendar invitations), so they can be read like the message.
CREATE TABLE mailbox_attachments (
    mail_id      UUID NOT NULL REFERENCES mailbox (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(200) NOT NULL,
    content      BYTEA NOT NULL,
    PRIMARY KEY (mail_id, position)
);
