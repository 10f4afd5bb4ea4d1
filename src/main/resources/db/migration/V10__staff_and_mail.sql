-- Who caused a captured message to be sent, so the development mailbox can show people only mail they may read.
ALTER TABLE mailbox ADD COLUMN requested_by UUID;
CREATE INDEX mailbox_workspace_idx ON mailbox (workspace_id, sent_at);
CREATE INDEX mailbox_recipient_idx ON mailbox (recipient, sent_at);

CREATE INDEX password_resets_account_idx ON password_resets (account_id);
CREATE INDEX invitations_email_idx ON invitations (workspace_id, email);
