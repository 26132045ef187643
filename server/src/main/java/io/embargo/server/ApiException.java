package io.embargo.server;

/**
 * A request that cannot be served, with the HTTP status, a stable machine-readable code and a message that
 * names the field at fault. Rendered as {@code {"error":{"code":…,"message":…}}}.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "invalid_request", message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  static ApiException unauthenticated() {
    return new ApiException(401, "unauthenticated", "authentication required: log in or send Authorization: Bearer <api key>");
  }

  static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", message);
  }

  static ApiException unavailable(String feature) {
    return new ApiException(503, "unavailable", feature + " is not available in this server");
  }
}
