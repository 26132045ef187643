package io.embargo.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordCacheTest {
  private final AtomicInteger loads = new AtomicInteger();
  private final WordCache cache = new WordCache(4, w -> {
    loads.incrementAndGet();
    return TokenInfo.of(w);
  });

  private static NameToken word(String text, boolean transliterated) {
    return new NameToken(text, TokenKind.CORE, null, transliterated);
  }

  @Test
  void aRepeatedWordIsPreparedOnce() {
    TokenInfo first = cache.get(word("petrov", false));
    assertThat(cache.get(word("petrov", false))).isSameAs(first);
    assertThat(loads).hasValue(1);
    assertThat(first.text).isEqualTo("petrov");
    assertThat(first.rkey).isEqualTo(TokenInfo.of(word("petrov", false)).rkey);
  }

  @Test
  void theTransliterationFlagIsPartOfTheKey() {
    TokenInfo plain = cache.get(word("ivanov", false));
    TokenInfo translit = cache.get(word("ivanov", true));
    assertThat(plain.transliterated).isFalse();
    assertThat(translit.transliterated).isTrue();
  }

  @Test
  void wordsSharingASlotNeverGetEachOthersToken() {
    // 4 slots, 200 words: most share a slot with another; each must still come back as itself
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      words.add("word" + i);
    }
    for (int round = 0; round < 3; round++) {
      for (String w : words) {
        assertThat(cache.get(word(w, false)).text).isEqualTo(w);
      }
    }
    assertThat(loads.get()).isGreaterThan(200); // slots were taken over, not grown
  }

  @Test
  void slotsMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> new WordCache(1000, TokenInfo::of)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slots");
  }
}
