package org.convoca.actions.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one address and one email may act on the public forms (petitions, sign-on letters, forms, letters): per IP address 30 a
 * minute and per email 5 an hour unless configured otherwise. The counts live in each node's memory, so behind a
 * load balancer each node allows that much; a restart forgets them. They stop floods, not a determined attacker with
 * many addresses.
 */
@Component
public class SigningLimits {

    /** Callers tracked at once; past this the state is forgotten, which only forgives. */
    private static final int MAX_TRACKED = 100_000;

    private final Buckets perAddress;
    private final Buckets perEmail;

    SigningLimits(@Value("${convoca.petitions.signatures-per-ip-per-minute:30}") int perMinute,
            @Value("${convoca.petitions.signatures-per-email-per-hour:5}") int perHour) {
        this.perAddress = new Buckets(perMinute, 60);
        this.perEmail = new Buckets(perHour, 3600);
    }

    public boolean allowAddress(String address) {
        return perAddress.take(address);
    }

    public boolean allowEmail(String email) {
        return perEmail.take(email);
    }

    /** Token buckets holding {@code size} tokens, refilled evenly over {@code seconds}. */
    private static final class Buckets {
        private final int size;
        private final double perNano;
        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        Buckets(int size, int seconds) {
            this.size = size;
            this.perNano = size / (seconds * 1e9);
        }

        boolean take(String key) {
            if (buckets.size() > MAX_TRACKED) {
                buckets.clear();
            }
            return buckets.computeIfAbsent(key, k -> new Bucket(size)).take(size, perNano);
        }
    }

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
