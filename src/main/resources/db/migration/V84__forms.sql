-- Forms: surveys and sign-ups with questions of their own; texts per language like petitions'.
CREATE TABLE forms (
    id               UUID PRIMARY KEY,
    workspace_id     UUID NOT NULL REFERENCES workspaces (id),
    slug             VARCHAR(80) NOT NULL,
    status           VARCHAR(16) NOT NULL DEFAULT 'draft',
    default_language VARCHAR(8) NOT NULL DEFAULT 'en',
    next_action_url  VARCHAR(1000) NOT NULL DEFAULT '',
    origin_system    VARCHAR(200) NOT NULL DEFAULT '',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT forms_slug_uq UNIQUE (workspace_id, slug)
);
CREATE INDEX forms_created_idx ON forms (workspace_id, created_at, id);

CREATE TABLE form_texts (
    form_id      UUID NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    body         VARCHAR(20000) NOT NULL DEFAULT '',
    consent_text VARCHAR(2000) NOT NULL DEFAULT '',
    thanks_text  VARCHAR(4000) NOT NULL DEFAULT '',
    PRIMARY KEY (form_id, language)
);

-- A question's choices are one per line, in the same order in every language; answers keep the default language's.
CREATE TABLE form_questions (
    id           UUID PRIMARY KEY,
    form_id      UUID NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    position     INT NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    required     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX form_questions_form_idx ON form_questions (form_id, position);

CREATE TABLE form_question_texts (
    question_id  UUID NOT NULL REFERENCES form_questions (id) ON DELETE CASCADE,
    workspace_id UUID NOT NULL,
    language     VARCHAR(8) NOT NULL,
    label        VARCHAR(500) NOT NULL,
    choices      VARCHAR(5000) NOT NULL DEFAULT '',
    PRIMARY KEY (question_id, language)
);

-- One submission per person and form, like a signature: a second one counts once.
CREATE TABLE form_submissions (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL,
    form_id      UUID NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    language     VARCHAR(8) NOT NULL DEFAULT '',
    source       VARCHAR(200) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT form_submissions_uq UNIQUE (form_id, person_id)
);
CREATE INDEX form_submissions_form_idx ON form_submissions (workspace_id, form_id, created_at, id);
CREATE INDEX form_submissions_person_idx ON form_submissions (person_id, created_at);

CREATE TABLE form_answers (
    submission_id UUID NOT NULL REFERENCES form_submissions (id) ON DELETE CASCADE,
    question_id   UUID NOT NULL REFERENCES form_questions (id) ON DELETE CASCADE,
    workspace_id  UUID NOT NULL,
    answer        VARCHAR(10000) NOT NULL,
    PRIMARY KEY (submission_id, question_id)
);
CREATE INDEX form_answers_question_idx ON form_answers (question_id);
