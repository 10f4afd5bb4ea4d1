package org.convoca.actions.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.convoca.actions.Signer;

/**
 * Signatures as CSV. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, so opening the file never runs what a signer typed.
 */
public final class SignaturesCsv {

    static final String[] HEADER = {"signed_at", "given_name", "family_name", "email", "postal_code", "city",
        "language", "comment", "listed_publicly", "source"};

    private SignaturesCsv() {
    }

    static void write(Writer out, Consumer<Consumer<Signer>> signers) {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(HEADER);
        signers.accept(s -> csv.writeRecord(DateTimeFormatter.ISO_INSTANT.format(s.signedAt()), safe(s.givenName()),
                safe(s.familyName()), safe(s.email()), safe(s.postalCode()), safe(s.locality()), safe(s.language()),
                safe(s.comment()), s.listed() ? "yes" : "no", safe(s.source())));
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
