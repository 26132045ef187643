package io.embargo.match;

import java.util.ArrayList;
import java.util.List;

/** Turns an alignment into the {@link TokenMatch} list of an {@link Explanation}. Stateless. */
final class ExplanationBuilder {
  private ExplanationBuilder() {}

  static List<TokenMatch> tokens(PreparedName q, PreparedName c, NameScorer.Alignment a, double unknownIdf) {
    double total = 0;
    double[] qw = new double[q.size()];
    double[] cw = new double[c.size()];
    for (int i = 0; i < qw.length; i++) {
      qw[i] = q.weights[i] < 0 ? -q.weights[i] * unknownIdf : q.weights[i];
      total += qw[i];
    }
    for (int j = 0; j < cw.length; j++) {
      cw[j] = c.weights[j] < 0 ? -c.weights[j] * unknownIdf : c.weights[j];
      total += cw[j];
    }
    total = total <= 0 ? 1 : total;
    List<TokenMatch> out = new ArrayList<>();
    boolean[] qDone = new boolean[q.size()];
    boolean[] cDone = new boolean[c.size()];
    for (int i = 0; i < q.size(); i++) {
      if (qDone[i]) {
        continue;
      }
      NameScorer.Pair p = pairOf(a, i);
      if (p == null) {
        out.add(new TokenMatch(q.tokens[i].text, null, MatchRule.UNMATCHED, 0, qw[i] / total));
        continue;
      }
      double w = 0;
      for (int k = p.qi(); k < p.qi() + p.ql(); k++) {
        qDone[k] = true;
        w += qw[k];
      }
      for (int k = p.cj(); k < p.cj() + p.cl(); k++) {
        cDone[k] = true;
        w += cw[k];
      }
      out.add(new TokenMatch(text(q, p.qi(), p.ql()), text(c, p.cj(), p.cl()), p.rule(), p.sim(), w / total));
    }
    for (int j = 0; j < c.size(); j++) {
      if (!cDone[j]) {
        out.add(new TokenMatch(null, c.tokens[j].text, MatchRule.UNMATCHED, 0, cw[j] / total));
      }
    }
    legal(q, c, out);
    return out;
  }

  private static void legal(PreparedName q, PreparedName c, List<TokenMatch> out) {
    boolean[] used = new boolean[c.legal.length];
    for (int i = 0; i < q.legal.length; i++) {
      int match = -1;
      for (int j = 0; j < c.legal.length && match < 0; j++) {
        if (!used[j] && q.legalCanonical[i].equals(c.legalCanonical[j])) {
          match = j;
        }
      }
      if (match >= 0) {
        used[match] = true;
        out.add(new TokenMatch(q.legal[i], c.legal[match],
            q.legal[i].equals(c.legal[match]) ? MatchRule.EXACT : MatchRule.NAME_VARIANT, 1.0, 0));
      } else {
        out.add(new TokenMatch(q.legal[i], null, MatchRule.LEGAL_FORM_DROPPED, 0, 0));
      }
    }
    for (int j = 0; j < c.legal.length; j++) {
      if (!used[j]) {
        out.add(new TokenMatch(null, c.legal[j], MatchRule.LEGAL_FORM_DROPPED, 0, 0));
      }
    }
  }

  private static NameScorer.Pair pairOf(NameScorer.Alignment a, int qi) {
    for (NameScorer.Pair p : a.pairs()) {
      if (p.qi() == qi) {
        return p;
      }
    }
    return null;
  }

  private static String text(PreparedName n, int from, int len) {
    return len == 1 ? n.tokens[from].text : n.tokens[from].text + " " + n.tokens[from + 1].text;
  }
}
