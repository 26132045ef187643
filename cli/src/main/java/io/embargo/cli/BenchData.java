package io.embargo.cli;

import io.embargo.match.Query;
import io.embargo.model.Alias;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark inputs made from the real lists: perturbed list names (typos, dropped words, swapped order, case),
 * ordinary names recombined from real name parts, and synthetic entries for the scale run. Deterministic for a
 * seed. Not thread-safe.
 */
final class BenchData {
  private static final String[] LEGAL = {"LLC", "Ltd", "JSC", "Co.", "GmbH", "S.A.", "Limited", "Inc."};
  private final List<ListEntry> entries;
  private final List<String> personParts = new ArrayList<>();
  private final List<String> orgParts = new ArrayList<>();
  private final Random random;

  BenchData(List<ListEntry> entries, long seed) {
    this.entries = entries;
    this.random = new Random(seed);
    for (ListEntry e : entries) {
      for (String w : e.name().split("[\\s,]+")) {
        if (w.length() >= 3 && w.chars().allMatch(Character::isLetter)) {
          (e.type() == PartyType.PERSON ? personParts : orgParts).add(w);
        }
      }
    }
  }

  /** Half perturbed list names, half ordinary names recombined from real name parts. */
  List<Query> queries(int n) {
    List<Query> out = new ArrayList<>(n);
    int i = 0;
    while (out.size() < n) {
      String name = i++ % 2 == 0 ? perturb(entries.get(random.nextInt(entries.size())).name()) : ordinary();
      try {
        out.add(Query.of(name));
      } catch (IllegalArgumentException e) {
        // a list name with a stray control character: not a query anyone would type; take another
      }
    }
    return out;
  }

  /** {@code n} synthetic entries: persons of 2–3 real person-name parts, organisations of 1–3 real words. */
  List<ListEntry> synthetic(int n) {
    List<ListEntry> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean person = random.nextBoolean();
      String name = person ? join(personParts, 2 + random.nextInt(2))
          : join(orgParts, 1 + random.nextInt(3)) + " " + LEGAL[random.nextInt(LEGAL.length)];
      ListEntry.Builder b = ListEntry.builder(ListId.OPENSANCTIONS, "syn-" + i)
          .type(person ? PartyType.PERSON : PartyType.ORGANIZATION).name(name);
      if (random.nextInt(4) == 0) {
        b.alias(Alias.strong(person ? join(personParts, 2) : join(orgParts, 2)));
      }
      out.add(b.build());
    }
    return out;
  }

  private String ordinary() {
    return random.nextBoolean() ? join(personParts, 2) : join(orgParts, 2) + " " + LEGAL[random.nextInt(LEGAL.length)];
  }

  private String join(List<String> parts, int k) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < k; i++) {
      sb.append(i == 0 ? "" : " ").append(parts.get(random.nextInt(parts.size())));
    }
    return sb.toString();
  }

  private String perturb(String name) {
    String[] w = name.trim().split("\\s+");
    switch (random.nextInt(4)) {
      case 0: {
        int i = random.nextInt(w.length);
        if (w[i].length() >= 4) {
          int p = 1 + random.nextInt(w[i].length() - 2);
          w[i] = w[i].substring(0, p) + w[i].substring(p + 1);
        }
        return String.join(" ", w);
      }
      case 1:
        if (w.length >= 3) {
          List<String> l = new ArrayList<>(List.of(w));
          l.remove(1);
          return String.join(" ", l);
        }
        return name.toLowerCase(java.util.Locale.ROOT);
      case 2:
        if (w.length >= 2) {
          String t = w[0];
          w[0] = w[w.length - 1];
          w[w.length - 1] = t;
        }
        return String.join(" ", w);
      default:
        return name.toLowerCase(java.util.Locale.ROOT);
    }
  }
}
