package org.convoca.actions;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How many signatures each petition has, as the public pages show it. A count read from the index is kept for a
 * second and raised by this node's own new signatures, so a popular petition's page does not count its whole
 * index on every view; another node's signatures show within that second.
 */
@Component
public class SignatureCounts {

    private static final long FRESH_NANOS = 1_000_000_000L;
    private static final int MAX_KEPT = 10_000;

    private record Kept(long count, long readAt) {
    }

    private final Signatures signatures;
    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

    SignatureCounts(Signatures signatures) {
        this.signatures = signatures;
    }

    public long of(UUID workspaceId, UUID petitionId) {
        long now = System.nanoTime();
        Kept k = kept.get(petitionId);
        if (k != null && now - k.readAt() < FRESH_NANOS) {
            return k.count();
        }
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        long count = signatures.countNow(workspaceId, petitionId);
        kept.put(petitionId, new Kept(count, now));
        return count;
    }

    /** A signature was committed on this node. */
    void added(UUID petitionId) {
        kept.computeIfPresent(petitionId, (id, k) -> new Kept(k.count() + 1, k.readAt()));
    }
}
