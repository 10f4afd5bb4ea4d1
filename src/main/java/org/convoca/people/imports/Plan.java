package org.convoca.people.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convoca.people.PersonLimits;

/**
 * How to read an uploaded file: its character set, field separator, and where each column goes. Kept in the
 * {@code imports.mapping} column as {@code charset|separator|code code ...} so that any node can run the job.
 */
record Plan(Charset charset, char separator, List<Target> targets) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    String encode() {
        StringBuilder b = new StringBuilder(charset.name()).append('|').append((int) separator).append('|');
        targets.forEach(t -> b.append(t.code()));
        return b.toString();
    }

    static Plan decode(String text) {
        String[] parts = text.split("\\|", 3);
        Charset charset = parts[0].equals(WINDOWS_1252.name()) ? WINDOWS_1252 : StandardCharsets.UTF_8;
        List<Target> targets = new ArrayList<>();
        for (char c : parts[2].toCharArray()) {
            targets.add(Target.ofCode(String.valueOf(c)));
        }
        return new Plan(charset, (char) Integer.parseInt(parts[1]), targets);
    }

    Plan withTargets(List<Target> newTargets) {
        return new Plan(charset, separator, List.copyOf(newTargets));
    }

    /** Which column each single-use target reads, or -1. */
    int column(Target target) {
        return targets.indexOf(target);
    }

    boolean identifiesPeople() {
        return targets.contains(Target.EMAIL) || targets.contains(Target.GIVEN_NAME)
                || targets.contains(Target.FAMILY_NAME) || targets.contains(Target.PHONE);
    }

    /**
     * The custom field name of each column (null where the column is not a custom field): the header, with
     * characters a field name may not hold replaced, and a number added when two headers come out the same.
     */
    List<String> customFieldNames(List<String> header) {
        List<String> names = new ArrayList<>(targets.size());
        Set<String> used = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) != Target.CUSTOM) {
                names.add(null);
                continue;
            }
            String base = fieldName(i < header.size() ? header.get(i) : "", i);
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base.substring(0, Math.min(base.length(), PersonLimits.FIELD_NAME - 4)) + " " + n;
            }
            names.add(name);
        }
        return names;
    }

    private static String fieldName(String header, int index) {
        String s = PersonLimits.clean(header).replaceAll("[^\\p{L}\\p{N}_ .-]", "_").replaceAll("^[ .-]+", "");
        if (s.isEmpty()) {
            s = "column_" + (index + 1);
        }
        return s.length() > PersonLimits.FIELD_NAME ? s.substring(0, PersonLimits.FIELD_NAME).strip() : s;
    }
}
