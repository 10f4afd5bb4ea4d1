package org.convoca.people.imports;

import java.util.List;
import java.util.Set;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;

/**
 * One data row of a file, read: either a person to save with the tags and lists to add, or the reason it
 * cannot be saved. {@code raw} is the row as it was, CSV-encoded, for the failed-rows download.
 */
sealed interface Row {

    long line();

    String raw();

    /** A row that can be saved. {@code status} is null when the file does not say. */
    record Ok(long line, String raw, Person person, EmailStatus status, Set<String> tags, Set<String> lists)
            implements Row {
    }

    record Failed(long line, String raw, String message) implements Row {
    }

    static String encode(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
            if (b.length() > 4000) {
                return b.substring(0, 4000);
            }
        }
        return b.toString();
    }
}
