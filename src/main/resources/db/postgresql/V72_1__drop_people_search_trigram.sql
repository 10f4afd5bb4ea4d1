-- People search now reads the word index (person_words, V71/V72) on PostgreSQL as on H2, so that both give the
-- same answers; the trigram index of V70 is no longer read, and would only slow every write of a person.
DROP INDEX IF EXISTS people_search_trgm_idx;
