-- Each workspace's look for its newsletters: header, colors, logo, a footer note.
CREATE TABLE mailing_wrappers (
    id            UUID PRIMARY KEY,
    workspace_id  UUID NOT NULL REFERENCES workspaces (id),
    name          VARCHAR(200) NOT NULL,
    header_text   VARCHAR(200) NOT NULL DEFAULT '',
    logo_image_id UUID,
    accent_color  VARCHAR(7) NOT NULL DEFAULT '#0b6e4f',
    footer_text   VARCHAR(2000) NOT NULL DEFAULT '',
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mailing_wrappers_workspace_idx ON mailing_wrappers (workspace_id, name);

-- Pictures in newsletters are served by Convoca itself, never from a third party.
CREATE TABLE mailing_images (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    content_type VARCHAR(40) NOT NULL,
    content      BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mailing_images_workspace_idx ON mailing_images (workspace_id);

-- Saved queries: conditions on people, all or any of which must hold.
CREATE TABLE segments (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    name         VARCHAR(200) NOT NULL,
    match_all    BOOLEAN NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT segments_name_uq UNIQUE (workspace_id, name)
);

CREATE TABLE segment_conditions (
    segment_id   UUID NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    position     INT NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    negated      BOOLEAN NOT NULL,
    condition_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (segment_id, position)
);

CREATE TABLE mailings (
    id               UUID PRIMARY KEY,
    workspace_id     UUID NOT NULL REFERENCES workspaces (id),
    name             VARCHAR(200) NOT NULL,
    from_name        VARCHAR(200) NOT NULL DEFAULT '',
    from_address     VARCHAR(320) NOT NULL DEFAULT '',
    reply_to         VARCHAR(320) NOT NULL DEFAULT '',
    wrapper_id       UUID REFERENCES mailing_wrappers (id) ON DELETE SET NULL,
    everyone         BOOLEAN NOT NULL DEFAULT FALSE,
    status           VARCHAR(16) NOT NULL,
    scheduled_at     TIMESTAMP WITH TIME ZONE,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    total_recipients BIGINT NOT NULL DEFAULT 0,
    -- Kept in the same transactions as the recipients' states, so the progress bar never counts rows.
    sent_count       BIGINT NOT NULL DEFAULT 0,
    failed_count     BIGINT NOT NULL DEFAULT 0,
    skipped_count    BIGINT NOT NULL DEFAULT 0,
    requested_by     UUID,
    -- Workers take the recipients in ranges of ids from this cursor, so claiming writes one row, not one per person.
    first_recipient  BIGINT NOT NULL DEFAULT 0,
    last_recipient   BIGINT NOT NULL DEFAULT 0,
    claim_cursor     BIGINT NOT NULL DEFAULT 0,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mailings_workspace_idx ON mailings (workspace_id, created_at);
CREATE INDEX mailings_status_idx ON mailings (status);

-- One version of a mailing per language; the blocks are a JSON array read and written in Java.
CREATE TABLE mailing_versions (
    mailing_id   UUID NOT NULL REFERENCES mailings (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    subject      VARCHAR(998) NOT NULL DEFAULT '',
    preheader    VARCHAR(300) NOT NULL DEFAULT '',
    blocks       TEXT NOT NULL,
    PRIMARY KEY (mailing_id, language)
);

-- Whom a mailing goes to: lists, tags and segments, and those it must leave out.
CREATE TABLE mailing_targets (
    mailing_id   UUID NOT NULL REFERENCES mailings (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    kind         VARCHAR(8) NOT NULL,
    target_id    UUID NOT NULL,
    excluded     BOOLEAN NOT NULL,
    PRIMARY KEY (mailing_id, kind, target_id)
);

-- One row per recipient of a send: queued, claimed (by a worker, when taken up again after a retry, a pause or a
-- crash), sending (in its SMTP conversation), sent, failed, skipped (no longer subscribed) or cancelled. The address
-- is read from people at sending time. No index contains the state, so that changing it rewrites only the row.
CREATE TABLE mailing_recipients (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mailing_id      UUID NOT NULL REFERENCES mailings (id) ON DELETE CASCADE,
    workspace_id    UUID NOT NULL,
    person_id       UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    language        VARCHAR(8) NOT NULL,
    state           VARCHAR(10) NOT NULL,
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      VARCHAR(64),
    sent_at         TIMESTAMP WITH TIME ZONE,
    error           VARCHAR(500),
    bounced_at      TIMESTAMP WITH TIME ZONE,
    complained_at   TIMESTAMP WITH TIME ZONE,
    unsubscribed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT mailing_recipients_uq UNIQUE (mailing_id, person_id)
);
CREATE INDEX mailing_recipients_person_idx ON mailing_recipients (person_id);

-- Sending nodes announce they are alive; claims of a node that stopped announcing are taken over.
CREATE TABLE mailing_workers (
    worker_id    VARCHAR(64) PRIMARY KEY,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The key that signs unsubscribe and preference links, made once per installation.
CREATE TABLE mailing_secrets (
    id         INT PRIMARY KEY,
    secret     BYTEA NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Merge fields are checked against the custom field names a workspace's people have.
CREATE INDEX person_fields_workspace_name_idx ON person_fields (workspace_id, field_name);
