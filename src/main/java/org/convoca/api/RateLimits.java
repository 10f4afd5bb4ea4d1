package org.convoca.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each API key (or, without one, each address) may make: a token bucket per caller that holds
 * a second and a half's worth. It lives in each node's memory, so the limit is per node; it protects the server,
 * it is not a quota.
 */
final class RateLimits {

    /** Callers tracked at once; past this the oldest state is simply forgotten, which only forgives. */
    private static final int MAX_CALLERS = 10_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(double perSecond) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond * 1.5);
    }

    double perSecond() {
        return perSecond;
    }

    boolean allow(String caller) {
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(caller, c -> new Bucket(burst)).take(perSecond, burst);
    }

    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized boolean take(double perSecond, double burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
