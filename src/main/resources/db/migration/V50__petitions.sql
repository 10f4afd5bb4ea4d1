-- Petitions: one row per petition, its texts per language, and an optional image served by Convoca itself.
CREATE TABLE petitions (
    id               UUID PRIMARY KEY,
    workspace_id     UUID NOT NULL REFERENCES workspaces (id),
    slug             VARCHAR(80) NOT NULL,
    status           VARCHAR(16) NOT NULL DEFAULT 'draft',
    target           VARCHAR(300) NOT NULL DEFAULT '',
    goal             INT NOT NULL DEFAULT 0,
    default_language VARCHAR(8) NOT NULL DEFAULT 'en',
    show_signers     BOOLEAN NOT NULL DEFAULT FALSE,
    hashtags         VARCHAR(300) NOT NULL DEFAULT '',
    next_action_url  VARCHAR(1000) NOT NULL DEFAULT '',
    origin_system    VARCHAR(200) NOT NULL DEFAULT '',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT petitions_slug_uq UNIQUE (workspace_id, slug)
);
CREATE INDEX petitions_created_idx ON petitions (workspace_id, created_at, id);
CREATE INDEX petitions_modified_idx ON petitions (workspace_id, modified_at);

CREATE TABLE petition_texts (
    petition_id  UUID NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    body         VARCHAR(20000) NOT NULL DEFAULT '',
    letter       VARCHAR(10000) NOT NULL DEFAULT '',
    consent_text VARCHAR(2000) NOT NULL DEFAULT '',
    thanks_text  VARCHAR(4000) NOT NULL DEFAULT '',
    image_alt    VARCHAR(300) NOT NULL DEFAULT '',
    PRIMARY KEY (petition_id, language)
);

CREATE TABLE petition_images (
    petition_id  UUID PRIMARY KEY REFERENCES petitions (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    content      BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One signature per person and petition: the unique constraint is what makes signing twice count once.
CREATE TABLE signatures (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    petition_id  UUID NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    language     VARCHAR(8) NOT NULL DEFAULT '',
    comment      VARCHAR(1000) NOT NULL DEFAULT '',
    listed       BOOLEAN NOT NULL DEFAULT FALSE,
    source       VARCHAR(200) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signatures_uq UNIQUE (petition_id, person_id)
);
-- Counting a petition's signatures reads only this index.
CREATE INDEX signatures_petition_idx ON signatures (workspace_id, petition_id, created_at, id);
CREATE INDEX signatures_listed_idx ON signatures (workspace_id, petition_id, listed, created_at);
CREATE INDEX signatures_person_idx ON signatures (person_id, created_at);

-- Partner workspaces that co-sponsor a petition; the signers who opt in are copied to them, and no one else.
CREATE TABLE petition_cosponsors (
    petition_id  UUID NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    partner_id   UUID NOT NULL REFERENCES workspaces (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (petition_id, partner_id)
);
CREATE INDEX petition_cosponsors_partner_idx ON petition_cosponsors (partner_id);

-- Rows of the partner's data (workspace_id is the partner): which of its people opted in on which petition.
CREATE TABLE cosponsor_optins (
    workspace_id UUID NOT NULL,
    petition_id  UUID NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, petition_id, person_id)
);
CREATE INDEX cosponsor_optins_person_idx ON cosponsor_optins (person_id);
