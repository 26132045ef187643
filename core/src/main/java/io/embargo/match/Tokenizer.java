package io.embargo.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalisation stage 3: splits folded text into words. Punctuation separates words, except that dots inside
 * an acronym join it ("N.S.O." → "nso", "d.o.o." → "doo") and apostrophes inside a word are dropped
 * ("O'Brien" → "obrien"). A trailing possessive "'s" is cut off and reported, so "Israel's NSO" can treat
 * "israel" as a qualifier. Thread-safe (stateless).
 */
final class Tokenizer {
  private Tokenizer() {}

  /** A raw word and whether it was a possessive ("X's"). */
  record Word(String text, boolean possessive) {}

  static List<Word> split(String folded) {
    List<Word> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean acronym = false;
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
      } else if (c == '.' && cur.length() > 0 && (cur.length() == 1 || acronym) && i + 1 < n
          && Character.isLetter(folded.charAt(i + 1)) && (i + 2 >= n || !Character.isLetter(folded.charAt(i + 2)))) {
        acronym = true;
      } else if (isApostrophe(c) && cur.length() > 0 && i + 1 < n && Character.isLetter(folded.charAt(i + 1))) {
        if (folded.charAt(i + 1) == 's' && (i + 2 >= n || !Character.isLetterOrDigit(folded.charAt(i + 2)))) {
          out.add(new Word(cur.toString(), true));
          cur.setLength(0);
          acronym = false;
          i++;
        }
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else {
        flush(cur, out);
        acronym = false;
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<Word> out) {
    if (cur.length() > 0) {
      out.add(new Word(cur.toString(), false));
      cur.setLength(0);
    }
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`' || c == '\u02B9' || c == '\u2018';
  }
}
