-- Opens and clicks in newsletters: off unless a workspace turns it on (DESIGN.md, Privacy).

-- Whether a workspace tracks opens and clicks; no row means it does not.
CREATE TABLE newsletter_tracking (
    workspace_id UUID PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    enabled      BOOLEAN NOT NULL,
    changed_by   UUID,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The setting in force when the mailing started sending; changing the setting later changes nothing here.
ALTER TABLE mailings ADD COLUMN tracked BOOLEAN NOT NULL DEFAULT FALSE;

-- The links of a tracked mailing, numbered across its versions: a click link names a number, never an address.
CREATE TABLE mailing_links (
    mailing_id   UUID NOT NULL REFERENCES mailings (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    link_index   INT NOT NULL,
    url          VARCHAR(2048) NOT NULL,
    PRIMARY KEY (mailing_id, link_index)
);

-- The first time each recipient opened (or clicked in) a tracked mailing.
CREATE TABLE mailing_opens (
    mailing_id   UUID NOT NULL REFERENCES mailings (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (mailing_id, person_id)
);

-- Every click, one row each: unique clicks count people, total clicks count rows.
CREATE TABLE mailing_clicks (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mailing_id   UUID NOT NULL REFERENCES mailings (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    link_index   INT NOT NULL,
    clicked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mailing_clicks_mailing_idx ON mailing_clicks (mailing_id, link_index, person_id);
CREATE INDEX mailing_clicks_person_idx ON mailing_clicks (person_id);
CREATE INDEX mailing_opens_person_idx ON mailing_opens (person_id);
