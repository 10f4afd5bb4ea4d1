package org.convoca.mailings;

/** At most so many permits a second, shared by a node's sending threads; a rate of 0 means no limit. */
final class RateLimiter {

    private final long nanosPerPermit;
    private long next;

    RateLimiter(double perSecond) {
        this.nanosPerPermit = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
        this.next = System.nanoTime();
    }

    void acquire() throws InterruptedException {
        if (nanosPerPermit == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            next = Math.max(next, now);
            wait = next - now;
            next += nanosPerPermit;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
