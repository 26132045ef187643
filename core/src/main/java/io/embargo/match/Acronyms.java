package io.embargo.match;

import java.util.List;

/** Initialisms of organisation names ("Computer Security Initiative Consultancy" → "csic"). */
final class Acronyms {
  private Acronyms() {}

  /**
   * The initial letters of the name's core and generic words, or null when the name has fewer than three
   * such words (a two-letter initialism would collide with everything).
   */
  static String initialism(List<NameToken> tokens) {
    StringBuilder sb = new StringBuilder();
    for (NameToken t : tokens) {
      if ((t.kind() == TokenKind.CORE || t.kind() == TokenKind.ORG_NOISE) && Character.isLetter(t.text().charAt(0))) {
        sb.append(t.text().charAt(0));
      }
    }
    return sb.length() >= 3 && sb.length() <= 8 ? sb.toString() : null;
  }
}
