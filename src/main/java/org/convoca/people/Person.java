package org.convoca.people;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A supporter. The email address is lower-cased and unique within a workspace; empty text fields are empty
 * strings, never null (only {@code email} and {@code phone} may be absent).
 */
public record Person(UUID id, UUID workspaceId, String givenName, String familyName, String email,
        EmailStatus emailStatus, String phone, PostalAddress address, String language, String source,
        Map<String, String> customFields, Instant createdAt, Instant modifiedAt) {

    public Person {
        givenName = PersonLimits.clean(givenName);
        familyName = PersonLimits.clean(familyName);
        email = PersonLimits.normalizeEmail(email);
        emailStatus = emailStatus == null ? EmailStatus.SUBSCRIBED : emailStatus;
        phone = phone == null || PersonLimits.clean(phone).isEmpty() ? null : PersonLimits.clean(phone);
        address = address == null ? PostalAddress.NONE : address;
        language = PersonLimits.clean(language).toLowerCase(java.util.Locale.ROOT);
        source = PersonLimits.clean(source);
        customFields = customFields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(customFields));
    }

    /** A new person, not yet saved; the repository gives it its identifier and dates. */
    public static Person draft(String givenName, String familyName, String email) {
        return new Person(null, null, givenName, familyName, email, EmailStatus.SUBSCRIBED, null, PostalAddress.NONE,
                "", "", Map.of(), null, null);
    }

    public String displayName() {
        String name = (givenName + " " + familyName).strip();
        return name.isEmpty() ? (email == null ? (phone == null ? "" : phone) : email) : name;
    }

    public Person withNames(String given, String family) {
        return new Person(id, workspaceId, given, family, email, emailStatus, phone, address, language, source,
                customFields, createdAt, modifiedAt);
    }

    public Person withEmail(String newEmail, EmailStatus status) {
        return new Person(id, workspaceId, givenName, familyName, newEmail, status, phone, address, language, source,
                customFields, createdAt, modifiedAt);
    }

    public Person withPhone(String newPhone) {
        return new Person(id, workspaceId, givenName, familyName, email, emailStatus, newPhone, address, language,
                source, customFields, createdAt, modifiedAt);
    }

    public Person withAddress(PostalAddress newAddress) {
        return new Person(id, workspaceId, givenName, familyName, email, emailStatus, phone, newAddress, language,
                source, customFields, createdAt, modifiedAt);
    }

    public Person withLanguage(String newLanguage) {
        return new Person(id, workspaceId, givenName, familyName, email, emailStatus, phone, address, newLanguage,
                source, customFields, createdAt, modifiedAt);
    }

    public Person withSource(String newSource) {
        return new Person(id, workspaceId, givenName, familyName, email, emailStatus, phone, address, language,
                newSource, customFields, createdAt, modifiedAt);
    }

    public Person withCustomFields(Map<String, String> fields) {
        return new Person(id, workspaceId, givenName, familyName, email, emailStatus, phone, address, language,
                source, fields, createdAt, modifiedAt);
    }
}
