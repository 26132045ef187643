package io.embargo.store;

import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Field-by-field comparison of two versions of one entry, over the record components of {@link ListEntry}
 * (so a field added to the model is diffed without touching this class).
 */
final class EntryDiffer {
  private static final RecordComponent[] FIELDS = ListEntry.class.getRecordComponents();

  private EntryDiffer() {}

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
      return a.name() + (a.quality() == AliasQuality.STRONG ? "" : " (" + a.quality().name().toLowerCase(java.util.Locale.ROOT) + ")");
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
