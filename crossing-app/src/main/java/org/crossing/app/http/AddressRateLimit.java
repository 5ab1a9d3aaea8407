package org.crossing.app.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-address limit on something cheap to ask for and costly in bulk (beginning journeys): a
 * bucket of {@code perMinute} tokens per client address, refilled evenly over a minute. IPv6
 * addresses share a bucket per /64, which is what one client usually holds.
 *
 * <p>Memory is bounded: past {@link #MAX_ADDRESSES} addresses, buckets that are full again are
 * forgotten, and if that is not enough, all of them (an attack from that many addresses then
 * gets a fresh allowance, which the limit's purpose, keeping one client from flooding, survives).
 */
public final class AddressRateLimit {

    static final int MAX_ADDRESSES = 100_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final boolean trustForwardedFor;

    /**
     * @param perMinute requests allowed per address per minute, also the burst; 0 for no limit
     * @param trustForwardedFor take the client's address from the last X-Forwarded-For entry: only
     *     behind a proxy that sets it, or anyone could pick an address per request
     */
    public AddressRateLimit(int perMinute, boolean trustForwardedFor) {
        this.perMinute = perMinute;
        this.trustForwardedFor = trustForwardedFor;
    }

    public boolean enabled() {
        return perMinute > 0;
    }

    /** Whether the request's client may go on; takes one token when it may. */
    public boolean allow(Context ctx) {
        return !enabled() || allow(clientAddress(ctx), System.nanoTime());
    }

    boolean allow(String address, long nowNanos) {
        if (!enabled()) return true;
        Bucket bucket = buckets.get(address);
        if (bucket == null) {
            if (buckets.size() >= MAX_ADDRESSES) forgetIdle(nowNanos);
            bucket = buckets.computeIfAbsent(address, a -> new Bucket(perMinute, nowNanos));
        }
        return bucket.take(perMinute, nowNanos);
    }

    /** Seconds until the address may try again, for Retry-After. */
    public int retryAfterSeconds() {
        return Math.max(1, (int) Math.ceil(60.0 / Math.max(1, perMinute)));
    }

    private void forgetIdle(long nowNanos) {
        buckets.values().removeIf(bucket -> bucket.full(perMinute, nowNanos));
        if (buckets.size() >= MAX_ADDRESSES) buckets.clear();
    }

    int size() {
        return buckets.size();
    }

    String clientAddress(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        if (trustForwardedFor) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) address = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        }
        return key(address);
    }

    /** The bucket's name: the address, or for IPv6 its first 64 bits (a /64 is what one client usually holds). */
    static String key(String address) {
        if (address.indexOf(':') < 0) return address;
        try {
            // A literal address is parsed, never looked up.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) return address;
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            tokens = capacity;
            last = now;
        }

        synchronized boolean take(int perMinute, long now) {
            refill(perMinute, now);
            if (tokens < 1) return false;
            tokens -= 1;
            return true;
        }

        synchronized boolean full(int perMinute, long now) {
            refill(perMinute, now);
            return tokens >= perMinute;
        }

        private void refill(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - last) * perMinute / 60e9);
            last = now;
        }
    }
}
