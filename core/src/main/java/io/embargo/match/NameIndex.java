package io.embargo.match;

import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory index over every name and alias of every entry: the distinct name forms, prepared; a token
 * vocabulary with rarity weights; postings from token to forms; and key maps (romanisation key, Double
 * Metaphone, consonant skeleton, one-deletion neighbourhood, joined neighbours) from which {@link
 * CandidateFinder} draws a small candidate set. Built once; immutable afterwards and safe to share between
 * threads.
 */
final class NameIndex {
  final List<ListEntry> entries;
  /**
   * The distinct name forms: names with the same analysed tokens (an entry copied onto several lists, the same
   * alias on many vessels, a linked entry's names) are prepared, posted, drawn as candidates and scored once.
   */
  final PreparedName[] forms;
  /** The forms flat for the scorer, with the names written with each form ({@link FormTable#owners}). */
  final FormTable formTable;
  /** The form of each name. */
  final int[] nameForm;
  final int[] nameEntry;
  /** -1 primary name, -2 generated acronym, -3 linked entry's name, else the alias index. */
  final int[] nameAlias;
  /** The name as written (for linked names, as the linked entry writes it). */
  final String[] nameSource;
  /** The entry that writes the name (differs from {@link #nameEntry} for linked names). */
  final int[] nameOrigin;
  /** The first indexed name of each entry's primary name, or -1 when it has no letters. */
  final int[] entryPrimaryName;
  final NameQuality[] nameQuality;
  /**
   * Per form, the {@link #initialBit}s of the first letters of its words of two letters or more: whether a
   * query initial can stand for one of its words, without touching the form itself.
   */
  final int[] formInitials;
  /** {@link PreparedName#totalWeight} of each form, kept flat for the candidate ranking's inner loop. */
  final float[] formWeight;
  final Map<String, Integer> vocab;
  final TokenInfo[] vocabInfo;
  /** {@link TokenInfo#signature} of every vocabulary token, flat: what the scorer's most frequent check reads. */
  final long[] vocabSignatures;
  final int[][] postings;
  /**
   * {@link #formWeight} of each posting's form, parallel to {@link #postings}: the finder ranks every form it
   * draws by its weight, and reading it here, in order, beside the posting saves a random access per drawn form
   * (at a million names, one cache miss each).
   */
  final float[][] postingWeights;
  final double[] idf;
  final Map<String, int[]> byRkey;
  final Map<String, int[]> byPhonetic;
  final Map<String, int[]> bySkeleton;
  /** One-deletion keys of the vocabulary, by hash (see {@link DeletionKeys}). */
  final DeletionKeys byDeletion;
  final Map<String, int[]> joined;
  final Map<String, int[]> byIdentifier;
  final double unknownIdf;
  /** The largest rarity of any vocabulary word (bounds what an unknown query word can gain in the finder). */
  final double maxIdf;

  private record Raw(int entry, int alias, NameQuality quality, List<NameToken> tokens, String source, int origin) {}

  NameIndex(List<ListEntry> entries) {
    this(entries, null);
  }

