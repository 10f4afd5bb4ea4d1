package org.convoca.events.attendance;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convoca.events.Event;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance from a CSV file (a sign-in sheet, a webinar tool's report): a header row naming an email column and,
 * optionally, name columns. People are matched by email; those not yet in the workspace are added only when
 * staff ask for it. The whole file is applied in one transaction, so a failure leaves nothing half-recorded.
 */
@Service
class AttendanceUpload {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final int SHOWN = 50;
    private static final List<String> EMAIL = List.of("email", "e-mail", "email address", "email_address",
            "correo", "correo electrónico", "correo electronico");
    private static final List<String> GIVEN = List.of("given_name", "first name", "first_name", "nombre", "name");
    private static final List<String> FAMILY = List.of("family_name", "last name", "last_name", "apellido",
            "apellidos");

    private final Attendance attendance;
    private final People people;

    AttendanceUpload(Attendance attendance, People people) {
        this.attendance = attendance;
        this.people = people;
    }

    @Transactional
    public UploadResult apply(Event e, byte[] content, boolean addUnknown) {
        if (content.length == 0) {
            return UploadResult.refused("events.attendance.csv.empty");
        }
        if (content.length > MAX_BYTES) {
            return UploadResult.refused("events.attendance.csv.too-large");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException x) {
            return UploadResult.refused("events.attendance.csv.not-utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = text.lines().findFirst().map(l -> l.chars().filter(c -> c == ';').count()
                > l.chars().filter(c -> c == ',').count() ? ';' : ',').orElse(',');
        int recorded = 0;
        int already = 0;
        int added = 0;
        int skippedTotal = 0;
        List<UploadResult.Skipped> skipped = new ArrayList<>();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
                CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).allowUnclosedQuote(false)
                        .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(in)) {
            var rows = csv.iterator();
            if (!rows.hasNext()) {
                return UploadResult.refused("events.attendance.csv.empty");
            }
            List<String> header = rows.next().getFields().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int email = column(header, EMAIL);
            if (email < 0) {
                return UploadResult.refused("events.attendance.csv.no-email");
            }
            int given = column(header, GIVEN);
            int family = column(header, FAMILY);
            int count = 0;
            while (rows.hasNext()) {
                CsvRecord row = rows.next();
                if (++count > MAX_ROWS) {
                    throw new TooManyRows();
                }
                String raw = field(row, email);
                if (raw.isEmpty() && row.getFields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                String address = PersonLimits.normalizeEmail(raw);
                String reason = null;
                if (address == null || !PersonLimits.isEmail(address)) {
                    reason = "events.attendance.csv.bad-email";
                } else {
                    Optional<Person> known = people.findByEmail(e.workspaceId(), address);
                    if (known.isEmpty() && addUnknown) {
                        try {
                            known = Optional.of(people.create(e.workspaceId(), Person.draft(field(row, given),
                                    field(row, family), address).withSource("Attendance at event " + e.slug())));
                            added++;
                        } catch (InvalidPersonException x) {
                            reason = "events.attendance.csv.bad-person";
                        }
                    } else if (known.isEmpty()) {
                        reason = "events.attendance.csv.unknown";
                    }
                    if (known.isPresent()) {
                        if (attendance.mark(e, known.get().id(), Attendance.Source.CSV)) {
                            recorded++;
                        } else {
                            already++;
                        }
                    }
                }
                if (reason != null) {
                    skippedTotal++;
                    if (skipped.size() < SHOWN) {
                        skipped.add(new UploadResult.Skipped(row.getStartingLineNumber(),
                                raw.length() > 80 ? raw.substring(0, 80) + "…" : raw, reason));
                    }
                }
            }
        } catch (TooManyRows x) {
            throw x;
        } catch (CsvParseException x) {
            throw new Unreadable();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return new UploadResult(recorded, already, added, skipped, skippedTotal, null);
    }

    private static int column(List<String> header, List<String> names) {
        for (String name : names) {
            int i = header.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String field(CsvRecord row, int column) {
        if (column < 0 || column >= row.getFieldCount()) {
            return "";
        }
        String s = PersonLimits.clean(row.getField(column));
        return s.length() > PersonLimits.EMAIL ? s.substring(0, PersonLimits.EMAIL) : s;
    }

    /** Thrown to roll back a file with more rows than allowed. */
    static final class TooManyRows extends RuntimeException {
    }

    /** Thrown to roll back a file that is not CSV (an unclosed quote, for one). */
    static final class Unreadable extends RuntimeException {
    }
}
