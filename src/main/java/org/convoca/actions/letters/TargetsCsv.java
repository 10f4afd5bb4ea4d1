package org.convoca.actions.letters;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.PetitionLimits.Problem;

/**
 * Reads targets from CSV with a header row naming the columns {@code name}, {@code title}, {@code email},
 * {@code regions} and {@code postal_prefixes} (also {@code postal_codes}) in any order; areas within a cell are
 * separated by spaces, commas or semicolons.
 */
public final class TargetsCsv {

    /** A file larger than this is refused before it is read. */
    public static final int MAX_BYTES = 1024 * 1024;

    private TargetsCsv() {
    }

    /** @throws InvalidLetterException keyed {@code file} when the file cannot be read as targets */
    public static List<Target> read(String text) {
        List<Target> targets = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(text.lines().findFirst().orElse("")
                .contains(";") && !text.lines().findFirst().orElse("").contains(",") ? ';' : ',')
                .allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true).ofCsvRecord(text)) {
            int[] columns = null;
            for (CsvRecord r : csv) {
                if (columns == null) {
                    columns = header(r);
                    continue;
                }
                if (targets.size() == Targets.MAX) {
                    throw refused("targets", Targets.MAX);
                }
                targets.add(new Target(null, null, cell(r, columns[0]), cell(r, columns[1]), cell(r, columns[2]),
                        Target.areas(cell(r, columns[3])), Target.areas(cell(r, columns[4])), null));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidLetterException refused) {
                throw refused;
            }
            throw refused("csv", 0);
        }
        if (targets.isEmpty()) {
            throw refused("csv-empty", 0);
        }
        return targets;
    }

    private static int[] header(CsvRecord r) {
        int[] columns = {-1, -1, -1, -1, -1};
        for (int i = 0; i < r.getFieldCount(); i++) {
            switch (r.getField(i).strip().replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT).replace(' ', '_')) {
                case "name" -> columns[0] = i;
                case "title" -> columns[1] = i;
                case "email", "email_address" -> columns[2] = i;
                case "regions", "region", "state", "states" -> columns[3] = i;
                case "postal_prefixes", "postal_codes", "postal_code", "zip_codes" -> columns[4] = i;
                default -> { }
            }
        }
        if (columns[0] < 0 || columns[2] < 0) {
            throw refused("csv-header", 0);
        }
        return columns;
    }

    private static String cell(CsvRecord r, int column) {
        return column < 0 || column >= r.getFieldCount() ? "" : r.getField(column);
    }

    private static InvalidLetterException refused(String key, int limit) {
        return new InvalidLetterException(Map.of("file", new Problem(key, limit)));
    }
}
