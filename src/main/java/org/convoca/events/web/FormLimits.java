package org.convoca.events.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one address and one email may use the public event forms: per IP address 30 a minute and per email
 * 5 an hour unless configured otherwise. Kept in each node's memory; they stop floods, not a determined attacker.
 */
@Component
public class FormLimits {

    private static final int MAX_TRACKED = 100_000;

    private final int perMinute;
    private final int perHour;
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final Map<String, Bucket> emails = new ConcurrentHashMap<>();

    FormLimits(@Value("${convoca.events.registrations-per-ip-per-minute:30}") int perMinute,
            @Value("${convoca.events.registrations-per-email-per-hour:5}") int perHour) {
        this.perMinute = perMinute;
        this.perHour = perHour;
    }

    public boolean allowAddress(String address) {
        return take(addresses, address, perMinute, 60);
    }

    public boolean allowEmail(String email) {
        return take(emails, email, perHour, 3600);
    }

    private static boolean take(Map<String, Bucket> buckets, String key, int size, int seconds) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(size)).take(size, size / (seconds * 1e9));
    }

    /** A token bucket holding {@code size} tokens, refilled evenly. */
    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized boolean take(int size, double perNano) {
            long now = System.nanoTime();
            tokens = Math.min(size, tokens + (now - last) * perNano);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
