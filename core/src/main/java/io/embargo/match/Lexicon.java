package io.embargo.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists of the normalisation chain: legal forms (with their long and translated spellings mapped to one
 * canonical short form), honorifics, generic organisation words, particles, and name-variant families. All
 * entries are in normalised form (lower-case ASCII, no punctuation). Immutable, so thread-safe.
 */
final class Lexicon {
  /** Multi-word phrases (space separated) and single words mapped to {kind, canonical}. */
  private static final Map<String, String> LEGAL = new HashMap<>();
  private static final Map<String, TokenKind> WEAK = new HashMap<>();
  private static final Map<String, String> FAMILY = new HashMap<>();
  /** Words that are part of a legal form only next to one ("Public Joint Stock Company"). */
  private static final java.util.Set<String> CONTEXT = java.util.Set.of("joint", "stock", "public", "open",
      "closed", "liability", "s", "private", "limited", "non", "commercial", "partnership", "mit", "beschrankter",
      "haftung", "responsabilidad", "limitada", "sociedad", "anonima");
  /** Legal-form words long enough to recognise with one typo ("Limitd", "Compaany"), by one-deletion key. */
  private static final Map<String, String> FUZZY = new HashMap<>();
  /** Legal forms that are sometimes glued to the next or previous word ("JSCArzamas", "TradeLLC"). */
  private static final List<String> GLUED_PREFIX = List.of("pjsc", "ojsc", "cjsc", "jsc", "llc", "ooo", "oao", "ltd",
      "company", "limited");
  private static final List<String> GLUED_SUFFIX = List.of("corporation", "limited", "company", "llc", "ltd",
      "corp", "inc", "jsc", "gmbh", "oao", "ooo", "ojsc", "pjsc", "fzco", "fze", "sarl", "llp");
  /** Longest phrase length in tokens. */
  static final int MAX_PHRASE = 5;

