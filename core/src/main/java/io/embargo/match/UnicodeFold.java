package io.embargo.match;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Normalisation stage 1: NFKC case folding, then Latin diacritics folded to ASCII ("Müller" → "muller",
 * "ß" → "ss", "ø" → "o"). Letters of other scripts are kept for {@link Transliteration}. Plain ASCII takes a
 * fast path that never touches ICU. Thread-safe.
 */
final class UnicodeFold {
  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final int LATIN_TABLE_END = 0x250;
  private static final String[] LATIN = latinTable();
  private static final int EXT_START = 0x1E00;
  private static final int EXT_END = 0x1F00;
  private static final String[] LATIN_EXT = extTable();

  private UnicodeFold() {}

  /** The folded text; same length or longer, ASCII wherever the input was Latin. */
  static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return lowerAscii(s);
    }
    String n = NFKC_CF.normalize(s);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c < 0x80) {
        sb.append(c);
      } else if (c < LATIN_TABLE_END) {
        sb.append(LATIN[c]);
      } else if (c >= EXT_START && c < EXT_END) {
        sb.append(LATIN_EXT[c - EXT_START]);
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String lowerAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] cs = s.toCharArray();
        for (int j = i; j < cs.length; j++) {
          if (cs[j] >= 'A' && cs[j] <= 'Z') {
            cs[j] = (char) (cs[j] + 32);
          }
        }
        return new String(cs);
      }
    }
    return s;
  }

  private static Transliterator toAscii() {
    return Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower");
  }

  private static String[] latinTable() {
    Transliterator t = toAscii();
    String[] table = new String[LATIN_TABLE_END];
    for (int c = 0x80; c < LATIN_TABLE_END; c++) {
      table[c] = clean(t.transliterate(String.valueOf((char) c)), (char) c);
    }
    return table;
  }

  private static String[] extTable() {
    Transliterator t = toAscii();
    String[] table = new String[EXT_END - EXT_START];
    for (int c = EXT_START; c < EXT_END; c++) {
      table[c - EXT_START] = clean(t.transliterate(String.valueOf((char) c)), (char) c);
    }
    return table;
  }

  /** Keeps the result only when it became ASCII; punctuation-like symbols become a space. */
  private static String clean(String r, char original) {
    for (int i = 0; i < r.length(); i++) {
      if (r.charAt(i) >= 0x80) {
        return Character.isLetterOrDigit(original) ? String.valueOf(original) : " ";
      }
    }
    return r;
  }
}
