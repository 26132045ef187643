package io.embargo.server;

import io.embargo.store.Actor;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wraps every route of the table: body size, authentication (API key or session cookie), role, CSRF (for
 * state-changing requests made with a session), rate limit, then the handler; errors become JSON and every
 * request is counted in the metrics. There is no other way into a handler, so no route can forget a check.
 *
 * <p>API keys are checked through the {@link Authenticator} and the result cached for
 * {@value #KEY_CACHE_MILLIS} ms under the key's SHA-256 (so a revoked key stops working within that time and
 * the key itself is never kept). Thread-safe.
 */
final class Guard {
  static final String SESSION_COOKIE = "embargo_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String ACTOR_ATTR = "embargo.actor";
  private static final String SESSION_ATTR = "embargo.session";
  /** Request attribute: the route's body limit, re-checked after reading a body sent without Content-Length. */
  static final String MAX_BODY_ATTR = "embargo.maxBody";
  private static final long KEY_CACHE_MILLIS = 30_000;

  private record CachedKey(Actor actor, long until) {}

  private final Authenticator auth;
  private final Sessions sessions;
  private final RateLimiter limiter;
  /** Stricter buckets for unauthenticated state changes (login) per client address: slows password guessing. */
  private final RateLimiter publicLimiter = new RateLimiter(1, 10);
  private final Metrics metrics;
  private final Map<String, CachedKey> keyCache = new ConcurrentHashMap<>();

  Guard(Authenticator auth, Sessions sessions, RateLimiter limiter, Metrics metrics) {
    this.auth = auth;
    this.sessions = sessions;
    this.limiter = limiter;
    this.metrics = metrics;
  }

  /** The authenticated actor of a request that passed the guard. */
  static Actor actor(Context ctx) {
    Actor a = ctx.attribute(ACTOR_ATTR);
    if (a == null) {
      throw ApiException.unauthenticated();
    }
    return a;
  }

  /** The session of a request authenticated by cookie, if any. */
  static Optional<Sessions.Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION_ATTR));
  }

  Handler wrap(Route route) {
    return ctx -> {
      long start = System.nanoTime();
      try {
        check(route, ctx);
        route.handler().handle(ctx);
      } catch (Exception e) {
        Errors.render(ctx, e, route.page());
      } finally {
        metrics.request(route.id(), ctx.statusCode(), System.nanoTime() - start);
      }
    };
  }

  private void check(Route route, Context ctx) {
    long len = ctx.contentLength();
    if (len > route.maxBody()) {
      throw new ApiException(413, "body_too_large", "request body: " + len + " bytes, at most " + route.maxBody());
    }
    ctx.attribute(MAX_BODY_ATTR, route.maxBody());
    if (route.access().isPublic()) {
      if (route.changesState()) {
        long wait = publicLimiter.acquire("ip:" + ctx.ip());
        if (wait > 0) {
          throw new ApiException(429, "rate_limited", "too many attempts from this address; retry after " + wait + " s");
        }
      }
      return;
    }
    Actor actor;
    String authz = ctx.header("Authorization");
    if (authz != null) {
      if (!authz.regionMatches(true, 0, "Bearer ", 0, 7) || authz.length() < 8) {
        throw new ApiException(401, "unauthenticated", "Authorization: use the form 'Bearer <api key>'");
      }
      actor = apiKey(authz.substring(7).trim())
          .orElseThrow(() -> {
            limit("ip:" + ctx.ip()); // slow down key guessing
            return new ApiException(401, "unauthenticated", "Authorization: unknown or revoked API key");
          });
      limit("key:" + actor.name());
    } else {
      Optional<Sessions.Session> s = sessions.touch(ctx.cookie(SESSION_COOKIE));
      if (s.isEmpty()) {
        if (route.page()) {
          ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
          throw new Redirected();
        }
        throw ApiException.unauthenticated();
      }
      if (route.changesState() && !constantTimeEquals(s.get().csrf(), ctx.header(CSRF_HEADER))) {
        throw new ApiException(403, "csrf", CSRF_HEADER + ": missing or wrong CSRF token; reload the page");
      }
      actor = s.get().actor();
      ctx.attribute(SESSION_ATTR, s.get());
      limit("user:" + actor.name());
    }
    if (!route.access().allows(actor.roles())) {
      throw ApiException.forbidden("user '" + actor.name() + "' lacks a role for " + route.id() + " (needs one of "
          + route.access().roles().stream().map(r -> r.code()).sorted().toList() + ")");
    }
    ctx.attribute(ACTOR_ATTR, actor);
  }

  private void limit(String caller) {
    long wait = limiter.acquire(caller);
    if (wait > 0) {
      throw new ApiException(429, "rate_limited", "too many requests; retry after " + wait + " s");
    }
  }

  private Optional<Actor> apiKey(String key) {
    String digest = sha256(key);
    long now = System.currentTimeMillis();
    CachedKey c = keyCache.get(digest);
    if (c != null && c.until() > now) {
      return Optional.of(c.actor());
    }
    Optional<Actor> a = auth.apiKey(key);
    if (a.isPresent()) {
      if (keyCache.size() > 10_000) {
        keyCache.clear();
      }
      keyCache.put(digest, new CachedKey(a.get(), now + KEY_CACHE_MILLIS));
    } else {
      keyCache.remove(digest);
    }
    return a;
  }

  static boolean constantTimeEquals(String expected, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Thrown after a redirect has been set, to skip the handler. */
  static final class Redirected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Redirected() {
      super(null, null, false, false);
    }
  }
}
