package org.convoca.people;

import java.time.Instant;
import java.util.UUID;

/**
 * Which people to show: every condition that is set must hold. {@code text} matches names and email addresses
 * ignoring case and accents; the exact-match fields serve the API's {@code eq} filters.
 */
public record PeopleQuery(String text, UUID tagId, UUID listId, String language, String region,
        EmailStatus emailStatus, String email, String givenName, String familyName, String postalCode,
        UUID id, Instant createdAfter, Instant createdBefore, Instant modifiedAfter, Instant modifiedBefore,
        Order order) {

    /** How results are ordered; the API pages in creation order so that new people never shift a page. */
    public enum Order { NAME, CREATED, MODIFIED }

    public static final PeopleQuery ALL = new PeopleQuery(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, Order.NAME);

    public static PeopleQuery text(String text) {
        return ALL.withText(text);
    }

    public PeopleQuery withText(String t) {
        return new PeopleQuery(t, tagId, listId, language, region, emailStatus, email, givenName, familyName,
                postalCode, id, createdAfter, createdBefore, modifiedAfter, modifiedBefore, order);
    }

    public PeopleQuery withTag(UUID tag) {
        return new PeopleQuery(text, tag, listId, language, region, emailStatus, email, givenName, familyName,
                postalCode, id, createdAfter, createdBefore, modifiedAfter, modifiedBefore, order);
    }

    public PeopleQuery withList(UUID list) {
        return new PeopleQuery(text, tagId, list, language, region, emailStatus, email, givenName, familyName,
                postalCode, id, createdAfter, createdBefore, modifiedAfter, modifiedBefore, order);
    }

    public PeopleQuery withLanguage(String l) {
        return new PeopleQuery(text, tagId, listId, l, region, emailStatus, email, givenName, familyName,
                postalCode, id, createdAfter, createdBefore, modifiedAfter, modifiedBefore, order);
    }

    public PeopleQuery withRegion(String r) {
        return new PeopleQuery(text, tagId, listId, language, r, emailStatus, email, givenName, familyName,
                postalCode, id, createdAfter, createdBefore, modifiedAfter, modifiedBefore, order);
    }

    public PeopleQuery withEmailStatus(EmailStatus s) {
        return new PeopleQuery(text, tagId, listId, language, region, s, email, givenName, familyName,
                postalCode, id, createdAfter, createdBefore, modifiedAfter, modifiedBefore, order);
    }

    public PeopleQuery withExact(String e, String given, String family, String postal, UUID personId) {
        return new PeopleQuery(text, tagId, listId, language, region, emailStatus, e, given, family, postal,
                personId, createdAfter, createdBefore, modifiedAfter, modifiedBefore, order);
    }

    public PeopleQuery withCreated(Instant after, Instant before) {
        return new PeopleQuery(text, tagId, listId, language, region, emailStatus, email, givenName, familyName,
                postalCode, id, after, before, modifiedAfter, modifiedBefore, order);
    }

    public PeopleQuery withModified(Instant after, Instant before) {
        return new PeopleQuery(text, tagId, listId, language, region, emailStatus, email, givenName, familyName,
                postalCode, id, createdAfter, createdBefore, after, before, order);
    }

    public PeopleQuery orderedBy(Order o) {
        return new PeopleQuery(text, tagId, listId, language, region, emailStatus, email, givenName, familyName,
                postalCode, id, createdAfter, createdBefore, modifiedAfter, modifiedBefore, o);
    }
}
