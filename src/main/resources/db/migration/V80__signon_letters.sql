-- Coalition sign-on letters: the letter and its texts per language, the organizations as listed (one row per
-- organization however many spellings signed it), each signature, and the pairs staff decide on.
CREATE TABLE signon_letters (
    id               UUID PRIMARY KEY,
    workspace_id     UUID NOT NULL REFERENCES workspaces (id),
    slug             VARCHAR(80) NOT NULL,
    status           VARCHAR(16) NOT NULL DEFAULT 'draft',
    addressee        VARCHAR(300) NOT NULL DEFAULT '',
    deadline         TIMESTAMP WITH TIME ZONE,
    signers          VARCHAR(16) NOT NULL DEFAULT 'both',
    moderated        BOOLEAN NOT NULL DEFAULT FALSE,
    group_by_scope   BOOLEAN NOT NULL DEFAULT FALSE,
    default_language VARCHAR(8) NOT NULL DEFAULT 'en',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signon_letters_slug_uq UNIQUE (workspace_id, slug)
);
CREATE INDEX signon_letters_created_idx ON signon_letters (workspace_id, created_at, id);

CREATE TABLE signon_letter_texts (
    letter_id    UUID NOT NULL REFERENCES signon_letters (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    body         VARCHAR(20000) NOT NULL DEFAULT '',
    demands      VARCHAR(10000) NOT NULL DEFAULT '',
    consent_text VARCHAR(2000) NOT NULL DEFAULT '',
    thanks_text  VARCHAR(4000) NOT NULL DEFAULT '',
    PRIMARY KEY (letter_id, language)
);

-- chosen_name is set only when staff picked the spelling to list; otherwise the earliest spelling is listed.
CREATE TABLE signon_listings (
    id              UUID PRIMARY KEY,
    workspace_id    UUID NOT NULL,
    letter_id       UUID NOT NULL REFERENCES signon_letters (id) ON DELETE CASCADE,
    chosen_name     VARCHAR(300),
    organization_id UUID REFERENCES organizations (id) ON DELETE SET NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signon_listings_letter_idx ON signon_listings (workspace_id, letter_id, created_at);

CREATE TABLE signon_signatures (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    letter_id    UUID NOT NULL REFERENCES signon_letters (id) ON DELETE CASCADE,
    listing_id   UUID REFERENCES signon_listings (id),
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind         VARCHAR(16) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    org_name     VARCHAR(300) NOT NULL DEFAULT '',
    locality     VARCHAR(200) NOT NULL DEFAULT '',
    region       VARCHAR(100) NOT NULL DEFAULT '',
    scope        VARCHAR(16) NOT NULL DEFAULT '',
    website      VARCHAR(500) NOT NULL DEFAULT '',
    signer_name  VARCHAR(401) NOT NULL DEFAULT '',
    signer_title VARCHAR(200) NOT NULL DEFAULT '',
    affiliation  VARCHAR(300) NOT NULL DEFAULT '',
    language     VARCHAR(8) NOT NULL DEFAULT '',
    source       VARCHAR(200) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signon_signatures_letter_idx ON signon_signatures (workspace_id, letter_id, created_at, id);
CREATE INDEX signon_signatures_listing_idx ON signon_signatures (listing_id);
CREATE INDEX signon_signatures_person_idx ON signon_signatures (person_id);

-- A pair of listings that may be one organization; decision is 'open' until staff keep them apart
-- (remembered, so the pair is never proposed again) or merge them (the row goes with the merged listing).
CREATE TABLE signon_candidates (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    letter_id    UUID NOT NULL REFERENCES signon_letters (id) ON DELETE CASCADE,
    listing_a    UUID NOT NULL REFERENCES signon_listings (id) ON DELETE CASCADE,
    listing_b    UUID NOT NULL REFERENCES signon_listings (id) ON DELETE CASCADE,
    decision     VARCHAR(16) NOT NULL DEFAULT 'open',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signon_candidates_uq UNIQUE (listing_a, listing_b)
);
CREATE INDEX signon_candidates_letter_idx ON signon_candidates (workspace_id, letter_id, decision, created_at);

-- Partner workspaces co-sponsoring a letter; signers who tick a partner's box are copied to it, and no one else.
CREATE TABLE signon_cosponsors (
    letter_id    UUID NOT NULL REFERENCES signon_letters (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    partner_id   UUID NOT NULL REFERENCES workspaces (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (letter_id, partner_id)
);
CREATE INDEX signon_cosponsors_partner_idx ON signon_cosponsors (partner_id);

-- Rows of the partner's data (workspace_id is the partner): which of its people opted in on which letter.
CREATE TABLE signon_optins (
    workspace_id UUID NOT NULL,
    letter_id    UUID NOT NULL REFERENCES signon_letters (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, letter_id, person_id)
);
CREATE INDEX signon_optins_person_idx ON signon_optins (person_id);
