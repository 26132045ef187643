package io.embargo.match;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalisation chain, from a name as written to its tokens: {@link UnicodeFold} (NFKC case fold,
 * diacritics), {@link Tokenizer} (punctuation, whitespace, acronym dots, possessives), {@link Transliteration}
 * (other scripts to Latin, several keys for Cyrillic), then the token stages of {@link NameStages} (legal
 * forms, weak words, core guard). Stateless and thread-safe.
 */
final class NameAnalyzer {
  /** Most tokens kept per name: longer inputs are cut, so one query can't cost unbounded work. */
  static final int MAX_TOKENS = 16;
  private static final List<NameStage> STAGES =
      List.of(NameStages.LEGAL_FORMS, NameStages.WEAK_WORDS, NameStages.CORE_GUARD);

  private NameAnalyzer() {}

  /**
   * The analyses of a name: usually one; two when a Cyrillic word has two common romanisations. Empty when
   * the name has no letters or digits.
   */
  static List<List<NameToken>> analyze(String name) {
    List<Tokenizer.Word> words = naturalOrder(name);
    List<NameToken> primary = new ArrayList<>(words.size());
    List<NameToken> alternative = null;
    for (int wi = 0; wi < words.size(); wi++) {
      Tokenizer.Word w = words.get(wi);
      TokenKind kind = w.possessive() && wi == 0 && words.size() > 1 ? TokenKind.ORG_NOISE : TokenKind.CORE;
      if (!Transliteration.needed(w.text())) {
        primary.add(new NameToken(w.text(), kind, null, false));
        if (alternative != null) {
          alternative.add(new NameToken(w.text(), kind, null, false));
        }
        continue;
      }
      List<String> forms = Transliteration.latinForms(w.text());
      if (forms.size() > 1 && alternative == null) {
        alternative = new ArrayList<>(primary);
      }
      addSplit(primary, forms.get(0), kind);
      if (alternative != null) {
        addSplit(alternative, forms.get(forms.size() > 1 ? 1 : 0), kind);
      }
    }
    List<List<NameToken>> out = new ArrayList<>(2);
    if (!primary.isEmpty()) {
      out.add(finish(primary));
    }
    if (alternative != null && !alternative.isEmpty()) {
      out.add(finish(alternative));
    }
    return out;
  }

  /** The first analysis, or an empty list. */
  static List<NameToken> analyzeFirst(String name) {
    List<List<NameToken>> a = analyze(name);
    return a.isEmpty() ? List.of() : a.get(0);
  }

  /**
   * The words of the name, with "SURNAME, Given Middle" turned into "Given Middle SURNAME" so that word
   * positions mean the same on every list. A comma before a legal form ("GAZPROM, OOO") is not a name order.
   */
  private static List<Tokenizer.Word> naturalOrder(String name) {
    int comma = name.indexOf(',');
    if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
      List<Tokenizer.Word> before = Tokenizer.split(UnicodeFold.fold(name.substring(0, comma)));
      List<Tokenizer.Word> after = Tokenizer.split(UnicodeFold.fold(name.substring(comma + 1)));
      if (!before.isEmpty() && !after.isEmpty() && !allLegal(after)) {
        List<Tokenizer.Word> out = new ArrayList<>(after);
        out.addAll(before);
        return out;
      }
    }
    return Tokenizer.split(UnicodeFold.fold(name));
  }

  private static boolean allLegal(List<Tokenizer.Word> words) {
    for (Tokenizer.Word w : words) {
      if (!Lexicon.nearLegal(w.text()) && Lexicon.fuzzyLegalWord(w.text()) == null) {
        return false;
      }
    }
    return true;
  }

  private static void addSplit(List<NameToken> out, String latin, TokenKind kind) {
    for (Tokenizer.Word w : Tokenizer.split(latin)) {
      out.add(new NameToken(w.text(), kind, null, true));
    }
  }

  /**
   * Runs the token stages on at most {@link #MAX_TOKENS} tokens, and caps again after them: a legal form split
   * off a glued word ("JSCArzamas") adds a token, and a name analysed twice must come out the same.
   */
  private static List<NameToken> finish(List<NameToken> tokens) {
    List<NameToken> t = cap(tokens);
    for (NameStage s : STAGES) {
      t = s.apply(t);
    }
    return List.copyOf(cap(t));
  }

  private static List<NameToken> cap(List<NameToken> tokens) {
    return tokens.size() > MAX_TOKENS ? tokens.subList(0, MAX_TOKENS) : tokens;
  }

  /** Tokens of the default chain as plain strings (for tests and debugging). */
  static List<String> texts(String name) {
    List<String> out = new ArrayList<>();
    for (NameToken t : analyzeFirst(name)) {
      out.add(t.text());
    }
    return out;
  }
}