  static {
    legal("ltd", "ltd", "limited", "ltda", "lda", "limitada", "plc", "pty", "pvt", "private limited");
    legal("llc", "llc", "llk", "limited liability company", "ooo", "obshchestvo s ogranichennoy otvetstvennostyu",
        "obshchestvo s ogranichennoi otvetstvennostyu", "obshestvo s ogranichennoy otvetstvennostyu", "too",
        "tovarishchestvo s ogranichennoy otvetstvennostyu", "llp", "lp", "tov", "mchj");
    legal("jsc", "jsc", "ao", "oao", "zao", "aktsionernoe obshchestvo", "aktsionernoye obshchestvo",
        "joint stock company", "open joint stock company", "closed joint stock company", "ojsc", "cjsc", "ojsc",
        "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo", "ad", "ead", "dd", "as", "a s",
        "nao", "chao", "pao", "pjsc", "public joint stock company",
        "publichnoe aktsionernoe obshchestvo", "a o");
    legal("pte", "pte", "private");
    legal("gmbh", "gmbh", "gesellschaft mit beschrankter haftung", "mbh", "ag", "kg", "ug", "se");
    legal("sa", "sa", "s a", "ca", "c a", "sae", "sal", "sarl", "sas", "spa", "srl", "sl", "sas", "bv", "nv", "ab", "oy", "oyj",
        "sociedad anonima", "societe anonyme", "anonymi etaireia", "ae", "sa de cv", "de cv", "cv", "sapi",
        "sociedade anonima");
    legal("zrt", "zrt", "zartkoruen mukodo reszvenytarsasag", "kft", "korlatolt felelossegu tarsasag", "nyrt",
        "bt", "rt");
    legal("sdn bhd", "sdn bhd", "sdn", "bhd", "berhad", "sendirian berhad", "tbk", "pt");
    legal("fze", "fze", "fzc", "fzco", "fz llc", "fz", "dmcc", "wll", "w l l", "est", "establishment", "jlt");
    legal("doo", "doo", "d o o", "drustvo s ogranicenom odgovornoscu", "sro", "s r o", "spol", "sp z o o",
        "sp zoo", "as", "oü", "ou", "uab", "sia");
    legal("co", "co", "company", "cos", "companies", "kk", "kabushiki kaisha", "yk");
    legal("corp", "corp", "corporation", "corporations", "inc", "incorporated", "incorporation");
    legal("lp", "limited partnership", "partnership");
    legal("jsc", "obshchestvo", "aktsionernoe", "aktsionernoye", "otkrytoe", "zakrytoe", "publichnoe",
        "publichnoye", "otkrytoye", "zakrytoye", "joint stock", "public jsc", "public company", "stock company",
        "joint stock co");
    legal("llc", "ogranichennoy", "ogranichennoi", "otvetstvennostyu", "otvetstvennostiu", "limited liability",
        "limited liability co", "liability company");
    for (String w : new String[] {"limited", "company", "corporation", "incorporated", "liability", "obshchestvo",
        "aktsionernoe", "ogranichennoy", "otvetstvennostyu", "otkrytoe", "zakrytoe", "publichnoe", "gesellschaft",
        "sociedad", "limitada", "berhad", "sendirian", "ojsc", "pjsc", "cjsc", "establishment", "sociedade"}) {
      for (String d : NameIndex.deletions(w)) {
        FUZZY.putIfAbsent(d, w);
      }
    }
    weak(TokenKind.HONORIFIC, "mr", "mrs", "ms", "miss", "dr", "doctor", "prof", "professor", "sheikh", "shaikh",
        "sheik", "shaykh", "general", "gen", "haji", "hajji", "hadji", "colonel", "col", "major", "maj",
        "captain", "capt", "lieutenant", "lt", "brigadier", "admiral", "sir", "lord", "lady", "mullah", "mulla",
        "mawlawi", "maulavi", "maulvi", "qari", "imam", "sayed", "sayyid", "syed", "emir", "amir", "prince",
        "princess", "king", "queen", "president", "minister", "senator", "hon", "honourable", "honorable",
        "jr", "junior", "sr", "senior", "ii", "iii", "engineer", "eng", "rev", "reverend", "father", "bishop",
        "mufti", "ayatollah", "hojatoleslam", "commander", "marshal", "sergeant", "sgt");
    weak(TokenKind.ORG_NOISE, "group", "groups", "holding", "holdings", "trading", "trade", "international",
        "intl", "hq", "head", "office", "headquarters", "branch", "enterprise", "enterprises", "industries",
        "industry", "industrial", "services", "service", "global", "worldwide", "technologies", "technology",
        "solutions", "systems");
    weak(TokenKind.PARTICLE, "al", "el", "ad", "as", "ash", "az", "ar", "an", "of", "the", "and", "y", "et",
        "und", "de", "del", "della", "des", "di", "da", "do", "dos", "du", "la", "le", "los", "las", "van", "von",
        "der", "den");
    family("muhammad", "mohammed", "mohammad", "muhammad", "muhammed", "mohamed", "mohamad", "muhamad",
        "muhamed", "mohammad", "mohamud", "mohamoud", "mehmet", "mehmed", "mohd", "muhammadu", "mamadou",
        "mahomed", "mouhamed", "mouhammad", "mahammad", "magomed", "mukhammad", "mukhammed", "muhamet");
    family("abd", "abd", "abdul", "abdel", "abdal", "abdoul", "abdol", "abdull", "abdu", "abdi");
    family("husayn", "hussein", "husayn", "husain", "hussain", "hussayn", "husein", "hosein", "hossein",
        "housein", "husseyn", "huseyn", "huseyin", "gusein", "guseyn");
    family("hasan", "hasan", "hassan", "hasen", "hassen", "hacen", "hasaan", "gasan");
    family("yusuf", "yusuf", "yousef", "yousif", "yusef", "youssef", "yousuf", "yussuf", "yusif", "jusuf",
        "iosif", "yosef", "yousof", "youcef", "yussef", "usuf");
    family("qasim", "qasim", "kassem", "qassem", "qassim", "kasim", "kassim", "qasem", "kasem", "gasim",
        "ghasem", "kacem");
    family("ahmad", "ahmad", "ahmed", "ahmet", "akhmad", "akhmed", "ahmadou", "ahmadu", "ahamed", "achmad");
    family("mahmud", "mahmud", "mahmood", "mahmoud", "mahmut", "makhmud", "mehmood");
    family("umar", "umar", "omar", "omer", "omar", "umer", "oumar");
    family("uthman", "uthman", "othman", "osman", "usman", "othmane", "ousmane", "usmon");
    family("ali", "ali", "aly", "alee");
    family("abdallah", "abdallah", "abdullah", "abdulla", "abdalla", "abdellah", "abdollah");
    family("ibrahim", "ibrahim", "ebrahim", "ibraheem", "ibragim", "brahim", "ibrahima");
    family("ismail", "ismail", "ismael", "esmail", "ismaeel", "ismayil", "ismoil");
    family("khalid", "khalid", "khaled", "halid", "khaleed");
    family("said", "said", "saeed", "saied", "sayid", "saed", "sayed", "saiid");
    family("abu", "abu", "abou", "abo");
    family("bin", "bin", "ben", "ibn", "bin");
    family("jafar", "jafar", "jaafar", "jaffar", "djafar", "dzhafar");
    family("mustafa", "mustafa", "mustapha", "moustafa", "mostafa", "mostapha");
    family("yahya", "yahya", "yahia", "yehia", "yahiya", "yehya");
    family("rahman", "rahman", "rehman", "rakhman", "rahmane");
    family("aleksandr", "aleksandr", "alexander", "alexandr", "aleksander", "oleksandr", "alexandre");
    family("yevgeniy", "yevgeniy", "evgeny", "evgeniy", "yevgeny", "evgenii", "yevgenii", "eugene", "evgenij");
    family("sergey", "sergey", "sergei", "serhiy", "sergiy", "serguei", "sergej");
    family("yuriy", "yuriy", "yuri", "yury", "iurii", "yurii", "jurij", "juri");
    family("dmitriy", "dmitriy", "dmitry", "dmitri", "dmitrii", "dmytro", "dimitri", "dimitry");
    family("andrey", "andrey", "andrei", "andrii", "andriy", "andrej");
    family("aleksey", "aleksey", "alexey", "alexei", "aleksei", "oleksiy", "oleksii", "aleksej");
    family("mikhail", "mikhail", "mikhael", "mykhailo", "michail", "mihail");
    family("nikolay", "nikolay", "nikolai", "mykola", "nicolai", "nikolaj");
    family("pyotr", "pyotr", "petr", "piotr", "petro");
    family("fyodor", "fyodor", "fedor", "feodor", "fiodor");
    family("vasiliy", "vasiliy", "vasily", "vasili", "vasilii", "vasyl", "wassili");
  }

