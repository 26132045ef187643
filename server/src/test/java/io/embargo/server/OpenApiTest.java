package io.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.store.Role;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI document documents every route of the table, with the same roles. */
class OpenApiTest {
  @Test
  void everyRouteIsDocumentedWithItsRoles() throws Exception {
    try (TestStore t = new TestStore()) {
      EmbargoServer server = t.server;
      Http.Response r = t.http.get("/openapi.json", t.key("aud"));
      assertThat(r.status()).isEqualTo(200);
      JsonNode doc = r.json();
      assertThat(doc.path("openapi").asString()).startsWith("3.");
      int documented = 0;
      for (Route route : server.routes()) {
        JsonNode op = doc.path("paths").path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT));
        assertThat(op.isMissingNode()).as(route.id() + " missing from openapi.json").isFalse();
        TreeSet<String> roles = new TreeSet<>();
        op.path("x-roles").forEach(n -> roles.add(n.asString()));
        TreeSet<String> expected = new TreeSet<>();
        if (route.access().isPublic()) {
          expected.add("public");
        } else {
          route.access().roles().stream().map(Role::code).forEach(expected::add);
        }
        assertThat(roles).as(route.id() + " x-roles").isEqualTo(expected);
        documented++;
      }
      // and nothing documented that does not exist
      int ops = 0;
      for (var p : doc.path("paths").properties()) {
        ops += p.getValue().size();
      }
      assertThat(ops).isEqualTo(documented);
    }
  }
}
