package org.convoca.people.imports;

import java.time.Instant;
import java.util.UUID;

/** One import as its pages show it: the file, where it stands, and what it did. */
public record ImportRecord(UUID id, UUID workspaceId, String fileName, Status status, String mapping,
        long totalRows, long processedRows, long createdRows, long updatedRows, long failedRows, String message,
        String createdBy, Instant createdAt, Instant finishedAt) {

    /** Where an import stands; it only moves forward. */
    public enum Status {
        RECEIVING, MAPPING, QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }

        public String label() {
            return "imports.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whole percent done, for the progress bar. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        return totalRows <= 0 ? 0 : (int) Math.min(100, processedRows * 100 / totalRows);
    }

    Plan plan() {
        return Plan.decode(mapping);
    }
}
