package io.embargo.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server's one JSON mapper (Jackson 3; nulls omitted; ISO dates) and request-body parsing. */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder()
      .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();

  private Json() {}

  /** The request body as a JSON tree. @throws ApiException naming the position when it is not JSON */
  static JsonNode body(Context ctx) {
    byte[] b = ctx.bodyAsBytes();
    Long max = ctx.attribute(Guard.MAX_BODY_ATTR);
    if (max != null && b.length > max) {
      throw new ApiException(413, "body_too_large", "request body: " + b.length + " bytes, at most " + max);
    }
    if (b.length == 0) {
      throw ApiException.badRequest("body: a JSON object is required");
    }
    try {
      return MAPPER.readTree(b);
    } catch (JacksonException e) {
      String loc = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw ApiException.badRequest("body: not valid JSON" + loc);
    }
  }
}
