-- A segment's exclusions: people matching any of them are left out, whatever the other conditions say.
ALTER TABLE segment_conditions ADD COLUMN excluded BOOLEAN NOT NULL DEFAULT FALSE;

-- A wrapper's background, around the white column of the newsletter.
ALTER TABLE mailing_wrappers ADD COLUMN background_color VARCHAR(7) NOT NULL DEFAULT '#f4f5f7';

-- At most one default wrapper per workspace, which new mailings start with: the primary key says "at most one".
CREATE TABLE mailing_default_wrappers (
    workspace_id UUID PRIMARY KEY REFERENCES workspaces (id),
    wrapper_id   UUID NOT NULL REFERENCES mailing_wrappers (id) ON DELETE CASCADE
);
CREATE INDEX mailing_default_wrappers_wrapper_idx ON mailing_default_wrappers (wrapper_id);
