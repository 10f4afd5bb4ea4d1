-- A sign-on letter's optional image, kept and served like a petition's.
CREATE TABLE signon_letter_images (
    letter_id    UUID PRIMARY KEY REFERENCES signon_letters (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    content      BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
