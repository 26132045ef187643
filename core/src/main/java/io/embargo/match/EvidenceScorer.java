package io.embargo.match;

import io.embargo.model.Address;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secondary evidence: how a query's type, country, date of birth, identifiers and address move a hit's
 * score. Agreement raises it a little, conflict lowers it, missing data on either side is neutral, and an
 * exact identifier match is decisive. Stateless and thread-safe.
 */
final class EvidenceScorer {
  static final double TYPE_CONFLICT = -0.2;
  static final double TYPE_MINOR_CONFLICT = -0.12;
  static final double COUNTRY_MATCH = 0.04;
  static final double COUNTRY_CONFLICT = -0.04;
  static final double DOB_MATCH = 0.05;
  static final double DOB_NEAR = -0.03;
  static final double DOB_CONFLICT = -0.15;
  static final double ADDRESS_WORD = 0.02;
  static final double ADDRESS_MAX = 0.05;

  private EvidenceScorer() {}

  /**
   * The most this query's fields can raise a name score (country, date of birth, address it actually has): a
   * name that stays below the threshold even with it need not be evaluated. Identifiers are handled apart.
   */
  static double maxRaise(Query q) {
    return (q.country() != null ? COUNTRY_MATCH : 0) + (q.dob() != null ? DOB_MATCH : 0)
        + (q.address() != null ? ADDRESS_MAX : 0);
  }

  static List<Evidence> evaluate(Query q, ListEntry e) {
    List<Evidence> out = new ArrayList<>(4);
    type(q, e, out);
    country(q, e, out);
    dob(q, e, out);
    identifiers(q, e, out);
    address(q, e, out);
    return out;
  }

  static double total(List<Evidence> ev) {
    double t = 0;
    for (Evidence x : ev) {
      t += x.effect();
    }
    return t;
  }

  /** True when an identifier matched exactly: the hit is then certain whatever the name says. */
  static boolean decisive(List<Evidence> ev) {
    for (Evidence x : ev) {
      if (x.field().equals("identifier") && x.effect() >= 1.0) {
        return true;
      }
    }
    return false;
  }

  private static void type(Query q, ListEntry e, List<Evidence> out) {
    if (q.type() == PartyType.UNKNOWN || e.type() == PartyType.UNKNOWN) {
      return;
    }
    if (q.type() == e.type()) {
      out.add(new Evidence("type", q.type().code(), e.type().code(), 0, "same party type"));
    } else if (q.type() == PartyType.PERSON || e.type() == PartyType.PERSON) {
      out.add(new Evidence("type", q.type().code(), e.type().code(), TYPE_CONFLICT,
          "party type " + q.type().code() + " conflicts with " + e.type().code()));
    } else {
      out.add(new Evidence("type", q.type().code(), e.type().code(), TYPE_MINOR_CONFLICT,
          "party type " + q.type().code() + " differs from " + e.type().code()));
    }
  }

  private static void country(Query q, ListEntry e, List<Evidence> out) {
    if (q.country() == null) {
      return;
    }
    List<String> cs = e.countries();
    if (cs.isEmpty()) {
      return;
    }
    if (cs.contains(q.country())) {
      out.add(new Evidence("country", q.country(), q.country(), COUNTRY_MATCH, "country matches"));
    } else {
      out.add(new Evidence("country", q.country(), String.join(",", cs), COUNTRY_CONFLICT,
          "country " + q.country() + " not among " + String.join(", ", cs)));
    }
  }

  private static void dob(Query q, ListEntry e, List<Evidence> out) {
    if (q.dob() == null || e.datesOfBirth().isEmpty()) {
      return;
    }
    int best = Integer.MAX_VALUE;
    DateOfBirth closest = null;
    for (DateOfBirth d : e.datesOfBirth()) {
      int y = q.dob().yearsApart(d);
      if (y < best) {
        best = y;
        closest = d;
      }
    }
    if (best == 0) {
      out.add(new Evidence("dob", q.dob().toString(), closest.toString(), DOB_MATCH, "date of birth matches"));
    } else {
      out.add(new Evidence("dob", q.dob().toString(), closest.toString(), best == 1 ? DOB_NEAR : DOB_CONFLICT,
          "date of birth " + q.dob() + " conflicts with " + closest));
    }
  }

  /**
   * The number as compared: letters and digits only, upper case, without a leading copy of its own type
   * ("IMO 9116412" with type IMO is 9116412).
   */
  static String bareNumber(Identifier id) {
    String n = id.normalizedNumber();
    if (id.type() != null) {
      String t = new Identifier(null, id.type().isBlank() ? "-" : id.type(), null).normalizedNumber();
      if (!t.isEmpty() && n.startsWith(t) && n.length() > t.length()) {
        n = n.substring(t.length());
      }
    }
    if (n.startsWith("IMO") && n.length() == 10) {
      n = n.substring(3);
    }
    return n;
  }

  private static void identifiers(Query q, ListEntry e, List<Evidence> out) {
    for (Identifier qi : q.identifiers()) {
      String n = bareNumber(qi);
      for (Identifier li : e.identifiers()) {
        if (n.length() >= 4 && n.equals(bareNumber(li))) {
          out.add(new Evidence("identifier", qi.number(), (li.type() == null ? "" : li.type() + " ") + li.number(),
              1.0, "identifier matches exactly"));
          return;
        }
      }
    }
  }

  private static void address(Query q, ListEntry e, List<Evidence> out) {
    if (q.address() == null || e.addresses().isEmpty()) {
      return;
    }
    Set<String> listed = new HashSet<>();
    for (Address a : e.addresses()) {
      listed.addAll(words(a.oneLine()));
    }
    double effect = 0;
    List<String> common = new ArrayList<>();
    for (String w : words(q.address())) {
      if (listed.contains(w) && effect < ADDRESS_MAX) {
        effect = Math.min(ADDRESS_MAX, effect + ADDRESS_WORD);
        common.add(w);
      }
    }
    if (effect > 0) {
      out.add(new Evidence("address", q.address(), String.join(" ", common), effect,
          "address shares " + String.join(", ", common)));
    }
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (Tokenizer.Word w : Tokenizer.split(UnicodeFold.fold(s))) {
      if (w.text().length() >= 3) {
        out.add(w.text().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
