package org.convoca.people.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.convoca.people.Lists;
import org.convoca.people.Tags;
import org.convoca.workspace.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import from its stored file. Each batch commits together with {@code processed_rows}; a job that
 * starts again (after a crash, a restart, or on another node) skips that many rows and carries on, so no row is
 * saved twice. When a batch hits a conflict (someone added the same email meanwhile), its rows go one by one.
 */
@Component
class ImportJob {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

    private final Imports imports;
    private final PeopleRows sql;
    private final Tags tags;
    private final Lists lists;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    ImportJob(Imports imports, PeopleRows sql, Tags tags, Lists lists, TransactionTemplate tx, AuditLog audit) {
        this.imports = imports;
        this.sql = sql;
        this.tags = tags;
        this.lists = lists;
        this.tx = tx;
        this.audit = audit;
    }

    void run(UUID importId) {
        ImportRecord imp = imports.findForJob(importId).orElse(null);
        if (imp == null || imp.status().finished() || imp.status() == ImportRecord.Status.MAPPING) {
            return;
        }
        imports.running(importId);
        Plan plan = imp.plan();
        long done = imp.processedRows();
        long stored = imports.storedErrors(importId);
        Labels labels = new Labels(imp.workspaceId(), tags, lists);
        BatchWriter writer = new BatchWriter(sql, imp.workspaceId(), importId, labels);
        String message = "";
        List<Row> batch = new ArrayList<>(BATCH);
        try (CsvReader<CsvRecord> csv = Layout.reader(new ChunkInputStream(imports, importId), plan)) {
            Iterator<CsvRecord> records = csv.iterator();
            Layout layout = Layout.of(plan, records.next().getFields());
            RowReader reader = new RowReader(layout, source(imp.fileName()));
            for (long skipped = 0; skipped < done && records.hasNext(); skipped++) {
                records.next();
            }
            while (records.hasNext()) {
                batch.add(reader.read(records.next()));
                if (batch.size() == BATCH || !records.hasNext()) {
                    stored += commit(writer, labels, batch, done, stored);
                    done += batch.size();
                    batch.clear();
                }
            }
        } catch (CsvParseException e) {
            if (!batch.isEmpty()) {
                commit(writer, labels, batch, done, stored);
                done += batch.size();
            }
            message = "Reading stopped after row " + done + " (" + e.getMessage()
                    + "). This usually means a quote was opened and never closed.";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        imports.finish(importId, message.isEmpty() ? ImportRecord.Status.DONE : ImportRecord.Status.FAILED, message);
        ImportRecord end = imports.findForJob(importId).orElseThrow();
        audit.record(imp.workspaceId(), null, imp.createdBy(), "import.finish", imp.fileName() + ": "
                + end.createdRows() + " created, " + end.updatedRows() + " updated, " + end.failedRows() + " failed"
                + (message.isEmpty() ? "" : "; " + message), null);
        log.info("Import {} finished: {} rows", importId, end.processedRows());
    }

    /** Saves a batch and returns how many failed rows were stored. */
    private long commit(BatchWriter writer, Labels labels, List<Row> batch, long before, long stored) {
        labels.ensure(batch);
        int room = (int) Math.max(0, Imports.MAX_STORED_ERRORS - stored);
        try {
            return tx.execute(s -> {
                BatchWriter.Counts c = writer.write(batch, room);
                imports.advance(writer.importId(), before + batch.size(), c.created(), c.updated(), c.failed());
                return (long) c.storedErrors();
            });
        } catch (DataAccessException e) {
            log.info("A batch of import {} conflicted ({}); saving its rows one by one", writer.importId(),
                    e.getMostSpecificCause().getMessage());
            long kept = 0;
            for (int i = 0; i < batch.size(); i++) {
                kept += one(writer, batch.get(i), before + i + 1, (int) Math.max(0, room - kept));
            }
            return kept;
        }
    }

    private long one(BatchWriter writer, Row row, long processed, int room) {
        try {
            return tx.execute(s -> {
                BatchWriter.Counts c = writer.write(List.of(row), room);
                imports.advance(writer.importId(), processed, c.created(), c.updated(), c.failed());
                return (long) c.storedErrors();
            });
        } catch (DataAccessException e) {
            Row failed = new Row.Failed(row.line(), row.raw(),
                    "This row could not be saved: it conflicts with a person saved at the same moment.");
            return tx.execute(s -> {
                BatchWriter.Counts c = writer.write(List.of(failed), room);
                imports.advance(writer.importId(), processed, 0, 0, 1);
                return (long) c.storedErrors();
            });
        }
    }

    static String source(String fileName) {
        String s = "Import: " + fileName;
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
