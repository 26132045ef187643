package io.embargo.server;

import io.embargo.store.Actor;
import io.embargo.store.Role;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Web login and logout. Login takes JSON only (a cross-site HTML form cannot send it), answers with the same
 * message for an unknown user and a wrong password, and sets the session cookie HttpOnly, SameSite=Strict.
 */
final class AuthApi {
  record SessionView(String user, List<String> roles, String csrf) {
    static SessionView of(Actor a, String csrf) {
      return new SessionView(a.name(), a.roles().stream().map(Role::code).sorted().toList(), csrf);
    }
  }

  private final Authenticator auth;
  private final Sessions sessions;
  private final ServerConfig config;

  AuthApi(Authenticator auth, Sessions sessions, ServerConfig config) {
    this.auth = auth;
    this.sessions = sessions;
    this.config = config;
  }

  void login(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "unsupported_media_type", "Content-Type: must be application/json");
    }
    JsonNode b = Json.body(ctx);
    String user = QueryJson.text(b, "username", "");
    String pw = QueryJson.text(b, "password", "");
    if (user == null || user.isBlank()) {
      throw ApiException.badRequest("username: required");
    }
    if (pw == null || pw.isEmpty()) {
      throw ApiException.badRequest("password: required");
    }
    char[] chars = pw.toCharArray();
    Optional<Actor> actor;
    try {
      actor = auth.password(user, chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
    if (actor.isEmpty()) {
      throw new ApiException(401, "bad_credentials", "username or password: wrong user name or password");
    }
    sessions.end(ctx.cookie(Guard.SESSION_COOKIE)); // no session fixation
    Sessions.Session s = sessions.create(actor.get());
    Cookie c = new Cookie(Guard.SESSION_COOKIE, s.id(), "/", (int) config.sessionMax().toSeconds(),
        config.secureCookies(), true, null, SameSite.STRICT);
    ctx.cookie(c);
    ctx.json(SessionView.of(actor.get(), s.csrf()));
  }

  void logout(Context ctx) {
    sessions.end(ctx.cookie(Guard.SESSION_COOKIE));
    ctx.removeCookie(Guard.SESSION_COOKIE, "/");
    ctx.status(204);
  }

  void session(Context ctx) {
    Actor a = Guard.actor(ctx);
    ctx.json(SessionView.of(a, Guard.session(ctx).map(Sessions.Session::csrf).orElse(null)));
  }
}
