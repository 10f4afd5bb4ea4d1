-- Organizations are searched like people: lower-cased, accent-free name and aliases.
ALTER TABLE organizations ADD COLUMN search_text VARCHAR(2400) NOT NULL DEFAULT '';

-- A person's page lists the organizations they are a contact for, and a merge moves those links.
CREATE INDEX organization_contacts_person_idx ON organization_contacts (person_id);