  /**
   * @param corpus when not null, token rarity comes from this (larger) index instead of from {@code entries}:
   *     a token it knows keeps its rarity there, a token it does not know is as rare as a new token would be
   *     in it. This makes a small index over a list delta score exactly like the full index.
   */
  NameIndex(List<ListEntry> entries, NameIndex corpus) {
    this.entries = List.copyOf(entries);
    List<Raw> raws = new ArrayList<>();
    IntListMap ids = new IntListMap();
    for (int e = 0; e < this.entries.size(); e++) {
      collect(e, this.entries.get(e), raws);
      for (Identifier id : this.entries.get(e).identifiers()) {
        String n = EvidenceScorer.bareNumber(id);
        if (n.length() >= 5) {
          ids.add(n, e);
        }
      }
    }
    byIdentifier = ids.freeze();
    EntryLinker.link(this.entries, raws.size(), i -> raws.get(i).entry(), i -> raws.get(i).quality() == NameQuality.ACRONYM
        ? null : raws.get(i).tokens(), (target, i) -> {
          Raw r = raws.get(i);
          raws.add(new Raw(target, -3, NameQuality.LINKED, r.tokens(), r.source(), r.entry()));
        });
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> vocabIds = new HashMap<>();
    List<TokenInfo> infos = new ArrayList<>();
    for (Raw r : raws) {
      Set<String> seen = new HashSet<>();
      for (NameToken t : r.tokens()) {
        if (t.kind() != TokenKind.LEGAL && seen.add(t.text())) {
          df.merge(t.text(), 1, Integer::sum);
          if (!vocabIds.containsKey(t.text())) {
            vocabIds.put(t.text(), infos.size());
            infos.add(new TokenInfo(t.text(), t.transliterated(), infos.size()));
          }
        }
      }
    }
    vocab = vocabIds;
    vocabInfo = infos.toArray(new TokenInfo[0]);
    vocabSignatures = new long[vocabInfo.length * TokenInfo.SIGNATURE_LONGS];
    for (int v = 0; v < vocabInfo.length; v++) {
      vocabInfo[v].signature(vocabSignatures, v * TokenInfo.SIGNATURE_LONGS);
    }
    int total = Math.max(1, raws.size());
    idf = new double[vocabInfo.length];
    for (int v = 0; v < idf.length; v++) {
      double known = corpus == null ? -1 : corpus.idfOf(vocabInfo[v].text);
      idf[v] = known >= 0 ? known
          : corpus != null ? corpus.unknownIdf : Math.log(1.0 + (double) total / df.get(vocabInfo[v].text));
    }
    unknownIdf = corpus != null ? corpus.unknownIdf : Math.log(1.0 + total);
    double mx = 0;
    for (double v : idf) {
      mx = Math.max(mx, v);
    }
    maxIdf = mx;
    int rawCount = raws.size();
    nameEntry = new int[rawCount];
    nameAlias = new int[rawCount];
    nameQuality = new NameQuality[rawCount];
    nameSource = new String[rawCount];
    nameOrigin = new int[rawCount];
    nameForm = new int[rawCount];
    entryPrimaryName = new int[this.entries.size()];
    java.util.Arrays.fill(entryPrimaryName, -1);
    for (int i = rawCount - 1; i >= 0; i--) {
      if (raws.get(i).alias() == -1) {
        entryPrimaryName[raws.get(i).entry()] = i;
      }
    }
    Map<List<NameToken>, Integer> formIds = new HashMap<>();
    List<PreparedName> formList = new ArrayList<>();
    IntListMap post = new IntListMap();
    IntListMap join = new IntListMap();
    for (int i = 0; i < rawCount; i++) {
      Raw r = raws.get(i);
      nameEntry[i] = r.entry();
      nameAlias[i] = r.alias();
      nameQuality[i] = r.quality();
      nameSource[i] = r.source();
      nameOrigin[i] = r.origin();
      Integer f = formIds.get(r.tokens());
      if (f == null) {
        f = formList.size();
        formIds.put(r.tokens(), f);
        PreparedName form = PreparedName.of(r.tokens(), t -> vocabInfo[vocabIds.get(t.text())], t -> idf[t.id]);
        formList.add(form);
        for (TokenInfo t : form.tokens) {
          if (t.length() >= 2) {
            post.add(t.text, f);
          }
        }
        for (String j : form.joins) {
          join.add(j, f);
        }
      }
      nameForm[i] = f;
    }
    forms = formList.toArray(new PreparedName[0]);
    formWeight = new float[forms.length];
    formInitials = new int[forms.length];
    for (int f = 0; f < forms.length; f++) {
      for (int j = 0; j < forms[f].size(); j++) {
        if (forms[f].lengths[j] > 1) {
          formInitials[f] |= initialBit(forms[f].firsts[j]);
        }
      }
    }
    for (int f = 0; f < forms.length; f++) {
      formWeight[f] = (float) forms[f].totalWeight;
    }
    formTable = new FormTable(forms, nameForm);
    Map<String, int[]> p = post.freeze();
    postings = new int[vocabInfo.length][];
    postingWeights = new float[vocabInfo.length][];
    for (int v = 0; v < vocabInfo.length; v++) {
      postings[v] = p.getOrDefault(vocabInfo[v].text, IntListMap.empty());
      postingWeights[v] = new float[postings[v].length];
      for (int k = 0; k < postings[v].length; k++) {
        postingWeights[v][k] = formWeight[postings[v][k]];
      }
    }
    joined = join.freeze();
    IntListMap rk = new IntListMap();
    IntListMap ph = new IntListMap();
    IntListMap sk = new IntListMap();
    IntListMap del = new IntListMap();
    for (int v = 0; v < vocabInfo.length; v++) {
      TokenInfo t = vocabInfo[v];
      if (t.length() < 2) {
        continue;
      }
      rk.add(t.rkey, v);
      if (t.length() >= 4) {
        ph.add(t.phonetic, v);
        for (String d : deletions(t.text)) {
          del.add(d, v);
        }
      }
      if (t.skeleton.length() >= 2) {
        sk.add(t.skeleton, v);
      }
    }
    byRkey = rk.freeze();
    byPhonetic = ph.freeze();
    bySkeleton = sk.freeze();
    byDeletion = new DeletionKeys(del.freeze());
  }

