CREATE TABLE workspaces (
    id               UUID PRIMARY KEY,
    slug             VARCHAR(63) NOT NULL UNIQUE,
    name             VARCHAR(200) NOT NULL,
    postal_address   VARCHAR(1000) NOT NULL DEFAULT '',
    default_language VARCHAR(8) NOT NULL DEFAULT 'en',
    time_zone        VARCHAR(64) NOT NULL DEFAULT 'America/Chicago',
    sender_name      VARCHAR(200) NOT NULL DEFAULT '',
    sender_email     VARCHAR(320) NOT NULL DEFAULT '',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One account per email address; what it may do is decided per workspace by its membership.
CREATE TABLE staff_accounts (
    id            UUID PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    language      VARCHAR(8),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE memberships (
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    account_id   UUID NOT NULL REFERENCES staff_accounts (id),
    role         VARCHAR(16) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, account_id)
);
CREATE INDEX memberships_account_idx ON memberships (account_id);

CREATE TABLE invitations (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    email        VARCHAR(320) NOT NULL,
    role         VARCHAR(16) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL UNIQUE,
    invited_by   UUID REFERENCES staff_accounts (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invitations_workspace_idx ON invitations (workspace_id, created_at);

CREATE TABLE password_resets (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES staff_accounts (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

-- Only a hash of each key is kept; the key itself is shown once, when it is made.
CREATE TABLE api_keys (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    name         VARCHAR(200) NOT NULL,
    key_hash     VARCHAR(64) NOT NULL UNIQUE,
    key_prefix   VARCHAR(12) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_keys_workspace_idx ON api_keys (workspace_id);

CREATE TABLE audit_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id UUID,
    actor_id     UUID,
    actor        VARCHAR(320) NOT NULL,
    action       VARCHAR(64) NOT NULL,
    detail       VARCHAR(2000) NOT NULL DEFAULT '',
    ip           VARCHAR(64),
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_log_workspace_idx ON audit_log (workspace_id, at);
CREATE INDEX audit_log_action_idx ON audit_log (action, actor, at);

-- Outgoing mail that no SMTP relay was configured for, readable on the development mailbox page.
CREATE TABLE mailbox (
    id           UUID PRIMARY KEY,
    workspace_id UUID,
    recipient    VARCHAR(320) NOT NULL,
    sender       VARCHAR(400) NOT NULL,
    subject      VARCHAR(1000) NOT NULL,
    text_body    TEXT NOT NULL,
    html_body    TEXT,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mailbox_sent_idx ON mailbox (sent_at);
