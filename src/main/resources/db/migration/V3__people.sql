CREATE TABLE people (
    id            UUID PRIMARY KEY,
    workspace_id  UUID NOT NULL REFERENCES workspaces (id),
    given_name    VARCHAR(200) NOT NULL DEFAULT '',
    family_name   VARCHAR(200) NOT NULL DEFAULT '',
    email         VARCHAR(320),
    email_status  VARCHAR(16) NOT NULL DEFAULT 'subscribed',
    phone         VARCHAR(40),
    address_lines VARCHAR(500) NOT NULL DEFAULT '',
    locality      VARCHAR(200) NOT NULL DEFAULT '',
    region        VARCHAR(100) NOT NULL DEFAULT '',
    postal_code   VARCHAR(20) NOT NULL DEFAULT '',
    country       VARCHAR(2) NOT NULL DEFAULT '',
    language      VARCHAR(8) NOT NULL DEFAULT '',
    source        VARCHAR(200) NOT NULL DEFAULT '',
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- lower-cased, accent-free "given family email" for search
    search_text   VARCHAR(800) NOT NULL DEFAULT '',
    CONSTRAINT people_email_uq UNIQUE (workspace_id, email)
);
CREATE INDEX people_name_idx ON people (workspace_id, family_name, given_name, id);
CREATE INDEX people_modified_idx ON people (workspace_id, modified_at);
CREATE INDEX people_created_idx ON people (workspace_id, created_at);
CREATE INDEX people_region_idx ON people (workspace_id, region);
CREATE INDEX people_language_idx ON people (workspace_id, language);
CREATE INDEX people_status_idx ON people (workspace_id, email_status);
CREATE INDEX people_postal_idx ON people (workspace_id, postal_code);

CREATE TABLE person_fields (
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    field_name   VARCHAR(100) NOT NULL,
    field_value  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (person_id, field_name)
);

CREATE TABLE tags (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    name         VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tags_name_uq UNIQUE (workspace_id, name)
);

CREATE TABLE taggings (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    tag_id       UUID NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT taggings_uq UNIQUE (tag_id, person_id)
);
CREATE INDEX taggings_person_idx ON taggings (person_id);

CREATE TABLE lists (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    name         VARCHAR(200) NOT NULL,
    description  VARCHAR(2000) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lists_name_uq UNIQUE (workspace_id, name)
);

CREATE TABLE list_items (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    list_id      UUID NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT list_items_uq UNIQUE (list_id, person_id)
);
CREATE INDEX list_items_person_idx ON list_items (person_id);

-- What a person agreed to, word for word, where and when.
CREATE TABLE consents (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    consent_text VARCHAR(4000) NOT NULL,
    form         VARCHAR(200) NOT NULL,
    given_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX consents_person_idx ON consents (person_id);

CREATE TABLE activities (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind         VARCHAR(40) NOT NULL,
    summary      VARCHAR(1000) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX activities_person_idx ON activities (person_id, occurred_at);

CREATE TABLE organizations (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    name         VARCHAR(300) NOT NULL,
    aliases      VARCHAR(2000) NOT NULL DEFAULT '',
    website      VARCHAR(500) NOT NULL DEFAULT '',
    locality     VARCHAR(200) NOT NULL DEFAULT '',
    region       VARCHAR(100) NOT NULL DEFAULT '',
    country      VARCHAR(2) NOT NULL DEFAULT '',
    scope        VARCHAR(16) NOT NULL DEFAULT 'local',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX organizations_name_idx ON organizations (workspace_id, name, id);

CREATE TABLE organization_contacts (
    organization_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    person_id       UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    workspace_id    UUID NOT NULL,
    PRIMARY KEY (organization_id, person_id)
);

CREATE TABLE imports (
    id             UUID PRIMARY KEY,
    workspace_id   UUID NOT NULL REFERENCES workspaces (id),
    file_name      VARCHAR(300) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    mapping        VARCHAR(4000) NOT NULL DEFAULT '',
    total_rows     BIGINT NOT NULL DEFAULT 0,
    processed_rows BIGINT NOT NULL DEFAULT 0,
    created_rows   BIGINT NOT NULL DEFAULT 0,
    updated_rows   BIGINT NOT NULL DEFAULT 0,
    failed_rows    BIGINT NOT NULL DEFAULT 0,
    message        VARCHAR(2000) NOT NULL DEFAULT '',
    created_by     VARCHAR(320) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX imports_workspace_idx ON imports (workspace_id, created_at);

-- The uploaded file, in chunks, so that any node can run the import and a restart can resume it.
CREATE TABLE import_chunks (
    import_id UUID NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    seq       INT NOT NULL,
    content   BYTEA NOT NULL,
    PRIMARY KEY (import_id, seq)
);

CREATE TABLE import_errors (
    import_id  UUID NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    line_number BIGINT NOT NULL,
    message    VARCHAR(1000) NOT NULL,
    raw        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (import_id, line_number)
);
