-- Events that supporters offer to host in a campaign (a day of action). The event itself is an ordinary, unlisted
-- event of the campaign's workspace; this row says who offered it and where it stands: 'pending' and 'declined'
-- ones are kept off every public page until staff approve. Only a hash of the host's management link is kept.
-- person_id survives the person's deletion as null, so an offer never becomes public by losing its host.
CREATE TABLE event_hostings (
    event_id       UUID PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    workspace_id   UUID NOT NULL,
    campaign_id    UUID NOT NULL REFERENCES event_campaigns (id) ON DELETE CASCADE,
    person_id      UUID REFERENCES people (id) ON DELETE SET NULL,
    status         VARCHAR(16) NOT NULL,
    language       VARCHAR(8) NOT NULL,
    token_hash     VARCHAR(64),
    decline_reason VARCHAR(2000) NOT NULL DEFAULT '',
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT event_hostings_token_uq UNIQUE (token_hash)
);
CREATE INDEX event_hostings_campaign_idx ON event_hostings (workspace_id, campaign_id, status, created_at);
CREATE INDEX event_hostings_person_idx ON event_hostings (person_id);
