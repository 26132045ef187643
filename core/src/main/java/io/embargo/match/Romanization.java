package io.embargo.match;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Matching keys of a normalised token, so that spellings of one name meet: a romanisation key (name-variant
 * families, then rules kh/h, zh/j, ii/iy/y, ou/u, ye/e, ya/ia, ks/x, -eff/-ev, tch/ch, q/k, ee/i, w/v, doubled
 * letters), a Double Metaphone key and a consonant skeleton for Arabic and Hebrew transliterations (which
 * write no short vowels). Thread-safe.
 */
final class Romanization {
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  static {
    METAPHONE.setMaxCodeLen(6);
  }

  private static final String[][] RULES = {
      {"shch", "sh"}, {"dzh", "j"}, {"zh", "j"}, {"dj", "j"}, {"kh", "h"}, {"tch", "ch"}, {"ks", "x"},
      {"ck", "k"}, {"q", "k"}, {"ph", "f"}, {"gh", "g"}, {"dh", "z"}, {"w", "v"}, {"ou", "u"}, {"oo", "u"}, {"ee", "i"},
      {"ye", "e"}, {"yo", "io"}, {"ya", "ia"}, {"yu", "iu"}, {"iy", "i"}, {"ii", "i"}, {"yi", "i"},
      {"ey", "ei"}, {"ay", "ai"}, {"oy", "oi"}};

  private Romanization() {}

  /** The romanisation key: the family's canonical name, else the token rewritten by the rules. */
  static String key(String token) {
    String f = Lexicon.family(token);
    if (f != null) {
      return f;
    }
    if (token.length() < 3 || !Character.isLetter(token.charAt(0))) {
      return token;
    }
    String s = token;
    if (s.endsWith("eff")) {
      s = s.substring(0, s.length() - 3) + "ev";
    } else if (s.endsWith("off")) {
      s = s.substring(0, s.length() - 3) + "ov";
    }
    s = collapseDoubles(s);
    for (String[] r : RULES) {
      if (s.contains(r[0])) {
        s = s.replace(r[0], r[1]);
      }
    }
    if (s.length() > 1 && s.charAt(s.length() - 1) == 'y') {
      s = s.substring(0, s.length() - 1) + "i";
    }
    s = collapseDoubles(s);
    String f2 = Lexicon.family(s);
    return f2 != null ? f2 : s;
  }

  /** Double Metaphone primary code (up to 6 characters), or the token itself when it has none. */
  static String phonetic(String token) {
    if (!Character.isLetter(token.charAt(0))) {
      return token;
    }
    String p = METAPHONE.doubleMetaphone(token);
    return p == null || p.isEmpty() ? token : p;
  }

  /**
   * The consonant skeleton: the romanisation key without vowels, h, w and y, with p/f, q/k and c/k merged
   * ("ahmd" and "ahmed" both give "md"): what Arabic and Hebrew script write.
   */
  static String skeleton(String rkey) {
    StringBuilder sb = new StringBuilder(rkey.length());
    for (int i = 0; i < rkey.length(); i++) {
      char c = rkey.charAt(i);
      if ("aeiouyhw'".indexOf(c) >= 0) {
        continue;
      }
      c = c == 'p' ? 'f' : c == 'q' || c == 'c' ? 'k' : c;
      if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String collapseDoubles(String s) {
    StringBuilder sb = null;
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) == s.charAt(i - 1)) {
        sb = new StringBuilder(s.length());
        break;
      }
    }
    if (sb == null) {
      return s;
    }
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
