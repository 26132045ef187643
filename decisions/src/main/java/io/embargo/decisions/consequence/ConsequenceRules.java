package io.embargo.decisions.consequence;

import io.embargo.decisions.internal.DataFiles;
import io.embargo.model.ListEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * The consequences of a listing per list, as data ({@code consequences.json}, with legal citations): Entity
 * List licence requirement and review policy, Denied Persons denial, UVL statement, SDN blocking, non-SDN
 * program restrictions, UN/EU/UK asset freezes.
 *
 * <p>Thread-safe; the rules never change after loading, and the consequences it returns are immutable (a
 * memo of computed consequences is its only mutable state). Entries are matched by CSL source program first (so a CSL row of the
 * Entity List is treated as the Entity List), then by list, then by program; a fallback rule catches the
 * rest.
 */
public final class ConsequenceRules {
  private final String version;
  private final List<ConsequenceRule> rules;
  private static final int MEMO_LIMIT = 100_000;
  private final Map<Same, Consequence> memo = new ConcurrentHashMap<>();

  private ConsequenceRules(String version, List<ConsequenceRule> rules) {
    this.version = version;
    this.rules = List.copyOf(rules);
  }

  /**
   * The bundled rules.
   *
   * @throws IllegalStateException naming the field when the bundled file is malformed
   */
  public static ConsequenceRules load() {
    String file = "consequences.json";
    JsonNode root = DataFiles.bundled(file);
    List<ConsequenceRule> rules = new ArrayList<>();
    int i = 0;
    boolean fallback = false;
    for (JsonNode r : root.path("rules").values()) {
      String where = file + ": rules[" + i++ + "]";
      List<Pattern> patterns = new ArrayList<>();
      for (String p : DataFiles.strings(r, "programPatterns", where)) {
        try {
          patterns.add(Pattern.compile(p));
        } catch (PatternSyntaxException e) {
          throw new IllegalStateException(where + ".programPatterns: bad pattern '" + p + "'", e);
        }
      }
      boolean fb = r.path("fallback").asBoolean(false);
      fallback |= fb;
      rules.add(new ConsequenceRule(DataFiles.text(r, "id", where), DataFiles.text(r, "title", where),
          r.path("blocking").asBoolean(false), DataFiles.optText(r, "ownershipRule"),
          upper(DataFiles.strings(r, "lists", where), false), upper(DataFiles.strings(r, "sourcePrograms", where), true),
          patterns, fb, DataFiles.text(r, "citation", where), r.path("verified").asBoolean(false),
          DataFiles.strings(r, "effects", where)));
    }
    if (!fallback) {
      throw new IllegalStateException(file + ": no rule has \"fallback\": true");
    }
    return new ConsequenceRules(DataFiles.text(root, "version", file), rules);
  }

  private static Set<String> upper(List<String> s, boolean upper) {
    Set<String> out = new HashSet<>();
    for (String v : s) {
      out.add(upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * What listing on {@code entry} means. Never null: unknown lists get the fallback rule.
   *
   * <p>Memoised per entry object: a batch asks again for every hit on the same entry, and matching the
   * rules means regular expressions over the entry's programs. The memo holds at most {@value #MEMO_LIMIT}
   * entries and starts afresh beyond that, so entries of replaced list versions do not pile up in a server.
   */
  public Consequence of(ListEntry entry) {
    Same key = new Same(entry);
    Consequence c = memo.get(key);
    if (c == null) {
      c = compute(entry);
      if (memo.size() >= MEMO_LIMIT) {
        memo.clear();
      }
      memo.put(key, c);
    }
    return c;
  }

  /** A list entry compared by identity: its record equality would hash every name and address. */
  private record Same(ListEntry entry) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same s && s.entry == entry;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(entry);
    }
  }

  private Consequence compute(ListEntry entry) {
    for (ConsequenceRule r : rules) {
      if (r.matches(entry)) {
        return r.render(entry);
      }
    }
    throw new IllegalStateException("no fallback rule"); // unreachable: load() requires one
  }

  /** Version label of the rule data, recorded with decisions. */
  public String version() {
    return version;
  }
}
