package io.embargo.match;

import java.util.List;

/**
 * Why a hit scored what it did: the token alignment of the best-matching name and the effect of every
 * secondary field. Part of every {@link Hit}, so the API and the UI can show it.
 *
 * @param matchedName the listed name (primary or alias) that matched best, as the list writes it
 * @param nameScore score of the name comparison alone, in [0,1]
 * @param tokens the token alignment, query order first, then listed tokens left unmatched
 * @param evidence secondary fields and their effect
 * @param notes other remarks ("weak alias", "matched as acronym")
 */
public record Explanation(String matchedName, double nameScore, List<TokenMatch> tokens, List<Evidence> evidence,
    List<String> notes) {
  public Explanation {
    tokens = List.copyOf(tokens);
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
  }

  /** A one-line summary, e.g. {@code "nso"=nso exact; "group"=group exact; country IL +0.03}. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    for (TokenMatch t : tokens) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      if (t.queryToken() == null) {
        sb.append("-/").append(t.listToken()).append(' ').append(t.rule().code());
      } else if (t.listToken() == null) {
        sb.append(t.queryToken()).append("/- ").append(t.rule().code());
      } else {
        sb.append(t.queryToken()).append('=').append(t.listToken()).append(' ')
            .append(t.rule().label());
      }
    }
    for (Evidence e : evidence) {
      if (e.effect() != 0) {
        sb.append("; ").append(e.field()).append(' ').append(e.effect() > 0 ? "+" : "")
            .append(io.embargo.model.Decimals.fixed(e.effect(), 2));
      }
    }
    return sb.toString();
  }
}
