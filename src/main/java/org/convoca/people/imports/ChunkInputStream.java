package org.convoca.people.imports;

import java.io.InputStream;
import java.util.UUID;

/** Reads an uploaded file back from its chunks in the database, one chunk in memory at a time. */
final class ChunkInputStream extends InputStream {

    private final Imports imports;
    private final UUID importId;
    private byte[] chunk = new byte[0];
    private int pos;
    private int seq;
    private boolean end;

    ChunkInputStream(Imports imports, UUID importId) {
        this.imports = imports;
        this.importId = importId;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        while (pos >= chunk.length) {
            if (end) {
                return -1;
            }
            var next = imports.chunk(importId, seq++);
            if (next.isEmpty()) {
                end = true;
                return -1;
            }
            chunk = next.get();
            pos = 0;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }
}
