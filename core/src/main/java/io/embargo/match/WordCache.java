package io.embargo.match;

import java.util.function.Function;

/**
 * The prepared form ({@link TokenInfo}) of recently seen query words, in a fixed-size direct-mapped table: a
 * word's slot is chosen by its hash, and a new word takes the slot over.
 *
 * <p>Why: every query word used to cost a lookup in the index's vocabulary map and, for a word the lists do
 * not have, the romanisation, phonetic and skeleton keys all over again. Names repeat their words (given names,
 * surnames, "trading", "group"), so most words of a batch were prepared moments before. A direct-mapped table
 * needs no locks, no eviction bookkeeping and no more memory than its slots, and a miss costs what the lookup
 * cost before.
 *
 * <p>Thread-safe without locks: slots are read and written racily, which is safe because {@link TokenInfo} is
 * immutable with final fields; two threads may prepare the same word once each. Never returns null.
 */
final class WordCache {
  private final TokenInfo[] slots;
  private final int mask;
  private final Function<NameToken, TokenInfo> load;

  /**
   * @param slots number of slots, a power of two
   * @param load prepares a word on a miss; must be thread-safe and return a token whose text and
   *     transliteration flag are the word's
   */
  WordCache(int slots, Function<NameToken, TokenInfo> load) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots: " + slots + " is not a power of two");
    }
    this.slots = new TokenInfo[slots];
    this.mask = slots - 1;
    this.load = load;
  }

  TokenInfo get(NameToken word) {
    String text = word.text();
    int h = text.hashCode();
    int i = (h ^ (h >>> 16)) & mask;
    TokenInfo t = slots[i];
    if (t != null && t.textHash == h && t.transliterated == word.transliterated() && t.text.equals(text)) {
      return t;
    }
    t = load.apply(word);
    slots[i] = t;
    return t;
  }
}
