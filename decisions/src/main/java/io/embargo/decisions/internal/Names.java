package io.embargo.decisions.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Name folding shared by the place list and the ownership graph. Stateless and thread-safe. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Legal-form tokens ignored when identifying a party in ownership data ("Alpha LLC" = "Alpha"). */
  private static final Set<String> LEGAL_FORMS = Set.of("llc", "ltd", "limited", "inc", "incorporated", "corp",
      "corporation", "co", "company", "plc", "jsc", "pjsc", "ojsc", "cjsc", "ao", "pao", "oao", "zao", "ooo", "gmbh",
      "ag", "sa", "sarl", "srl", "spa", "bv", "nv", "pte", "pty", "fze", "fzco", "fzc", "llp", "lp", "kg", "oy", "ab",
      "as", "asa", "sl", "kft", "zrt", "sro", "ооо", "ао", "пао", "оао", "зао");

  private Names() {}

  /**
   * The key that identifies a party by name in ownership data: {@link #fold} without legal-form tokens
   * (unless the name is nothing but legal forms).
   */
  public static String partyKey(String s) {
    String f = fold(s);
    StringBuilder sb = new StringBuilder(f.length());
    for (String t : f.split(" ")) {
      if (!LEGAL_FORMS.contains(t)) {
        sb.append(sb.length() == 0 ? "" : " ").append(t);
      }
    }
    return sb.length() == 0 ? f : sb.toString();
  }

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