  private Lexicon() {}

  private static void legal(String canonical, String... forms) {
    for (String f : forms) {
      LEGAL.putIfAbsent(f, canonical);
    }
  }

  private static void weak(TokenKind k, String... words) {
    for (String w : words) {
      WEAK.putIfAbsent(w, k);
    }
  }

  private static void family(String canonical, String... forms) {
    for (String f : forms) {
      FAMILY.putIfAbsent(f, canonical);
    }
  }

  /** Canonical short legal form of a word or phrase, or null. */
  static String legalForm(String phrase) {
    return LEGAL.get(phrase);
  }

  /** True when some legal form (a word or a phrase) starts with this word: only then is a phrase looked up. */
  static boolean startsLegalForm(String word) {
    return LegalStarts.WORDS.contains(word);
  }

  /** First words of every legal form, built after the tables on first use. */
  private static final class LegalStarts {
    static final java.util.Set<String> WORDS = new java.util.HashSet<>();

    static {
      for (String f : LEGAL.keySet()) {
        int space = f.indexOf(' ');
        WORDS.add(space < 0 ? f : f.substring(0, space));
      }
    }
  }

  /**
   * What the lexicon says of one word, computed once: the typo checks behind {@link #fuzzyLegalWord} and
   * {@link #nearLegal} build a dozen deletion strings each, and the same words recur in every query. The cache
   * stops growing at {@link #LIMIT} words so hostile input cannot fill memory; words past it are computed each
   * time. Thread-safe.
   */
  private record WordFacts(String fuzzyLegal, boolean nearLegal) {
    static final int LIMIT = 200_000;
    static final java.util.concurrent.ConcurrentHashMap<String, WordFacts> CACHE =
        new java.util.concurrent.ConcurrentHashMap<>();

    static WordFacts of(String word) {
      WordFacts f = CACHE.get(word);
      if (f == null) {
        f = new WordFacts(computeFuzzyLegalWord(word), computeNearLegal(word));
        if (CACHE.size() < LIMIT) {
          CACHE.putIfAbsent(word, f);
        }
      }
      return f;
    }
  }

  /** True for a word that belongs to a legal form when next to one ("joint", "stock", "public"). */
  static boolean legalContext(String word) {
    return CONTEXT.contains(word);
  }

  /**
   * The legal-form word this word is a one-typo spelling of ("limitd" → "limited"), or null. Words shorter
   * than five letters are never corrected.
   */
  static String fuzzyLegalWord(String raw) {
    return WordFacts.of(raw).fuzzyLegal();
  }

  private static String computeFuzzyLegalWord(String raw) {
    if (raw.length() < 5 || LEGAL.containsKey(raw)) {
      return null;
    }
    String collapsed = Romanization.collapseDoubles(raw);
    if (!collapsed.equals(raw) && LEGAL.containsKey(collapsed)) {
      return collapsed;
    }
    String w = fuzzy(raw);
    return w != null || collapsed.equals(raw) ? w : fuzzy(collapsed);
  }

