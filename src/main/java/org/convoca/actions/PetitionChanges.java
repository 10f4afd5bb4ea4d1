package org.convoca.actions;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Counts this node's changes to petitions, their co-sponsors and images, so that what is kept in memory about
 * them can tell at once that it is out of date here; other nodes' changes show when their short life ends.
 */
@Component
public class PetitionChanges {

    private final AtomicLong version = new AtomicLong();

    public long version() {
        return version.get();
    }

    void changed() {
        version.incrementAndGet();
    }
}
