package io.embargo.decisions.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Name folding shared by the place list and the ownership graph. Stateless. */
public final class Names {
  private Names() {}

  /**
   * Compatibility decomposition, diacritics and case removed, apostrophes dropped ("People's" =
   * "Peoples"), every other run of non-letters/digits one space, trimmed. Scripts are kept.
   */
  public static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("['’ʼ`´]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
