package io.embargo.decisions.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name folding shared by the place list and the ownership graph. Stateless and thread-safe. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  /**
   * Compatibility decomposition, diacritics and case removed, apostrophes dropped ("People's" =
   * "Peoples"), every other run of non-letters/digits one space, trimmed. Scripts are kept.
   */
  public static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
    if (n.length() != s.length() || !n.equals(s)) {
      n = MARKS.matcher(n).replaceAll("");
    }
    n = n.toLowerCase(Locale.ROOT);
    n = APOSTROPHES.matcher(n).replaceAll("");
    return SEPARATORS.matcher(n).replaceAll(" ").trim();
  }
}
