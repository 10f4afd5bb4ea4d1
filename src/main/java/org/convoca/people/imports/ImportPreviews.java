package org.convoca.people.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/** Reads the start of a stored file for the mapping and preview pages, without saving anything. */
@Component
class ImportPreviews {

    static final int SAMPLES = 3;
    static final int SHOWN = 10;
    static final int SCANNED = 1000;

    private final Imports imports;

    ImportPreviews(Imports imports) {
        this.imports = imports;
    }

    List<Views.Column> columns(ImportRecord imp) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = scan(imp, SAMPLES, (layout, r) -> rows.add(r.getFields())).header();
        List<Views.Column> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            List<String> samples = new ArrayList<>();
            for (List<String> r : rows) {
                if (i < r.size() && !r.get(i).isBlank()) {
                    String v = r.get(i).strip();
                    samples.add(v.length() > 60 ? v.substring(0, 60) + "…" : v);
                }
            }
            columns.add(new Views.Column(i, header.get(i), imp.plan().targets().get(i), samples));
        }
        return columns;
    }

    Views.Preview preview(ImportRecord imp) {
        List<Views.Saved> saved = new ArrayList<>();
        List<Views.Failure> failures = new ArrayList<>();
        long[] counts = new long[2];
        scan(imp, SCANNED, (layout, record) -> {
            counts[0]++;
            Row row = new RowReader(layout, ImportJob.source(imp.fileName())).read(record);
            if (row instanceof Row.Failed f) {
                counts[1]++;
                if (failures.size() < SHOWN) {
                    failures.add(new Views.Failure(f.line(), f.raw(), f.message()));
                }
            } else if (row instanceof Row.Ok ok && saved.size() < SHOWN) {
                saved.add(new Views.Saved(ok.line(), ok.person(), String.join(", ", ok.tags()),
                        String.join(", ", ok.lists()), fields(ok.person().customFields())));
            }
        });
        return new Views.Preview(saved, failures, counts[1], counts[0]);
    }

    /** Reads the header and up to {@code rows} records; returns the layout the current mapping gives. */
    private Layout scan(ImportRecord imp, int rows, BiConsumer<Layout, CsvRecord> visitor) {
        Plan plan = imp.plan();
        try (CsvReader<CsvRecord> csv = Layout.reader(new ChunkInputStream(imports, imp.id()), plan)) {
            Iterator<CsvRecord> it = csv.iterator();
            Layout layout = Layout.of(plan, it.next().getFields());
            try {
                for (int i = 0; i < rows && it.hasNext(); i++) {
                    visitor.accept(layout, it.next());
                }
            } catch (CsvParseException e) {
                // The preview shows what could be read; the job reports where reading stopped.
            }
            return layout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fields(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> b.append(b.isEmpty() ? "" : "; ").append(k).append(": ").append(v));
        return b.length() > 200 ? b.substring(0, 200) + "…" : b.toString();
    }
}
