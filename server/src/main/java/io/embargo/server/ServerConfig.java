package io.embargo.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the HTTP server, validated on construction with messages that name the setting.
 *
 * @param host interface to bind; default {@code 127.0.0.1} (never all interfaces unless asked)
 * @param port TCP port, 0 for a random free port
 * @param maxBodyBytes largest JSON request body accepted
 * @param maxUploadBytes largest batch upload (CSV) accepted
 * @param maxBatchParties most parties in one {@code POST /v1/screen/batch}
 * @param rateLimitPerSecond sustained requests per second per user or API key
 * @param rateLimitBurst requests a user or key may make at once before being limited
 * @param sessionIdle a web session ends after this long without a request
 * @param sessionMax a web session ends this long after login, whatever happens
 * @param secureCookies mark cookies {@code Secure} (set when served behind HTTPS)
 */
public record ServerConfig(String host, int port, long maxBodyBytes, long maxUploadBytes, int maxBatchParties,
    double rateLimitPerSecond, int rateLimitBurst, Duration sessionIdle, Duration sessionMax,
    boolean secureCookies) {

  /** 127.0.0.1:8080, 1 MiB bodies, 50 MiB uploads, 1,000 parties a batch, 50 req/s (burst 100) a user. */
  public static final ServerConfig DEFAULT = new ServerConfig("127.0.0.1", 8080, 1 << 20, 50L << 20, 1000,
      50, 100, Duration.ofMinutes(30), Duration.ofHours(12), false);

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host: must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: must be between 0 and 65535, was " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("max-body-bytes: must be at least 1024, was " + maxBodyBytes);
    }
    if (maxUploadBytes < maxBodyBytes) {
      throw new IllegalArgumentException("max-upload-bytes: must be at least max-body-bytes, was " + maxUploadBytes);
    }
    if (maxBatchParties < 1 || maxBatchParties > 1000) {
      throw new IllegalArgumentException("max-batch-parties: must be between 1 and 1000, was " + maxBatchParties);
    }
    if (!(rateLimitPerSecond > 0)) {
      throw new IllegalArgumentException("rate-limit: must be positive, was " + rateLimitPerSecond);
    }
    if (rateLimitBurst < 1) {
      throw new IllegalArgumentException("rate-limit-burst: must be at least 1, was " + rateLimitBurst);
    }
    if (sessionIdle == null || sessionIdle.isNegative() || sessionIdle.isZero()) {
      throw new IllegalArgumentException("session-idle: must be a positive duration");
    }
    if (sessionMax == null || sessionMax.compareTo(sessionIdle) < 0) {
      throw new IllegalArgumentException("session-max: must be at least session-idle");
    }
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, maxBodyBytes, maxUploadBytes, maxBatchParties, rateLimitPerSecond,
        rateLimitBurst, sessionIdle, sessionMax, secureCookies);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, maxBodyBytes, maxUploadBytes, maxBatchParties, rateLimitPerSecond,
        rateLimitBurst, sessionIdle, sessionMax, secureCookies);
  }

  /** Same settings with another rate limit (per second, burst). */
  public ServerConfig withRateLimit(double perSecond, int burst) {
    return new ServerConfig(host, port, maxBodyBytes, maxUploadBytes, maxBatchParties, perSecond, burst,
        sessionIdle, sessionMax, secureCookies);
  }

  /** Same settings with cookies marked {@code Secure} (when a TLS proxy serves Embargo over HTTPS). */
  public ServerConfig withSecureCookies(boolean secure) {
    return new ServerConfig(host, port, maxBodyBytes, maxUploadBytes, maxBatchParties, rateLimitPerSecond,
        rateLimitBurst, sessionIdle, sessionMax, secure);
  }

  public ServerConfig withMaxBatchParties(int n) {
    return new ServerConfig(host, port, maxBodyBytes, maxUploadBytes, n, rateLimitPerSecond, rateLimitBurst,
        sessionIdle, sessionMax, secureCookies);
  }
}
