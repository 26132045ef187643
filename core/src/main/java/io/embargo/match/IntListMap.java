package io.embargo.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Build-time multimap from a string key to int ids, frozen into sorted, de-duplicated {@code int[]} postings.
 * Not thread-safe while building; the frozen map is read-only.
 */
final class IntListMap {
  private static final int[] EMPTY = new int[0];
  private final Map<String, int[]> building = new HashMap<>();

  void add(String key, int id) {
    int[] cur = building.get(key);
    if (cur == null) {
      cur = new int[] {1, id, 0, 0};
      building.put(key, cur);
      return;
    }
    int size = cur[0];
    if (cur[size] == id) {
      return;
    }
    if (size + 1 >= cur.length) {
      cur = Arrays.copyOf(cur, cur.length * 2);
      building.put(key, cur);
    }
    cur[size + 1] = id;
    cur[0] = size + 1;
  }

  /** The frozen postings: each array sorted and without repeats. */
  Map<String, int[]> freeze() {
    Map<String, int[]> out = new HashMap<>(building.size() * 4 / 3 + 1);
    for (Map.Entry<String, int[]> e : building.entrySet()) {
      int[] cur = e.getValue();
      int[] ids = Arrays.copyOfRange(cur, 1, cur[0] + 1);
      Arrays.sort(ids);
      int w = 0;
      for (int i = 0; i < ids.length; i++) {
        if (i == 0 || ids[i] != ids[i - 1]) {
          ids[w++] = ids[i];
        }
      }
      out.put(e.getKey(), w == ids.length ? ids : Arrays.copyOf(ids, w));
    }
    building.clear();
    return out;
  }

  static int[] empty() {
    return EMPTY;
  }
}
