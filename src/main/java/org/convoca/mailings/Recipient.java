package org.convoca.mailings;

import java.util.Map;

/** The values one message is personalized with. */
record Recipient(String email, String givenName, String familyName, Map<String, String> fields,
        String unsubscribeUrl, String preferencesUrl, String webUrl) implements Template.Values {

    static Recipient of(String email, String givenName, String familyName, Map<String, String> fields) {
        return new Recipient(email, givenName, familyName, fields, "", "", "");
    }

    Recipient withLinks(String unsubscribe, String preferences, String web) {
        return new Recipient(email, givenName, familyName, fields, unsubscribe, preferences, web);
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
    public String link(MergeFields.Ref.Kind kind) {
        return switch (kind) {
            case UNSUBSCRIBE_URL -> unsubscribeUrl;
            case PREFERENCES_URL -> preferencesUrl;
            case WEB_URL -> webUrl;
            case FIELD -> "";
        };
    }
}
