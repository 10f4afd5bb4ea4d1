package org.convoca.people.imports;

import java.util.List;
import org.convoca.people.Person;

/** What the import pages show, ready for the templates. */
public final class Views {

    private Views() {
    }

    /** One column on the mapping page: its header, where it goes now, and a few of its values. */
    public record Column(int index, String header, Target target, List<String> samples) {
    }

    /** A row as it will be saved. */
    public record Saved(long line, Person person, String tags, String lists, String customFields) {
    }

    /** A row that would fail, and why. */
    public record Failure(long line, String raw, String message) {
    }

    /** The preview: the first rows as they will be saved and the failing rows among the first {@code scanned}. */
    public record Preview(List<Saved> saved, List<Failure> failures, long failedCount, long scanned) {
    }
}
