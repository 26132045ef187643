package io.embargo.match;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Normalisation stage 2: script-aware transliteration of non-Latin tokens to ASCII. Cyrillic gets two keys,
 * BGN/PCGN ("Пригожин" → "prigozhin") and ICU's ISO-like default ("prigozin"); other scripts get
 * {@code Any-Latin; Latin-ASCII}. ICU transliterators are slow and serialise threads on a lock, so results
 * are cached per token and ASCII tokens never get here. Thread-safe.
 */
final class Transliteration {
  private static final int CACHE_LIMIT = 200_000;
  private static final ConcurrentHashMap<String, List<String>> CACHE = new ConcurrentHashMap<>();

  private Transliteration() {}

  /** Lazily built: the first getInstance costs about a second. */
  private static final class Holder {
    static final Transliterator ANY = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    static final Transliterator BGN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII; Lower");
  }

  /** True when the token has a character outside ASCII. */
  static boolean needed(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /**
   * Latin forms of a (folded) token: one or two strings, lower-case ASCII, possibly containing spaces (Han
   * gives one syllable per character).
   */
  static List<String> latinForms(String token) {
    List<String> cached = CACHE.get(token);
    if (cached != null) {
      return cached;
    }
    List<String> forms = compute(token);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.putIfAbsent(token, forms);
    }
    return forms;
  }

  private static List<String> compute(String token) {
    String any = ascii(Holder.ANY.transliterate(token));
    if (isCyrillic(token)) {
      String bgn = ascii(Holder.BGN.transliterate(token));
      return bgn.equals(any) ? List.of(bgn) : List.of(bgn, any);
    }
    return List.of(any);
  }

  private static boolean isCyrillic(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (UScript.getScript(token.charAt(i)) == UScript.CYRILLIC) {
        return true;
      }
    }
    return false;
  }

  /** Drops whatever is still not ASCII (marks the transliterators leave). */
  private static String ascii(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
