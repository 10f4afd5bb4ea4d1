-- Where a captured message's replies would go: a supporter's letter to an official replies to the supporter.
ALTER TABLE mailbox ADD COLUMN reply_to VARCHAR(320);

-- Decision makers a workspace writes to. regions and postal_prefixes are space-separated, upper-case; a target with
-- neither represents everyone.
CREATE TABLE letter_targets (
    id              UUID PRIMARY KEY,
    workspace_id    UUID NOT NULL REFERENCES workspaces (id),
    name            VARCHAR(200) NOT NULL,
    title           VARCHAR(200) NOT NULL DEFAULT '',
    email           VARCHAR(320) NOT NULL,
    regions         VARCHAR(1000) NOT NULL DEFAULT '',
    postal_prefixes VARCHAR(2000) NOT NULL DEFAULT '',
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX letter_targets_workspace_idx ON letter_targets (workspace_id, name, id);

CREATE TABLE letter_campaigns (
    id               UUID PRIMARY KEY,
    workspace_id     UUID NOT NULL REFERENCES workspaces (id),
    slug             VARCHAR(80) NOT NULL,
    status           VARCHAR(16) NOT NULL DEFAULT 'draft',
    default_language VARCHAR(8) NOT NULL DEFAULT 'en',
    next_action_url  VARCHAR(1000) NOT NULL DEFAULT '',
    origin_system    VARCHAR(200) NOT NULL DEFAULT '',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT letter_campaigns_slug_uq UNIQUE (workspace_id, slug)
);
CREATE INDEX letter_campaigns_created_idx ON letter_campaigns (workspace_id, created_at, id);

CREATE TABLE letter_campaign_texts (
    campaign_id  UUID NOT NULL REFERENCES letter_campaigns (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    body         VARCHAR(20000) NOT NULL DEFAULT '',
    subject      VARCHAR(300) NOT NULL DEFAULT '',
    letter       VARCHAR(10000) NOT NULL DEFAULT '',
    consent_text VARCHAR(2000) NOT NULL DEFAULT '',
    thanks_text  VARCHAR(4000) NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, language)
);

CREATE TABLE letter_campaign_targets (
    campaign_id  UUID NOT NULL REFERENCES letter_campaigns (id) ON DELETE CASCADE,
    target_id    UUID NOT NULL REFERENCES letter_targets (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    PRIMARY KEY (campaign_id, target_id)
);
CREATE INDEX letter_campaign_targets_target_idx ON letter_campaign_targets (target_id);

-- One outreach per person and campaign: writing again counts once and sends nothing more.
CREATE TABLE outreaches (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    campaign_id  UUID NOT NULL REFERENCES letter_campaigns (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    language     VARCHAR(8) NOT NULL DEFAULT '',
    subject      VARCHAR(300) NOT NULL,
    message      VARCHAR(12000) NOT NULL,
    source       VARCHAR(200) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outreaches_uq UNIQUE (campaign_id, person_id)
);
CREATE INDEX outreaches_campaign_idx ON outreaches (workspace_id, campaign_id, created_at, id);
CREATE INDEX outreaches_person_idx ON outreaches (person_id, created_at);

-- Each letter of an outreach, one per target, with the address it goes to as it was when written. sent_at is set in
-- the transaction that hands the letter to the mailer, so each target gets it once.
CREATE TABLE outreach_letters (
    outreach_id  UUID NOT NULL REFERENCES outreaches (id) ON DELETE CASCADE,
    target_id    UUID NOT NULL,
    workspace_id UUID NOT NULL,
    target_name  VARCHAR(200) NOT NULL,
    target_title VARCHAR(200) NOT NULL,
    target_email VARCHAR(320) NOT NULL,
    deliver      BOOLEAN NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (outreach_id, target_id)
);
