package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordReachTest {
  private static final NameIndex INDEX = ((IndexedScreener) Screener.builder().add(entries()).build()).index();

  private static List<ListEntry> entries() {
    String[] names = {"Ivan STRELOY", "Ivan STRELLOY", "Seadrill Partners", "John SMITH", "Peter SMYTH",
        "Mohammed Hussein", "Muhammad Husain", "Petrov Trading", "Ivanov Shipping", "Alexandrov Holdings"};
    List<ListEntry> l = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      l.add(ListEntry.builder(ListId.UK, "e" + i).type(PartyType.PERSON).name(names[i]).build());
    }
    return l;
  }

  private static TokenInfo word(String text) {
    Integer v = INDEX.vocab.get(text);
    return v != null ? INDEX.vocabInfo[v] : new TokenInfo(text, false);
  }

  private static List<String> reached(WordReach.Reach r) {
    return Arrays.stream(r.words).mapToObj(v -> INDEX.vocabInfo[v].text).toList();
  }

  @Test
  void aListedWordReachesItselfFirstAndItsVariants() {
    WordReach.Reach r = new WordReach(INDEX, 16).of(word("mohammed"));
    assertThat(reached(r).get(0)).isEqualTo("mohammed");
    assertThat(r.sims[0]).isEqualTo(1.0);
    assertThat(reached(r)).contains("muhammad");
  }

  @Test
  void typosReachTheirWordsWithTheScorersSimilarity() {
    TokenInfo typo = word("strelooy");
    WordReach.Reach r = new WordReach(INDEX, 16).of(typo);
    assertThat(reached(r)).contains("streloy", "strelloy");
    for (int k = 0; k < r.words.length; k++) {
      assertThat(r.sims[k]).isEqualTo(TokenSimilarity.score(typo, INDEX.vocabInfo[r.words[k]]));
    }
  }

  @Test
  void aPhoneticCollisionTheScorerRejectsIsNotReached() {
    TokenInfo q = word("seadril");
    assertThat(q.phonetic).isEqualTo(INDEX.vocabInfo[INDEX.vocab.get("streloy")].phonetic);
    assertThat(reached(new WordReach(INDEX, 16).of(q))).contains("seadrill").doesNotContain("streloy");
  }

  @Test
  void aRepeatedWordIsComputedOnceAndTheTransliterationFlagIsPartOfTheKey() {
    WordReach reach = new WordReach(INDEX, 16);
    WordReach.Reach first = reach.of(new TokenInfo("smiht", false));
    assertThat(reach.of(new TokenInfo("smiht", false))).isSameAs(first);
    WordReach.Reach translit = reach.of(new TokenInfo("smiht", true));
    assertThat(translit).isNotSameAs(first);
    assertThat(translit.transliterated).isTrue();
  }

  @Test
  void wordsSharingASlotNeverGetEachOthersReach() {
    WordReach reach = new WordReach(INDEX, 1);
    assertThat(reached(reach.of(word("petrov")))).containsExactly("petrov");
    assertThat(reached(reach.of(word("ivanov")))).containsExactly("ivanov");
    assertThat(reached(reach.of(word("petrov")))).containsExactly("petrov");
  }

  @Test
  void threadsSharingOneSlotEachGetTheirOwnWordsReach() throws Exception {
    WordReach reach = new WordReach(INDEX, 1);
    String[] words = {"petrov", "ivanov", "smith", "mohammed"};
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> runs = new ArrayList<>();
      for (String w : words) {
        TokenInfo t = word(w);
        runs.add(pool.submit(() -> {
          for (int k = 0; k < 20_000; k++) {
            WordReach.Reach r = reach.of(t);
            if (!r.text.equals(w) || r.words[0] != t.id) {
              return false;
            }
          }
          return true;
        }));
      }
      for (var run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSizeMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> new WordReach(INDEX, 12)).hasMessageContaining("slots: 12");
  }

  /** Listed words, misspelt (a letter dropped, one replaced, or both), and sometimes random words. */
  @Property(tries = 3000)
  void everyReachedWordIsDistinctAndAlignable(@ForAll @IntRange(min = 0, max = 1000) int word,
      @ForAll @IntRange(min = 0, max = 20) int drop, @ForAll @IntRange(min = 0, max = 20) int change,
      @ForAll @CharRange(from = 'a', to = 'z') char letter, @ForAll @AlphaChars @StringLength(min = 1, max = 9)
      String random) {
    String text = INDEX.vocabInfo[word % INDEX.vocabInfo.length].text;
    StringBuilder b = new StringBuilder(word % 7 == 0 ? random.toLowerCase(Locale.ROOT) : text);
    if (b.length() > 3 && drop % 2 == 0) {
      b.deleteCharAt(drop % b.length());
    }
    if (change % 2 == 0) {
      b.setCharAt(change % b.length(), letter);
    }
    TokenInfo q = new TokenInfo(b.toString(), false);
    WordReach.Reach r = new WordReach(INDEX, 1).of(q);
    assertThat(Arrays.stream(r.words).distinct().count()).isEqualTo(r.words.length);
    for (int k = 0; k < r.words.length; k++) {
      double sim = TokenSimilarity.score(q, INDEX.vocabInfo[r.words[k]]);
      assertThat(r.sims[k]).isEqualTo(sim).isGreaterThanOrEqualTo(NameScorer.MIN_PAIR);
    }
    Statistics.label("reaches a word").collect(r.words.length > 0);
  }
}