  /** The bit of a word's first character in {@link #formInitials}: a–z, then one bit for everything else. */
  static int initialBit(char c) {
    return 1 << (c >= 'a' && c <= 'z' ? c - 'a' : 26);
  }

  /** Rarity of a token text, negative when the index has never seen it. */
  double idfOf(String text) {
    Integer v = vocab.get(text);
    return v == null ? -1 : idf[v];
  }

  /** The token itself and every string one deletion away. */
  static List<String> deletions(String s) {
    List<String> out = new ArrayList<>(s.length() + 1);
    out.add(s);
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && s.charAt(i) == s.charAt(i - 1)) {
        continue;
      }
      out.add(s.substring(0, i) + s.substring(i + 1));
    }
    return out;
  }

  /** The name as the list writes it. */
  String nameText(int name) {
    return nameSource[name];
  }

  private static void collect(int e, ListEntry entry, List<Raw> raws) {
    Set<String> seen = new HashSet<>();
    add(e, -1, NameQuality.PRIMARY, entry.name(), raws, seen);
    for (int a = 0; a < entry.aliases().size(); a++) {
      Alias al = entry.aliases().get(a);
      add(e, a, al.quality() == AliasQuality.WEAK ? NameQuality.WEAK_ALIAS : NameQuality.ALIAS, al.name(), raws,
          seen);
    }
    if (entry.type() != PartyType.PERSON) {
      for (List<NameToken> v : NameAnalyzer.analyze(entry.name())) {
        String acr = Acronyms.initialism(v);
        if (acr != null && seen.add(acr)) {
          raws.add(new Raw(e, -2, NameQuality.ACRONYM, List.of(new NameToken(acr, TokenKind.CORE, null, false)),
              acr.toUpperCase(java.util.Locale.ROOT) + " (acronym of " + entry.name() + ")", e));
        }
      }
    }
  }

  private static void add(int e, int alias, NameQuality q, String name, List<Raw> raws, Set<String> seen) {
    for (List<NameToken> v : NameAnalyzer.analyze(name)) {
      StringBuilder key = new StringBuilder();
      for (NameToken t : v) {
        key.append(t.text()).append(' ');
      }
      if (seen.add(key.toString())) {
        raws.add(new Raw(e, alias, q, v, name, e));
      }
    }
  }
}
