package org.convoca.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The OData subset OSDI clients send as {@code filter}: clauses {@code field op 'value'} with {@code eq},
 * {@code gt} or {@code lt}, joined by {@code and}. A quote inside a value is written twice ({@code 'O''Brien'}).
 */
public final class ApiFilter {

    public static final int MAX_LENGTH = 2000;
    public static final int MAX_CLAUSES = 20;

    public enum Op { EQ, GT, LT }

    /** One condition. Dates are read as UTC when they carry no offset. */
    public record Clause(String field, Op op, String value) {

        /** The moment a date value starts: midnight UTC for a plain date. */
        public Instant instant() {
            return parseDate(value);
        }

        /** Where the period a date value names ends: the next day for a plain date, the next second otherwise. */
        public Instant end() {
            return isPlainDate(value) ? instant().plus(1, ChronoUnit.DAYS)
                    : instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        }
    }

    private ApiFilter() {
    }

    /** The clauses of a filter; none for an absent or blank one. */
    public static List<Clause> parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return clauses;
        }
        if (text.length() > MAX_LENGTH) {
            throw ApiException.badRequest("The filter is longer than " + MAX_LENGTH + " characters.");
        }
        Scanner s = new Scanner(text);
        do {
            if (clauses.size() == MAX_CLAUSES) {
                throw ApiException.badRequest("A filter can have at most " + MAX_CLAUSES + " clauses.");
            }
            String field = s.word("a field name").toLowerCase(Locale.ROOT);
            String op = s.word("eq, gt or lt after " + field).toLowerCase(Locale.ROOT);
            Op parsed = switch (op) {
                case "eq" -> Op.EQ;
                case "gt" -> Op.GT;
                case "lt" -> Op.LT;
                default -> throw ApiException.badRequest("The filter compares " + field + " with \"" + shorten(op)
                        + "\"; use eq, gt or lt.");
            };
            clauses.add(new Clause(field, parsed, s.quoted(field)));
        } while (s.and());
        return clauses;
    }

    /** Refuses clauses on fields this collection cannot be filtered on, naming the ones it can. */
    public static void allow(List<Clause> clauses, Collection<String> fields) {
        for (Clause c : clauses) {
            if (!fields.contains(c.field())) {
                throw ApiException.badRequest("This collection cannot be filtered on \"" + shorten(c.field())
                        + "\"; it can be filtered on " + String.join(", ", fields) + ".");
            }
        }
    }

    static boolean isPlainDate(String value) {
        return value.strip().length() == 10;
    }

    static Instant parseDate(String value) {
        String v = value.strip();
        try {
            if (isPlainDate(v)) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            String t = v.replace(' ', 'T');
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("\"" + shorten(v) + "\" is not a date; write dates like '2014-03-25' or "
                    + "'2014-03-25T10:00:00Z'.");
        }
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Reads a filter left to right; every mistake is reported with what was expected there. */
    private static final class Scanner {
        private final String text;
        private int at;

        Scanner(String text) {
            this.text = text;
        }

        String word(String expected) {
            skipSpaces();
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            if (start == at) {
                throw ApiException.badRequest("The filter needs " + expected + " at position " + (start + 1)
                        + "; write it like modified_date gt '2014-03-25'.");
            }
            return text.substring(start, at);
        }

        String quoted(String field) {
            skipSpaces();
            if (at >= text.length() || text.charAt(at) != '\'') {
                throw ApiException.badRequest("The value for " + field + " must be in single quotes, like "
                        + field + " eq 'value'.");
            }
            StringBuilder b = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c != '\'') {
                    b.append(c);
                } else if (at < text.length() && text.charAt(at) == '\'') {
                    b.append('\'');
                    at++;
                } else {
                    return b.toString();
                }
            }
            throw ApiException.badRequest("The value for " + field + " has no closing quote.");
        }

        boolean and() {
            skipSpaces();
            if (at >= text.length()) {
                return false;
            }
            String joiner = word("and between clauses");
            if (!joiner.equalsIgnoreCase("and")) {
                throw ApiException.badRequest("Filter clauses can only be joined with \"and\", not \""
                        + shorten(joiner) + "\".");
            }
            return true;
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
