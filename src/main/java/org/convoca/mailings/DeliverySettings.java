package org.convoca.mailings;

import java.time.Duration;

/**
 * How a node sends: {@code connections} SMTP connections in parallel, claims of {@code batchSize} recipients, at
 * most {@code ratePerSecond} messages a second from this node (0: no limit), retries of temporary failures
 * {@code retryDelay} apart and growing, at most {@code maxAttempts} tries; a node silent for {@code lease} has its
 * claims taken over. {@code enabled} false makes a node that serves pages but sends nothing.
 */
record DeliverySettings(boolean enabled, int connections, int batchSize, double ratePerSecond, Duration lease,
        Duration poll, Duration retryDelay, int maxAttempts, int mailboxLimit) {

    DeliverySettings {
        if (connections < 1 || connections > 64) {
            throw new IllegalStateException("convoca.mailings.connections must be between 1 and 64.");
        }
        if (batchSize < 1 || batchSize > 5000) {
            throw new IllegalStateException("convoca.mailings.batch-size must be between 1 and 5000.");
        }
        if (ratePerSecond < 0) {
            throw new IllegalStateException("convoca.mailings.rate-per-second cannot be negative.");
        }
    }

    /** Batches small enough to go out well within the lease when the rate is limited. */
    int claimSize() {
        return ratePerSecond > 0 ? (int) Math.max(1, Math.min(batchSize, ratePerSecond * 2)) : batchSize;
    }

    Duration backoff(int attempts) {
        return retryDelay.multipliedBy((long) Math.pow(4, Math.max(0, Math.min(attempts - 1, 4))));
    }
}
