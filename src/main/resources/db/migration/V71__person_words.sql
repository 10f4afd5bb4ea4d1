-- People search matches the start of any word of a person's name, email or phone. This table holds those words
-- (as org.convoca.people.PersonWords makes them from people.search_text), so a search is an index range scan on
-- both databases instead of reading every row. V72 (a Java migration) fills it for the people already stored.
-- No foreign key: writers remove a person's words by the same key they were added under, and a key on
-- person_id alone would be one more index to write for every word of every import.
CREATE TABLE person_words (
    workspace_id UUID NOT NULL,
    word         VARCHAR(64) NOT NULL,
    person_id    UUID NOT NULL,
    PRIMARY KEY (workspace_id, word, person_id)
);
