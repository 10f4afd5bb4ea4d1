-- Co-sponsors of forms and letter campaigns. action_id is a form's or a campaign's id (UUIDs never reused), so one
-- pair of tables serves both, as autoresponses do; petitions and sign-on letters keep their own tables.
CREATE TABLE action_cosponsors (
    action_id    UUID NOT NULL,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    partner_id   UUID NOT NULL REFERENCES workspaces (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (action_id, partner_id)
);
CREATE INDEX action_cosponsors_workspace_idx ON action_cosponsors (workspace_id, action_id);
CREATE INDEX action_cosponsors_partner_idx ON action_cosponsors (partner_id);

-- Rows of the partner's data (workspace_id is the partner): which of its people opted in on which action.
CREATE TABLE action_optins (
    workspace_id UUID NOT NULL,
    action_id    UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, action_id, person_id)
);
CREATE INDEX action_optins_person_idx ON action_optins (person_id);
