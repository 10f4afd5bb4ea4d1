package org.convoca.people.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imports of each workspace, their stored files and their failed rows. */
@Repository
class Imports {

    /** Failed rows kept per import; more are counted but not stored, so a garbage file cannot fill the disk. */
    static final int MAX_STORED_ERRORS = 100_000;

    private final JdbcClient jdbc;

    Imports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID create(UUID workspaceId, String fileName, String createdBy) {
        UUID id = Ids.newId();
        jdbc.sql("""
                INSERT INTO imports (id, workspace_id, file_name, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, workspaceId, fileName, ImportRecord.Status.RECEIVING.name(), createdBy, now()).update();
        return id;
    }

    void writeChunk(UUID id, int seq, byte[] content) {
        jdbc.sql("INSERT INTO import_chunks (import_id, seq, content) VALUES (?, ?, ?)").params(id, seq, content)
                .update();
    }

    Optional<byte[]> chunk(UUID id, int seq) {
        return jdbc.sql("SELECT content FROM import_chunks WHERE import_id = ? AND seq = ?").params(id, seq)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    void received(UUID id, Plan plan, long totalRows) {
        jdbc.sql("UPDATE imports SET status = ?, mapping = ?, total_rows = ? WHERE id = ?")
                .params(ImportRecord.Status.MAPPING.name(), plan.encode(), totalRows, id).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM imports WHERE id = ?").param(id).update();
    }

    Optional<ImportRecord> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT * FROM imports WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Imports::map).optional();
    }

    /** For the job, which gets only the import's id from the scheduler. */
    Optional<ImportRecord> findForJob(UUID id) {
        return jdbc.sql("SELECT * FROM imports WHERE id = ?").param(id).query(Imports::map).optional();
    }

    List<ImportRecord> recent(UUID workspaceId, int limit) {
        return jdbc.sql("SELECT * FROM imports WHERE workspace_id = ? ORDER BY created_at DESC, id DESC "
                + "FETCH FIRST ? ROWS ONLY").params(workspaceId, limit).query(Imports::map).list();
    }

    boolean saveMapping(UUID workspaceId, UUID id, Plan plan) {
        return jdbc.sql("UPDATE imports SET mapping = ? WHERE workspace_id = ? AND id = ? AND status = ?")
                .params(plan.encode(), workspaceId, id, ImportRecord.Status.MAPPING.name()).update() == 1;
    }

    /** Moves a mapped import to the queue; false if it was already started, so a double click starts it once. */
    boolean queue(UUID workspaceId, UUID id) {
        return jdbc.sql("UPDATE imports SET status = ? WHERE workspace_id = ? AND id = ? AND status = ?")
                .params(ImportRecord.Status.QUEUED.name(), workspaceId, id, ImportRecord.Status.MAPPING.name())
                .update() == 1;
    }

    void running(UUID id) {
        jdbc.sql("UPDATE imports SET status = ? WHERE id = ? AND status = ?")
                .params(ImportRecord.Status.RUNNING.name(), id, ImportRecord.Status.QUEUED.name()).update();
    }

    /** Called in the same transaction as the rows it counts, so that a resumed job knows exactly where it was. */
    void advance(UUID id, long processed, int created, int updated, int failed) {
        jdbc.sql("""
                UPDATE imports SET processed_rows = ?, created_rows = created_rows + ?, updated_rows = updated_rows + ?,
                failed_rows = failed_rows + ? WHERE id = ?""")
                .params(processed, created, updated, failed, id).update();
    }

    void finish(UUID id, ImportRecord.Status status, String message) {
        jdbc.sql("""
                UPDATE imports SET status = ?, message = ?, finished_at = ?, total_rows = processed_rows
                WHERE id = ?""")
                .params(status.name(), message.length() > 2000 ? message.substring(0, 2000) : message, now(), id)
                .update();
        jdbc.sql("DELETE FROM import_chunks WHERE import_id = ?").param(id).update();
    }

    /** The header (line 0), then each failed row with its line number and the reason, in file order. */
    void errors(UUID workspaceId, UUID id, Consumer<ImportError> each) {
        jdbc.sql("""
                SELECT e.line_number, e.message, e.raw FROM import_errors e JOIN imports i ON i.id = e.import_id
                WHERE i.workspace_id = ? AND e.import_id = ? ORDER BY e.line_number""")
                .params(workspaceId, id)
                .query((ResultSet rs) -> {
                    each.accept(new ImportError(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
    }

    /** The header is kept as line 0 of the failed rows, so that their download has the file's own columns. */
    void keepHeader(UUID id, String raw) {
        jdbc.sql("INSERT INTO import_errors (import_id, line_number, message, raw) VALUES (?, 0, '', ?)")
                .params(id, raw).update();
    }

    long storedErrors(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM import_errors WHERE import_id = ? AND line_number > 0").param(id).query(Long.class)
                .single();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static ImportRecord map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportRecord(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
                rs.getString("file_name"), ImportRecord.Status.valueOf(rs.getString("status")),
                rs.getString("mapping"), rs.getLong("total_rows"), rs.getLong("processed_rows"),
                rs.getLong("created_rows"), rs.getLong("updated_rows"), rs.getLong("failed_rows"),
                rs.getString("message"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
