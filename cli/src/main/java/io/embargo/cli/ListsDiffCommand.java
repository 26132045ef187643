package io.embargo.cli;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.embargo.store.Database;
import io.embargo.store.EntryChange;
import io.embargo.store.FieldChange;
import io.embargo.store.ListDiff;
import io.embargo.store.ListStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code embargo lists diff LIST}: entries added, removed and changed between two versions. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Show entries added, removed and changed (field by field) between two versions of a list.")
final class ListsDiffCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions global;

  @Parameters(index = "0", paramLabel = "LIST", description = "List code, e.g. ofac-sdn.")
  String list;

  @Option(names = "--from", description = "Older version (default: the one before --to).")
  Long from;

  @Option(names = "--to", description = "Newer version (default: the latest).")
  Long to;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public void run() {
    ListId id = ListId.fromCode(list);
    try (Database db = global.openDatabase()) {
      ListStore store = new ListStore(db);
      List<ListVersionRef> versions = store.versions(id);
      if (versions.size() < 2 && (from == null || to == null)) {
        throw new IllegalArgumentException("LIST: " + id.code() + " has " + versions.size()
            + " version(s); a diff needs two");
      }
      long t = to != null ? to : versions.get(versions.size() - 1).version();
      long f = from != null ? from : t - 1;
      ListDiff d = store.diff(id, f, t);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(d)));
      } else {
        printText(out, d);
      }
      out.flush();
    }
  }

  private static void printText(PrintWriter out, ListDiff d) {
    out.printf(Locale.ROOT, "%s -> %s: %d added, %d removed, %d changed%n", d.from().label(), d.to().label(),
        d.added().size(), d.removed().size(), d.changed().size());
    for (ListEntry e : d.added()) {
      out.printf(Locale.ROOT, "+ %s  %s%n", e.sourceId(), e.name());
    }
    for (ListEntry e : d.removed()) {
      out.printf(Locale.ROOT, "- %s  %s%n", e.sourceId(), e.name());
    }
    for (EntryChange c : d.changed()) {
      out.printf(Locale.ROOT, "~ %s  %s%n", c.after().sourceId(), c.after().name());
      for (FieldChange f : c.fields()) {
        for (String v : f.removed()) {
          out.printf(Locale.ROOT, "    %s - %s%n", f.field(), v);
        }
        for (String v : f.added()) {
          out.printf(Locale.ROOT, "    %s + %s%n", f.field(), v);
        }
      }
    }
  }

  private static Map<String, Object> toJson(ListDiff d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("list", d.to().list().code());
    m.put("from", d.from().version());
    m.put("to", d.to().version());
    m.put("added", d.added().stream().map(ListsDiffCommand::brief).toList());
    m.put("removed", d.removed().stream().map(ListsDiffCommand::brief).toList());
    List<Map<String, Object>> changed = new ArrayList<>();
    for (EntryChange c : d.changed()) {
      Map<String, Object> e = brief(c.after());
      e.put("changes", c.fields());
      changed.add(e);
    }
    m.put("changed", changed);
    return m;
  }

  private static Map<String, Object> brief(ListEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sourceId", e.sourceId());
    m.put("name", e.name());
    m.put("type", e.type().code());
    return m;
  }
}
