package io.embargo.decisions.places;

import io.embargo.decisions.internal.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Normalises place names and address text into tokens: compatibility decomposition, diacritics and case
 * removed, apostrophes dropped ("People's" = "Peoples"), everything else that is not a letter or digit a
 * separator. {@link #transliterate} maps Cyrillic (Russian and Ukrainian letters) to a simple Latin form,
 * so that Cyrillic text can also be compared with Latin names. Stateless.
 */
final class PlaceText {
  private static final Map<Character, String> CYRILLIC = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
      Map.entry('е', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('к', "k"),
      Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
      Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
      Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
      Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
      Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"),
      Map.entry('ґ', "g"));

  private PlaceText() {}

  /** Normalised tokens, script kept. */
  static List<String> tokens(String s) {
    String n = Names.fold(s);
    List<String> out = new ArrayList<>();
    if (!n.isEmpty()) {
      for (String t : n.split(" ")) {
        out.add(t);
      }
    }
    return out;
  }

  /** The tokens with Cyrillic letters transliterated; other characters unchanged. */
  static List<String> transliterate(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      StringBuilder sb = new StringBuilder(t.length() + 4);
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        String r = CYRILLIC.get(c);
        sb.append(r == null ? String.valueOf(c) : r);
      }
      out.add(sb.toString());
    }
    return out;
  }
}
