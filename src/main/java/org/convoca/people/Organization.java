package org.convoca.people;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner organization or signatory. {@code aliases} holds other names it is known by, one per line, so that
 * "CHIRLA" finds the Coalition for Humane Immigrant Rights.
 */
public record Organization(UUID id, UUID workspaceId, String name, String aliases, String website, String locality,
        String region, String country, Scope scope, Instant createdAt, Instant modifiedAt) {

    public static final int NAME = 300;
    public static final int ALIASES = 2000;
    public static final int WEBSITE = 500;

    /** How far an organization's work reaches. */
    public enum Scope {
        NATIONAL, STATE, LOCAL;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Scope> parse(String text) {
            String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(v -> v.wire().equals(s)).findFirst();
        }
    }

    public Organization {
        name = PersonLimits.clean(name);
        aliases = PersonLimits.clean(aliases);
        website = PersonLimits.clean(website);
        locality = PersonLimits.clean(locality);
        region = PersonLimits.clean(region);
        country = PersonLimits.clean(country).toUpperCase(Locale.ROOT);
        scope = scope == null ? Scope.LOCAL : scope;
    }

    public static Organization draft(String name) {
        return new Organization(null, null, name, "", "", "", "", "", Scope.LOCAL, null, null);
    }

    /** The website as a link target, only when it is a web address: never a javascript: or data: URL. */
    public Optional<String> websiteLink() {
        String w = website.toLowerCase(Locale.ROOT);
        return w.startsWith("https://") || w.startsWith("http://") ? Optional.of(website) : Optional.empty();
    }

    /** What is wrong with this organization, field by field, in English; empty when nothing is. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > NAME || name.contains("\n")) {
            problems.put("name", "An organization needs a name of 1 to " + NAME + " characters on one line.");
        }
        if (aliases.length() > ALIASES) {
            problems.put("aliases", "The aliases are longer than " + ALIASES + " characters.");
        }
        if (!website.isEmpty() && (website.length() > WEBSITE || websiteLink().isEmpty() || website.contains(" ")
                || website.contains("\n"))) {
            problems.put("website", "The website must be an address starting with https:// or http://.");
        }
        if (locality.length() > PersonLimits.LOCALITY || locality.contains("\n")) {
            problems.put("locality", "The locality is longer than " + PersonLimits.LOCALITY + " characters.");
        }
        if (region.length() > PersonLimits.REGION || region.contains("\n")) {
            problems.put("region", "The region is longer than " + PersonLimits.REGION + " characters.");
        }
        if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
            problems.put("country", "The country must be a two-letter code such as US or MX.");
        }
        return problems;
    }

    Organization withDates(UUID newId, UUID newWorkspaceId, Instant created, Instant modified) {
        return new Organization(newId, newWorkspaceId, name, aliases, website, locality, region, country, scope,
                created, modified);
    }
}
