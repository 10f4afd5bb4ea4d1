package org.convoca.people.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.convoca.people.PersonLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Takes an uploaded file into the database in chunks, checking on the way that it is a CSV file we can read,
 * and guesses its column mapping. Nothing of a refused file is kept.
 */
@Service
class Uploads {

    // Small enough that H2 keeps each chunk in an ordinary page (megabyte values corrupted its file here).
    static final int CHUNK = 64 * 1024;
    static final int MAX_COLUMNS = 200;

    private final Imports imports;
    private final long maxBytes;

    Uploads(Imports imports, @Value("${convoca.imports.max-file-size:512MB}") DataSize maxSize) {
        this.imports = imports;
        this.maxBytes = maxSize.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    /** A size as people write it: 512 MB, 10 KB. */
    static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : Math.max(1, bytes >> 10) + " KB";
    }

    UUID receive(UUID workspaceId, String createdBy, String fileName, InputStream in) throws IOException {
        String name = PersonLimits.clean(fileName == null || fileName.isBlank() ? "upload.csv" : fileName);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        UUID id = imports.create(workspaceId, name.length() > 300 ? name.substring(0, 300) : name, createdBy);
        try {
            Sniffer sniffer = new Sniffer();
            byte[] buf = new byte[CHUNK];
            for (int seq = 0;; seq++) {
                int n = in.readNBytes(buf, 0, CHUNK);
                if (n == 0) {
                    break;
                }
                String refusal = sniffer.accept(buf, n);
                if (refusal != null) {
                    throw new UploadRefused(refusal);
                }
                if (sniffer.bytes() > maxBytes) {
                    throw new UploadRefused("imports.error.too-large", size(maxBytes));
                }
                imports.writeChunk(id, seq, n == CHUNK ? buf.clone() : java.util.Arrays.copyOf(buf, n));
            }
            if (sniffer.records() == 0) {
                throw new UploadRefused("imports.error.empty");
            }
            Plan plan = new Plan(sniffer.charset(), sniffer.separator(), List.of());
            List<String> header = header(id, plan);
            if (sniffer.records() == 1) {
                throw new UploadRefused("imports.error.header-only");
            }
            imports.keepHeader(id, Row.encode(header));
            imports.received(id, plan.withTargets(Target.guess(header)), sniffer.records() - 1);
            return id;
        } catch (IOException | RuntimeException e) {
            imports.delete(id);
            throw e;
        }
    }

    List<String> header(UUID id, Plan plan) throws IOException {
        try (CsvReader<CsvRecord> csv = Layout.reader(new ChunkInputStream(imports, id), plan)) {
            Iterator<CsvRecord> it = csv.iterator();
            if (!it.hasNext()) {
                throw new UploadRefused("imports.error.empty");
            }
            List<String> header = it.next().getFields();
            if (header.size() > MAX_COLUMNS) {
                throw new UploadRefused("imports.error.too-many-columns", header.size(), MAX_COLUMNS);
            }
            if (header.stream().allMatch(String::isBlank)) {
                throw new UploadRefused("imports.error.no-header");
            }
            return header;
        } catch (CsvParseException e) {
            throw new UploadRefused("imports.error.unreadable");
        }
    }
}
