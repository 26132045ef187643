package io.embargo.match;

import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Cross-list record linking: organisations on different lists (or twice on one) that share a full name of
 * two or more core words are the same party, so each gets the other's names. This is how "Pozitiv
 * Teknolodzhiz" (an SDN and Entity List alias) finds the Entity List row that only says "Positive
 * Technologies": translation and transliteration share no letters, but the lists link them. Persons are never
 * linked (namesakes are common); groups larger than {@link #MAX_GROUP} are ignored as generic.
 */
final class EntryLinker {
  static final int MAX_GROUP = 6;

  private EntryLinker() {}

  /**
   * @param nameCount names collected so far
   * @param entryOf entry of a name
   * @param tokensOf tokens of a name, or null when it may not link
   * @param addLinked called with (target entry, name) for each name to copy to a linked entry
   */
  static void link(List<ListEntry> entries, int nameCount, IntUnaryOperator entryOf,
      IntFunction<List<NameToken>> tokensOf, BiConsumer<Integer, Integer> addLinked) {
    int[] parent = new int[entries.size()];
    Arrays.setAll(parent, i -> i);
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int n = 0; n < nameCount; n++) {
      int e = entryOf.applyAsInt(n);
      List<NameToken> tokens = tokensOf.apply(n);
      if (tokens == null || entries.get(e).type() == PartyType.PERSON) {
        continue;
      }
      String key = key(tokens);
      if (key == null) {
        continue;
      }
      Integer other = firstByKey.putIfAbsent(key, e);
      if (other != null && other != e) {
        union(parent, other, e);
      }
    }
    int[] size = new int[parent.length];
    for (int e = 0; e < parent.length; e++) {
      size[find(parent, e)]++;
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int e = 0; e < parent.length; e++) {
      if (size[find(parent, e)] >= 2) {
        groups.computeIfAbsent(find(parent, e), k -> new ArrayList<>()).add(e);
      }
    }
    Map<Integer, List<Integer>> namesOf = new HashMap<>();
    for (int n = 0; n < nameCount; n++) {
      int e = entryOf.applyAsInt(n);
      int root = find(parent, e);
      if (tokensOf.apply(n) != null && groups.containsKey(root)) {
        namesOf.computeIfAbsent(e, k -> new ArrayList<>()).add(n);
      }
    }
    for (List<Integer> g : groups.values()) {
      if (g.size() < 2 || g.size() > MAX_GROUP) {
        continue;
      }
      for (int target : g) {
        for (int source : g) {
          if (source != target) {
            for (int n : namesOf.getOrDefault(source, List.of())) {
              addLinked.accept(target, n);
            }
          }
        }
      }
    }
  }

  /**
   * Sorted core and generic words ("positive technologies"), or null when there are fewer than two or none is
   * a core word.
   */
  private static String key(List<NameToken> tokens) {
    TreeSet<String> words = new TreeSet<>();
    boolean core = false;
    for (NameToken t : tokens) {
      if ((t.kind() == TokenKind.CORE || t.kind() == TokenKind.ORG_NOISE) && t.text().length() > 1) {
        words.add(t.text());
        core |= t.kind() == TokenKind.CORE;
      }
    }
    return words.size() < 2 || !core ? null : String.join(" ", words);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
