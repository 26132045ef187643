package io.embargo.server;

import io.embargo.match.Screener;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code /v1/lists…} and {@code /v1/entries…}: which list versions are loaded, their history and diffs, and
 * single entries. Thread-safe.
 */
final class ListsApi {
  record ListView(String list, String title, Views.VersionView current) {}

  private final ScreenerProvider screeners;

  ListsApi(ScreenerProvider screeners) {
    this.screeners = screeners;
  }

  void lists(Context ctx) {
    List<ListView> out = screeners.current().listVersions().stream()
        .map(v -> new ListView(v.list().code(), v.list().title(), Views.VersionView.of(v))).toList();
    ctx.json(out);
  }

  void versions(Context ctx) {
    ListId list = list(ctx);
    List<Views.VersionView> out = screeners.current().listVersions().stream().filter(v -> v.list() == list)
        .map(Views.VersionView::of).toList();
    ctx.json(out);
  }

  void diff(Context ctx) {
    list(ctx);
    throw new ApiException(501, "not_implemented", "diff: this server keeps no list history");
  }

  void entry(Context ctx) {
    ListId list = list(ctx);
    String id = ctx.pathParam("id");
    Screener s = screeners.current();
    ctx.json(Views.EntryView.of(s.entry(list.code() + ":" + id)
        .orElseThrow(() -> ApiException.notFound("id: no entry '" + id + "' in " + list.code()))));
  }

  static ListId list(Context ctx) {
    try {
      return ListId.fromCode(ctx.pathParam("list"));
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("list: " + e.getMessage());
    }
  }

  static List<ListVersionRef> current(ScreenerProvider p) {
    return p.current().listVersions();
  }
}
