package io.embargo.match;

import java.util.ArrayList;
import java.util.List;

/** The token-level stages of the normalisation chain (see {@link NameAnalyzer}). */
final class NameStages {
  private NameStages() {}

  /**
   * Marks legal forms, longest phrase first ("obshchestvo s ogranichennoy otvetstvennostyu" is one LLC), with
   * their canonical short form. Single-letter phrase parts ("s a") only count when the whole phrase matches.
   */
  static final NameStage LEGAL_FORMS = new NameStage() {
    @Override public String name() { return "legal-forms"; }

    @Override public List<NameToken> apply(List<NameToken> in) {
      List<NameToken> out = unglue(in);
      String[] words = new String[out.size()];
      for (int k = 0; k < words.length; k++) {
        String fixed = Lexicon.fuzzyLegalWord(out.get(k).text());
        words[k] = fixed == null ? out.get(k).text() : fixed;
      }
      int i = 0;
      while (i < out.size()) {
        int matched = 0;
        String canonical = null;
        int longest = Lexicon.startsLegalForm(words[i]) ? Math.min(Lexicon.MAX_PHRASE, out.size() - i) : 0;
        for (int len = longest; len >= 1; len--) {
          StringBuilder sb = new StringBuilder();
          for (int k = i; k < i + len; k++) {
            sb.append(k == i ? "" : " ").append(words[k]);
          }
          String c = Lexicon.legalForm(sb.toString());
          if (c != null) {
            matched = len;
            canonical = c;
            break;
          }
        }
        if (matched == 0) {
          i++;
          continue;
        }
        for (int k = i; k < i + matched; k++) {
          out.set(k, out.get(k).withKind(TokenKind.LEGAL, canonical));
        }
        for (int k = i - 1; k >= 0 && out.get(k).kind() == TokenKind.CORE && Lexicon.nearLegal(words[k]); k--) {
          out.set(k, out.get(k).withKind(TokenKind.LEGAL, canonical));
        }
        i += matched;
        while (i < out.size() && Lexicon.nearLegal(words[i])) {
          out.set(i, out.get(i).withKind(TokenKind.LEGAL, canonical));
          i++;
        }
      }
      return out;
    }

    private List<NameToken> unglue(List<NameToken> in) {
      List<NameToken> out = new ArrayList<>(in.size() + 2);
      for (NameToken t : in) {
        String[] parts = Lexicon.unglue(t.text());
        if (parts == null) {
          out.add(t);
        } else {
          out.add(new NameToken(parts[0], t.kind(), null, t.transliterated()));
          out.add(new NameToken(parts[1], t.kind(), null, t.transliterated()));
        }
      }
      return out;
    }
  };

  /**
   * Marks honorifics, generic organisation words and particles as weak. A particle only counts as one before
   * another word ("al" in "Al Rahman", but "Ash" alone is a name).
   */
  static final NameStage WEAK_WORDS = new NameStage() {
    @Override public String name() { return "weak-words"; }

    @Override public List<NameToken> apply(List<NameToken> in) {
      List<NameToken> out = new ArrayList<>(in.size());
      for (int i = 0; i < in.size(); i++) {
        NameToken t = in.get(i);
        if (t.kind() == TokenKind.CORE) {
          TokenKind k = Lexicon.weakKind(t.text());
          if (k == TokenKind.PARTICLE && i == in.size() - 1) {
            k = TokenKind.CORE;
          }
          out.add(k == TokenKind.CORE ? t : t.withKind(k, null));
        } else {
          out.add(t);
        }
      }
      return out;
    }
  };

  /**
   * A name made only of weak words ("General Trading Company") keeps them all as core words: weak words are
   * weak only next to something stronger.
   */
  static final NameStage CORE_GUARD = new NameStage() {
    @Override public String name() { return "core-guard"; }

    @Override public List<NameToken> apply(List<NameToken> in) {
      for (NameToken t : in) {
        if (t.kind() == TokenKind.CORE) {
          return in;
        }
      }
      List<NameToken> out = new ArrayList<>(in.size());
      for (NameToken t : in) {
        out.add(t.kind() == TokenKind.PARTICLE && in.size() > 1 ? t : t.withKind(TokenKind.CORE, null));
      }
      return out;
    }
  };
}
