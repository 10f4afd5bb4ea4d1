package org.convoca.mailings;

import java.util.Map;

/** The values one message is personalized with; {@code hits} is null when the mailing is not tracked. */
record Recipient(String email, String givenName, String familyName, Map<String, String> fields,
        String unsubscribeUrl, String preferencesUrl, String webUrl, HitLinks hits) implements Template.Values {

    static Recipient of(String email, String givenName, String familyName, Map<String, String> fields) {
        return new Recipient(email, givenName, familyName, fields, "", "", "", null);
    }

    Recipient withLinks(String unsubscribe, String preferences, String web, HitLinks tracked) {
        return new Recipient(email, givenName, familyName, fields, unsubscribe, preferences, web, tracked);
    }

    @Override
    public String field(String name) {
        return switch (name) {
            case "given_name" -> givenName;
            case "family_name" -> familyName;
            case "email" -> email;
            default -> fields.get(name);
        };
    }

    @Override
    public String link(MergeFields.Ref ref) {
        return switch (ref.kind()) {
            case UNSUBSCRIBE_URL -> unsubscribeUrl;
            case PREFERENCES_URL -> preferencesUrl;
            case WEB_URL -> webUrl;
            case CLICK_URL -> hits == null ? ref.fallback() : hits.click(ref.linkNumber());
            case OPEN_URL -> hits == null ? "" : hits.open();
            case FIELD -> "";
        };
    }
}