  private static String fuzzy(String word) {
    if (!FuzzyWords.FILTER.mayBeNear(word)) {
      return null;
    }
    for (String d : NameIndex.deletions(word)) {
      String w = FUZZY.get(d);
      if (w != null && Similarity.osa(word, w, 1) <= 1) {
        return w;
      }
    }
    return null;
  }

  /**
   * True for a word that joins a neighbouring legal form: a context word ("joint", "stock") or one typo away
   * from a context word or legal form ("tock", "lltda", "stokk").
   */
  static boolean nearLegal(String raw) {
    return WordFacts.of(raw).nearLegal();
  }

  private static boolean computeNearLegal(String raw) {
    if (CONTEXT.contains(raw) || LEGAL.containsKey(raw)) {
      return true;
    }
    String collapsed = Romanization.collapseDoubles(raw);
    return oneTypoFromLegal(raw) || !collapsed.equals(raw) && oneTypoFromLegal(collapsed);
  }

  private static boolean oneTypoFromLegal(String word) {
    if (word.length() < 4 || !NearLegal.FILTER.mayBeNear(word)) {
      return false;
    }
    for (String d : NameIndex.deletions(word)) {
      List<String> near = NearLegal.BY_DELETION.get(d);
      if (near != null) {
        for (String w : near) {
          if (Similarity.osa(word, w, 1) <= 1) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Context words (four letters or more) and one-word legal forms (three or more) by one-deletion key: every
   * word one edit from one of them shares a key with it, so a query word is checked with a few lookups instead
   * of an edit distance against each form. Built on first use, after the tables above.
   */
  private static final class NearLegal {
    static final Map<String, List<String>> BY_DELETION = new HashMap<>();
    static final OneEditFilter FILTER;

    static {
      for (String c : CONTEXT) {
        if (c.length() >= 4) {
          add(c);
        }
      }
      for (String l : LEGAL.keySet()) {
        if (l.length() >= 3 && l.indexOf(' ') < 0) {
          add(l);
        }
      }
    }

    static {
      java.util.Set<String> words = new java.util.HashSet<>();
      BY_DELETION.values().forEach(words::addAll);
      FILTER = new OneEditFilter(words);
    }

    private static void add(String w) {
      for (String d : NameIndex.deletions(w)) {
        List<String> ws = BY_DELETION.computeIfAbsent(d, k -> new java.util.ArrayList<>(1));
        if (!ws.contains(w)) {
          ws.add(w);
        }
      }
    }
  }

  /** The words {@link #FUZZY} corrects to. */
  private static final class FuzzyWords {
    static final OneEditFilter FILTER = new OneEditFilter(new java.util.HashSet<>(FUZZY.values()));
  }

  /**
   * A few words as lengths and letter sets ({@link TokenInfo#letters}), to rule out in a few operations per word
   * that a word is one edit from any of them: one edit changes the length by at most one and adds at most one
   * letter the other word lacks. Most words of a name are far from every legal form, and ruling them out this
   * way saves building their deletion strings. Immutable.
   */
  private static final class OneEditFilter {
    private final int[] lengths;
    private final long[] letters;

    OneEditFilter(java.util.Collection<String> words) {
      lengths = words.stream().mapToInt(String::length).toArray();
      letters = words.stream().mapToLong(TokenInfo::letters).toArray();
    }

    boolean mayBeNear(String word) {
      int length = word.length();
      long set = TokenInfo.letters(word);
      for (int k = 0; k < lengths.length; k++) {
        if (Math.abs(lengths[k] - length) <= 1 && TokenInfo.distanceBound(set, letters[k]) <= 1) {
          return true;
        }
      }
      return false;
    }
  }

  /** Splits a legal form glued to a word ("jscarzamas" → [jsc, arzamas]), or returns null. */
  static String[] unglue(String word) {
    if (word.length() < 6 || LEGAL.containsKey(word)) {
      return null;
    }
    for (String p : GLUED_PREFIX) {
      if (word.startsWith(p) && word.length() - p.length() >= 4) {
        return new String[] {p, word.substring(p.length())};
      }
    }
    for (String s : GLUED_SUFFIX) {
      if (word.endsWith(s) && word.length() - s.length() >= 4) {
        return new String[] {word.substring(0, word.length() - s.length()), s};
      }
    }
    return null;
  }

  /** The weak kind of a single word, or {@link TokenKind#CORE}. */
  static TokenKind weakKind(String word) {
    return WEAK.getOrDefault(word, TokenKind.CORE);
  }

  /** Canonical member of a name-variant family (Mohammed → muhammad), or null. */
  static String family(String word) {
    return FAMILY.get(word);
  }

  /** Every legal-form phrase, for tests. */
  static List<String> legalPhrases() {
    return List.copyOf(LEGAL.keySet());
  }
}
