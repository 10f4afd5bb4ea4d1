package org.convoca.people;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.convoca.mail.OutgoingEmail;

/**
 * The bounds of a person record, and the one check every way in (forms, CSV, API) goes through, so that all of
 * them reject the same things with the same words.
 */
public final class PersonLimits {

    public static final int NAME = 200;
    public static final int EMAIL = 320;
    public static final int PHONE = 40;
    public static final int ADDRESS_LINES = 500;
    public static final int LOCALITY = 200;
    public static final int REGION = 100;
    public static final int POSTAL_CODE = 20;
    public static final int LANGUAGE = 8;
    public static final int SOURCE = 200;
    public static final int FIELD_NAME = 100;
    public static final int FIELD_VALUE = 2000;
    public static final int MAX_FIELDS = 100;

    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s,;<>\"]{1,64}@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");
    private static final Pattern FIELD_NAME_SHAPE = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .-]{0,99}");

    private PersonLimits() {
    }

    /** Trims, drops control characters other than newlines, and normalizes to NFC; never null. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        nfc.codePoints().filter(c -> c == '\n' || !Character.isISOControl(c)).forEach(b::appendCodePoint);
        return b.toString().strip();
    }

    public static String normalizeEmail(String email) {
        String e = clean(email).toLowerCase(Locale.ROOT);
        return e.isEmpty() ? null : e;
    }

    public static boolean isEmail(String email) {
        // The mailer's own check too: a supporter whose address could never be written to is no supporter at all.
        return email != null && email.length() <= EMAIL && EMAIL_SHAPE.matcher(email).matches()
                && OutgoingEmail.isValidAddress(email);
    }

    /**
     * What is wrong with a person, field by field, in English sentences that the APIs return as they are
     * and the pages translate by field. Empty when nothing is.
     */
    public static Map<String, String> problems(Person p) {
        Map<String, String> problems = new LinkedHashMap<>();
        tooLong(problems, "given_name", p.givenName(), NAME);
        tooLong(problems, "family_name", p.familyName(), NAME);
        if (p.email() != null && !isEmail(p.email())) {
            problems.put("email", "\"" + shorten(p.email()) + "\" is not an email address.");
        }
        tooLong(problems, "phone", p.phone(), PHONE);
        tooLong(problems, "address_lines", p.address().addressLines(), ADDRESS_LINES);
        tooLong(problems, "locality", p.address().locality(), LOCALITY);
        tooLong(problems, "region", p.address().region(), REGION);
        tooLong(problems, "postal_code", p.address().postalCode(), POSTAL_CODE);
        if (!p.address().country().isEmpty() && !p.address().country().matches("[A-Z]{2}")) {
            problems.put("country", "The country must be a two-letter code such as US or MX.");
        }
        if (!p.language().isEmpty() && !p.language().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,4})?")) {
            problems.put("language", "The language must be a code such as en or es.");
        }
        tooLong(problems, "source", p.source(), SOURCE);
        if (p.customFields().size() > MAX_FIELDS) {
            problems.put("custom_fields", "A person can have at most " + MAX_FIELDS + " custom fields.");
        }
        p.customFields().forEach((name, value) -> {
            if (!FIELD_NAME_SHAPE.matcher(name).matches()) {
                problems.put("custom_fields", "\"" + shorten(name) + "\" is not a usable custom field name.");
            } else if (value.length() > FIELD_VALUE) {
                problems.put("custom_fields", "The custom field \"" + name + "\" is longer than " + FIELD_VALUE
                        + " characters.");
            }
        });
        if (p.givenName().isEmpty() && p.familyName().isEmpty() && p.email() == null
                && (p.phone() == null || p.phone().isEmpty())) {
            problems.put("person", "A person needs at least a name, an email address or a phone number.");
        }
        return problems;
    }

    private static void tooLong(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.put(field, "The " + field.replace('_', ' ') + " is longer than " + max + " characters.");
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Lower-case and without accents, for search that finds "Núñez" when someone types "nunez". */
    public static String searchable(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
