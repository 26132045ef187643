package io.embargo.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per caller (user, API key or, before login, client address). Each bucket holds up to
 * {@code burst} tokens and refills at {@code perSecond}; a request takes one token or is refused (HTTP 429).
 * Thread-safe.
 */
final class RateLimiter {
  private final double perSecond;
  private final int burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final LongSupplier nanoClock;

  RateLimiter(double perSecond, int burst) {
    this(perSecond, burst, System::nanoTime);
  }

  RateLimiter(double perSecond, int burst, LongSupplier nanoClock) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanoClock = nanoClock;
  }

  /** Takes a token for {@code caller}; returns 0 when allowed, else the seconds to wait before retrying. */
  long acquire(String caller) {
    if (buckets.size() > 100_000) {
      buckets.clear(); // bound memory against callers inventing names; at worst a burst is forgiven
    }
    long now = nanoClock.getAsLong();
    return buckets.computeIfAbsent(caller, k -> new Bucket(burst, now)).take(perSecond, burst, now);
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(int burst, long now) {
      tokens = burst;
      last = now;
    }

    synchronized long take(double perSecond, int burst, long now) {
      tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }
  }
}
