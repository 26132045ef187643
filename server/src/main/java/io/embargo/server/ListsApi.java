package io.embargo.server;

import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.embargo.store.FieldChange;
import io.embargo.store.ListDiff;
import io.embargo.store.ListStore;
import io.embargo.store.VersionDetails;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /v1/lists…} and {@code /v1/entries…}: the list versions in force, every stored version, the diff
 * between two versions, and single entries. Without a list store only the versions in the current screener
 * are known and diffs are unavailable (501). Thread-safe.
 */
final class ListsApi {
  record ListView(String list, String title, Views.VersionView current, Integer versions) {}

  record StoredVersionView(String list, long version, String label, String sha256, LocalDate published,
      java.time.Instant importedAt, int entries, String format, List<String> sourceFiles, String importedBy,
      LocalDate effective) {
    static StoredVersionView of(VersionDetails d) {
      ListVersionRef v = d.ref();
      return new StoredVersionView(v.list().code(), v.version(), v.label(), v.sha256(), v.published(), v.importedAt(),
          v.entries(), d.format(), d.sourceFiles(), d.importedBy(), d.effective());
    }
  }

  record EntrySummary(String id, String name, String type, List<String> programs) {
    static EntrySummary of(ListEntry e) {
      return new EntrySummary(e.sourceId(), e.name(), e.type().code(), e.programs());
    }
  }

  record ChangeView(String id, String name, List<FieldChange> fields) {}

  record DiffView(String list, Views.VersionView from, Views.VersionView to, int addedCount, int removedCount,
      int changedCount, List<EntrySummary> added, List<EntrySummary> removed, List<ChangeView> changed) {
    static DiffView of(ListDiff d) {
      return new DiffView(d.to().list().code(), Views.VersionView.of(d.from()), Views.VersionView.of(d.to()),
          d.added().size(), d.removed().size(), d.changed().size(),
          d.added().stream().map(EntrySummary::of).toList(), d.removed().stream().map(EntrySummary::of).toList(),
          d.changed().stream().map(c -> new ChangeView(c.after().sourceId(), c.after().name(), c.fields())).toList());
    }
  }

  private final ScreenerProvider screeners;
  private final ListStore store;

  /** @param store the list store, or null when the server has none */
  ListsApi(ScreenerProvider screeners, ListStore store) {
    this.screeners = screeners;
    this.store = store;
  }

  void lists(Context ctx) {
    ctx.json(screeners.current().listVersions().stream()
        .map(v -> new ListView(v.list().code(), v.list().title(), Views.VersionView.of(v),
            store == null ? null : store.versions(v.list()).size()))
        .toList());
  }

  void versions(Context ctx) {
    ListId list = list(ctx);
    if (store == null) {
      ctx.json(screeners.current().listVersions().stream().filter(v -> v.list() == list)
          .map(Views.VersionView::of).toList());
      return;
    }
    ctx.json(store.details(list).stream().map(StoredVersionView::of).toList());
  }

  void diff(Context ctx) {
    ListId list = list(ctx);
    if (store == null) {
      throw new ApiException(501, "not_implemented", "diff: this server keeps no list history");
    }
    List<ListVersionRef> versions = store.versions(list);
    if (versions.isEmpty()) {
      throw ApiException.notFound("list: no version of " + list.code() + " is stored");
    }
    long to = longParam(ctx, "to", versions.stream().mapToLong(ListVersionRef::version).max().orElseThrow());
    long from = longParam(ctx, "from", versions.stream().mapToLong(ListVersionRef::version).filter(v -> v < to)
        .max().orElse(to));
    try {
      ctx.json(DiffView.of(store.diff(list, from, to)));
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound((e.getMessage().contains(Long.toString(from)) ? "from: " : "to: ") + e.getMessage());
    }
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

  private static long longParam(Context ctx, String name, long dflt) {
    String s = ctx.queryParam(name);
    if (s == null || s.isBlank()) {
      return dflt;
    }
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": not a version number: '" + s + "'");
    }
  }

  static List<ListVersionRef> current(ScreenerProvider p) {
    return p.current().listVersions();
  }
}
