package org.convoca.actions.signon;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a pasted or uploaded signatory list: one name per line, or a CSV (comma, semicolon or tab) whose name
 * column is found by its header ("Organization", "Name", "Organización"...) or, without a header, the first
 * column. Text is UTF-8 (with or without BOM), UTF-16 with BOM, or else Windows-1252/Latin-1 as spreadsheets
 * on Windows save it. Blank names are left out; each other name is returned as written, surrounding spaces removed.
 */
public final class SignatoryListReader {

    public static final int MAX_BYTES = 50 * 1024 * 1024;
    public static final int MAX_NAMES = 100_000;
    public static final int MAX_NAME_LENGTH = 1_000;

    private static final Set<String> NAME_HEADERS = Set.of("name", "names", "organization", "organizations",
            "organisation", "organization name", "organisation name", "org", "org name", "organizacion",
            "organizaciones", "nombre", "nombre de la organizacion", "signatory", "signatories", "signer",
            "firmante", "firmantes", "group", "grupo", "entity");
    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final int SAMPLE = 1_000;

    private SignatoryListReader() {
    }

    /** Reads at most {@link #MAX_BYTES}; a longer stream is refused without being read to its end. */
    public static List<String> read(InputStream in) throws IOException, SignatoryListException {
        return read(in.readNBytes(MAX_BYTES + 1));
    }

    public static List<String> read(byte[] bytes) throws SignatoryListException {
        if (bytes.length > MAX_BYTES) {
            throw new SignatoryListException("The list is larger than 50 MB; split it into smaller files.");
        }
        String text = TextDecoding.decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new SignatoryListException("This is not a text or CSV file (it contains binary data).");
        }
        String[] rows = text.split("\r\n|\r|\n", -1);
        int first = 0;
        while (first < rows.length && rows[first].isBlank()) {
            first++;
        }
        if (first == rows.length) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (char separator : SEPARATORS) {
            List<String> header = fields(rows[first], separator);
            int column = nameColumn(header);
            if (column >= 0 && header.size() > 1) {
                return column(text, separator, column, true, 0);
            }
            if (column >= 0) {
                first++;
                break;
            }
        }
        char headerless = headerlessSeparator(rows, first);
        if (headerless != 0) {
            return column(String.join("\n", List.of(rows).subList(first, rows.length)), headerless, 0, false, first);
        }
        for (int i = first; i < rows.length; i++) {
            add(names, rows[i], i + 1);
        }
        return names;
    }

    private static List<String> column(String text, char separator, int column, boolean skipHeader, int skipped)
            throws SignatoryListException {
        List<String> names = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).allowExtraFields(true)
                .allowMissingFields(true).skipEmptyLines(true).ofCsvRecord(text)) {
            boolean header = skipHeader;
            for (CsvRecord record : csv) {
                if (header) {
                    header = false;
                } else if (record.getFieldCount() > column) {
                    add(names, record.getField(column), (int) record.getStartingLineNumber() + skipped);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SignatoryListException("The CSV could not be read: check its quotes (" + e.getMessage() + ").");
        }
        return names;
    }

    private static void add(List<String> names, String name, int line) throws SignatoryListException {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            return;
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new SignatoryListException("Line " + line + " is longer than " + MAX_NAME_LENGTH
                    + " characters, which no organization's name is. Is this a list of names?");
        }
        if (names.size() == MAX_NAMES) {
            throw new SignatoryListException("The list has more than " + MAX_NAMES + " names; split it.");
        }
        names.add(stripped);
    }

    private static List<String> fields(String row, char separator) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).ofCsvRecord(row)) {
            return csv.stream().findFirst().map(CsvRecord::getFields).orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static int nameColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String h = OrgNames.fold(header.get(i)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
            if (NAME_HEADERS.contains(h)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A CSV without a header: every row of the first {@link #SAMPLE} splits into the same number of fields, at
     * least two. Names contain commas ("Casa de Esperanza, Inc."), so with commas a second field that is a legal
     * form means a plain list.
     */
    private static char headerlessSeparator(String[] rows, int first) {
        for (char separator : SEPARATORS) {
            if (rows[first].indexOf(separator) < 0) {
                continue;
            }
            int count = -1;
            int seen = 0;
            boolean consistent = true;
            for (int i = first; i < rows.length && consistent && seen < SAMPLE; i++) {
                if (rows[i].isBlank()) {
                    continue;
                }
                List<String> f = fields(rows[i], separator);
                boolean legalForm = separator == ',' && f.size() == 2 && Vocabulary.LEGAL_SUFFIXES.contains(
                        OrgNames.fold(f.get(1)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
                consistent = f.size() >= 2 && (count < 0 || f.size() == count) && !legalForm;
                count = f.size();
                seen++;
            }
            if (consistent && seen >= 2) {
                return separator;
            }
        }
        return 0;
    }
}
