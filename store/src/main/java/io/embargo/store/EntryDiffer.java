package io.embargo.store;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.ListVersionRef;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Field-by-field comparison of two versions of one entry, over the record components of {@link ListEntry}
 * (so a field added to the model is diffed without touching this class).
 */
final class EntryDiffer {
  private static final RecordComponent[] FIELDS = ListEntry.class.getRecordComponents();

  private EntryDiffer() {}

  /** Added, removed and changed entries between two versions' entries, matched by source id. */
  static ListDiff diff(ListVersionRef from, List<ListEntry> fromEntries, ListVersionRef to, List<ListEntry> toEntries) {
    Map<String, ListEntry> before = bySourceId(fromEntries);
    Map<String, ListEntry> after = bySourceId(toEntries);
    List<ListEntry> added = new ArrayList<>();
    List<EntryChange> changed = new ArrayList<>();
    for (ListEntry a : after.values()) {
      ListEntry b = before.get(a.sourceId());
      if (b == null) {
        added.add(a);
      } else if (!b.contentHash().equals(a.contentHash())) {
        changed.add(new EntryChange(b, a, diff(b, a)));
      }
    }
    List<ListEntry> removed = before.values().stream().filter(b -> !after.containsKey(b.sourceId())).toList();
    return new ListDiff(from, to, added, removed, changed);
  }

  private static Map<String, ListEntry> bySourceId(List<ListEntry> entries) {
    Map<String, ListEntry> m = new LinkedHashMap<>();
    for (ListEntry e : entries) {
      m.putIfAbsent(e.sourceId(), e);
    }
    return m;
  }

  static List<FieldChange> diff(ListEntry before, ListEntry after) {
    List<FieldChange> out = new ArrayList<>();
    for (RecordComponent c : FIELDS) {
      Object a = value(c, before);
      Object b = value(c, after);
      if (Objects.equals(a, b)) {
        continue;
      }
      if (a instanceof Collection<?> ca && b instanceof Collection<?> cb) {
        out.add(new FieldChange(c.getName(), minus(cb, ca), minus(ca, cb)));
      } else {
        out.add(new FieldChange(c.getName(), text(b), text(a)));
      }
    }
    return out;
  }

  private static Object value(RecordComponent c, ListEntry e) {
    try {
      return c.getAccessor().invoke(e);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException("cannot read field " + c.getName(), ex);
    }
  }

  private static List<String> minus(Collection<?> a, Collection<?> b) {
    Set<String> out = new LinkedHashSet<>();
    for (Object o : a) {
      if (!b.contains(o)) {
        out.add(render(o));
      }
    }
    return List.copyOf(out);
  }

  private static List<String> text(Object o) {
    return o == null ? List.of() : List.of(render(o));
  }

  /** Readable text of one value: an alias by its name (and quality when not strong), an address on one line. */
  static String render(Object o) {
    if (o instanceof Alias a) {
      return a.name() + (a.quality() == AliasQuality.STRONG ? "" : " (" + a.quality().name().toLowerCase(Locale.ROOT) + ")");
    }
    if (o instanceof Address a) {
      return a.oneLine();
    }
    if (o instanceof Identifier i) {
      return (i.type() == null ? "" : i.type() + " ") + i.number() + (i.country() == null ? "" : " (" + i.country() + ")");
    }
    return String.valueOf(o);
  }
}
