package org.convoca.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.shared.Rows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The words under which a person is found, and the terms a search is made of. Search matches the start of a
 * word, so a word index answers it on every database alike; {@link #of} and {@link #terms} are the whole of
 * what "a word" means. Words come from a person's stored {@code search_text}, so the words a row was indexed
 * under can always be worked out again from the row itself when it changes or goes.
 */
public final class PersonWords {

    /** Longer words and terms are cut to this length on both sides, so a long email still finds itself. */
    public static final int MAX = 64;
    /** Words of a search past this many are not looked for: each is one more subquery, and ten say enough. */
    public static final int MAX_TERMS = 10;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern PHONE_PART = Pattern.compile("[+()\\-.\\d]*\\d[+()\\-.\\d]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    /** A person's search text before and after a write: null before for someone new, null after for one removed. */
    public record Change(UUID workspaceId, UUID personId, String before, String after) {
    }

    private PersonWords() {
    }

    /**
     * Moves the index from each person's old words to their new ones, in the caller's transaction: two JDBC
     * batches for any number of people, and nothing written for words that stay.
     */
    public static void write(JdbcTemplate jdbc, Collection<Change> changes) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Change c : changes) {
            Set<String> old = c.before() == null ? Set.of() : of(c.before());
            Set<String> now = c.after() == null ? Set.of() : of(c.after());
            old.stream().filter(w -> !now.contains(w))
                    .forEach(w -> deletes.add(new Object[] {c.workspaceId(), w, c.personId()}));
            now.stream().filter(w -> !old.contains(w))
                    .forEach(w -> inserts.add(new Object[] {c.workspaceId(), w, c.personId()}));
        }
        if (!deletes.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM person_words WHERE workspace_id = ? AND word = ? AND person_id = ?",
                    deletes);
        }
        // Several rows per statement: a new person has about seven words, and on PostgreSQL each statement of a
        // batch is still executed on its own.
        Rows.insert(jdbc, "person_words (workspace_id, word, person_id)", inserts, row -> row);
    }

    /** {@code search_text} as People writes it: names, email and phone, folded, cut at 800 characters. */
    public static String searchText(Person p) {
        String text = PersonLimits.searchable(p.givenName() + " " + p.familyName() + " "
                + (p.email() == null ? "" : p.email()) + " " + (p.phone() == null ? "" : p.phone()));
        return text.length() > 800 ? text.substring(0, 800) : text;
    }

    /**
     * Each whitespace-separated token as written ("o'brien", "ana@example.org"); each run of letters and digits
     * in it ("brien"), for an email in its local part only; an email's domain and the domains it is under
     * ("mail.example.org", "example.org"); and for a phone number its digits from each group of digits on
     * ("15125550199", "5125550199", "5550199", "0199") plus its last ten, so a number is found from its start,
     * from any group, or from the national number typed without spaces.
     */
    public static Set<String> of(String searchText) {
        Set<String> words = new LinkedHashSet<>();
        List<String> phone = new ArrayList<>();
        for (String token : WHITESPACE.split(searchText.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            if (PHONE_PART.matcher(token).matches()) {
                Matcher digits = DIGITS.matcher(token);
                while (digits.find()) {
                    phone.add(digits.group());
                }
                continue;
            }
            addPhone(words, phone);
            add(words, token);
            int at = token.lastIndexOf('@');
            Matcher run = RUN.matcher(at < 0 ? token : token.substring(0, at));
            while (run.find()) {
                add(words, run.group());
            }
            for (String domain = at < 0 ? "" : token.substring(at + 1); domain.indexOf('.') > 0;
                    domain = domain.substring(domain.indexOf('.') + 1)) {
                add(words, domain);
            }
        }
        addPhone(words, phone);
        return words;
    }

    /**
     * The folded, whitespace-separated terms of a search; each must start some word of a person. A term that
     * looks like a phone number keeps its digits only, and a leading "@" is dropped, so "@example.org" finds a
     * domain. A term of nothing but punctuation is kept as it is, and then matches only a word that starts so.
     * Repeated terms count once, and only the first {@link #MAX_TERMS} count.
     */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        for (String raw : WHITESPACE.split(PersonLimits.searchable(query).strip())) {
            if (raw.isEmpty()) {
                continue;
            }
            String term = PHONE_PART.matcher(raw).matches() ? NOT_DIGIT.matcher(raw).replaceAll("")
                    : raw.replaceFirst("^@+", "");
            term = term.isEmpty() ? raw : term;
            term = term.length() > MAX ? term.substring(0, MAX) : term;
            if (!terms.contains(term) && terms.size() < MAX_TERMS) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static void addPhone(Set<String> words, List<String> groups) {
        for (int i = 0; i < groups.size(); i++) {
            add(words, String.join("", groups.subList(i, groups.size())));
        }
        String all = String.join("", groups);
        if (all.length() > 10) {
            add(words, all.substring(all.length() - 10));
        }
        groups.clear();
    }

    private static void add(Set<String> words, String word) {
        if (!word.isEmpty()) {
            words.add(word.length() > MAX ? word.substring(0, MAX) : word);
        }
    }
}
