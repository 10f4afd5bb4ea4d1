package org.convoca.events.attendance;

import java.util.List;

/**
 * What an attendance upload did: people newly recorded present, people already recorded, people added to the
 * workspace, and the rows it could not use, each with its line number and why (a few of each are shown).
 */
public record UploadResult(int recorded, int already, int added, List<Skipped> skipped, int skippedTotal,
        String problem) {

    /** A row not used: the line, what it held (shortened) and a message key saying why. */
    public record Skipped(long line, String email, String reason) {
    }

    public static UploadResult refused(String problemKey) {
        return new UploadResult(0, 0, 0, List.of(), 0, problemKey);
    }
}
