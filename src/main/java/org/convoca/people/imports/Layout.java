package org.convoca.people.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.InputStream;
import java.util.List;

/** A plan applied to a file's header: which column holds what, and the custom field name of each column. */
record Layout(Plan plan, List<String> header, List<String> customNames) {

    static Layout of(Plan plan, List<String> header) {
        return new Layout(plan, List.copyOf(header), plan.customFieldNames(header));
    }

    int column(Target target) {
        return plan.column(target);
    }

    /** A reader that reports rows with a wrong number of fields to us instead of failing the whole file. */
    static CsvReader<CsvRecord> reader(InputStream in, Plan plan) {
        return CsvReader.builder().fieldSeparator(plan.separator()).detectBomHeader(true).allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(in, plan.charset());
    }
}
