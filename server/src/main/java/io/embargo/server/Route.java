package io.embargo.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One row of the route table: method, path (Javalin/OpenAPI style, {@code {id}} parameters), who may call it,
 * the largest body it accepts, whether it is a web page (unauthenticated visits redirect to the login page)
 * and its handler.
 */
record Route(HandlerType method, String path, Access access, long maxBody, boolean page, Handler handler) {

  boolean changesState() {
    return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.DELETE
        || method == HandlerType.PATCH;
  }

  String id() {
    return method + " " + path;
  }
}
