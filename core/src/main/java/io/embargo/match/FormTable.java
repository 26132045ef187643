package io.embargo.match;

/**
 * The scorer's view of every indexed name form, flat: per token one long of vocabulary id and
 * {@link PreparedName#shape} and one of weight bits, the forms one after another; and the names written with
 * each form, one after another. A query scores a few dozen forms picked at random from the whole index; as
 * {@link PreparedName} objects each costs a cache miss per array (ids, shapes, weights, owners), here one or
 * two lines. Immutable.
 */
final class FormTable {
  /** Longs per token in {@link #data}. */
  static final int STRIDE = 2;
  /** Form f's tokens are at {@code data[STRIDE * start[f]]} up to {@code data[STRIDE * start[f + 1]]}. */
  final int[] start;
  final long[] data;
  /** Form f's owners (name ids) are {@code owners[ownerStart[f]]} up to {@code owners[ownerStart[f + 1]]}. */
  final int[] ownerStart;
  final int[] owners;

  /**
   * @param forms the index's forms
   * @param nameForm the form of each name id
   */
  FormTable(PreparedName[] forms, int[] nameForm) {
    start = new int[forms.length + 1];
    for (int f = 0; f < forms.length; f++) {
      start[f + 1] = start[f] + forms[f].size();
    }
    data = new long[STRIDE * start[forms.length]];
    for (int f = 0; f < forms.length; f++) {
      PreparedName p = forms[f];
      for (int j = 0; j < p.size(); j++) {
        int at = STRIDE * (start[f] + j);
        data[at] = (long) p.ids[j] << 32 | (p.shape[j] & 0xFFFFFFFFL);
        data[at + 1] = Double.doubleToRawLongBits(p.weights[j]);
      }
    }
    ownerStart = new int[forms.length + 1];
    for (int f : nameForm) {
      ownerStart[f + 1]++;
    }
    for (int f = 0; f < forms.length; f++) {
      ownerStart[f + 1] += ownerStart[f];
    }
    owners = new int[nameForm.length];
    int[] next = java.util.Arrays.copyOf(ownerStart, forms.length);
    for (int n = 0; n < nameForm.length; n++) {
      owners[next[nameForm[n]]++] = n;
    }
  }

  int size(int f) {
    return start[f + 1] - start[f];
  }
}
