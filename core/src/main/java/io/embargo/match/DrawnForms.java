package io.embargo.match;

import java.util.Arrays;

/**
 * The forms one query has drawn, with their accumulated weights and the stamp of the last word that reached
 * each: a dense list, and a map from form id to position in the list. A postings walk asks "drawn yet?" of every
 * posting, so that answer must come from cache. Up to {@link #DIRECT_LIMIT} forms the map is one int per form
 * (at most 1 MB); beyond, an open-addressing table sized to the forms drawn (a few thousand, usually), because
 * one int per form of a million-name index spreads the walk over megabytes. In pinned single-core runs at
 * 1,000,000 entries the table was faster than a direct array (by 4–35% across noisy pairs), and at 26,497 the
 * direct array about 5% faster than the table. Owned by one thread; {@link #clear} between queries.
 */
final class DrawnForms {
  static final int DIRECT_LIMIT = 1 << 18;
  /** Form id, form weight, accumulated weight and last word stamp of each drawn form, in drawing order. */
  int[] forms = new int[1024];
  float[] weight = new float[1024];
  float[] acc = new float[1024];
  int[] stamp = new int[1024];
  int count;
  /** Direct map: position + 1 of each form of the index, 0 when not drawn; null for large indexes. */
  private final int[] positionOf;
  /** Table map: entries {@code (form + 1) << 32 | position}, 0 when empty, at most half full. */
  private long[] table;
  private int[] slotOf;

  DrawnForms(int indexForms) {
    positionOf = indexForms <= DIRECT_LIMIT ? new int[indexForms] : null;
    if (positionOf == null) {
      table = new long[4096];
      slotOf = new int[forms.length];
    }
  }

  /** Position of form {@code f} in the list, or -1 when not drawn. */
  int indexOf(int f) {
    if (positionOf != null) {
      return positionOf[f] - 1;
    }
    long key = (long) (f + 1) << 32;
    int mask = table.length - 1;
    for (int h = hash(f) & mask; ; h = (h + 1) & mask) {
      long e = table[h];
      if (e == 0) {
        return -1;
      }
      if ((e & 0xFFFFFFFF00000000L) == key) {
        return (int) e;
      }
    }
  }

  /**
   * Draws form {@code f}, which must not be drawn yet, with accumulated weight 0 and form weight {@code w};
   * returns its position.
   */
  int draw(int f, float w) {
    if (count == forms.length) {
      int n = 2 * count;
      forms = Arrays.copyOf(forms, n);
      weight = Arrays.copyOf(weight, n);
      acc = Arrays.copyOf(acc, n);
      stamp = Arrays.copyOf(stamp, n);
      if (slotOf != null) {
        slotOf = Arrays.copyOf(slotOf, n);
      }
    }
    int k = count++;
    forms[k] = f;
    weight[k] = w;
    acc[k] = 0;
    stamp[k] = 0;
    if (positionOf != null) {
      positionOf[f] = k + 1;
    } else {
      if (2 * count > table.length) {
        rehash(2 * table.length);
      } else {
        place(f, k);
      }
    }
    return k;
  }

  /** Forgets every drawn form. */
  void clear() {
    for (int k = 0; k < count; k++) {
      if (positionOf != null) {
        positionOf[forms[k]] = 0;
      } else {
        table[slotOf[k]] = 0;
      }
    }
    count = 0;
  }

  private void place(int f, int k) {
    int mask = table.length - 1;
    int h = hash(f) & mask;
    while (table[h] != 0) {
      h = (h + 1) & mask;
    }
    table[h] = (long) (f + 1) << 32 | k;
    slotOf[k] = h;
  }

  /** Rebuilds the table at {@code size} slots with every drawn form, the newest included. */
  private void rehash(int size) {
    table = new long[size];
    for (int k = 0; k < count; k++) {
      place(forms[k], k);
    }
  }

  private static int hash(int f) {
    return f * 0x9E3779B1 >>> 7;
  }
}
