package io.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.config.SharedFolder;
import io.embargo.lists.ImportedList;
import io.embargo.lists.SharedLists;
import io.embargo.match.Screener;
import io.embargo.match.ScreeningOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every case of the seed article (NSO Group, Candiru, Positive Technologies, COSEINC) against the real lists. */
class SeedArticleEvalTest {

  @Test
  void everySeedArticleCaseIsRightAtTheDefaultThreshold() throws Exception {
    Screener.Builder b = Screener.builder();
    for (ImportedList l : SharedLists.evalSet()) {
      b.add(l.entries());
    }
    Screener s = b.build();
    List<EvalCases.Case> cases = EvalCases.read(SharedFolder.require().resolve("eval/seed-article.jsonl"));
    assertThat(cases).hasSize(37);
    List<String> wrong = new ArrayList<>();
    for (EvalCases.Case c : cases) {
      EvalCases.Outcome o = EvalCases.score(s, c, ScreeningOptions.DEFAULT);
      boolean right = c.negative() ? o.other() < s.defaultThreshold()
          : o.expected() != null && o.expected() >= s.defaultThreshold();
      if (!right) {
        wrong.add(c.id() + " " + c.kind() + " '" + c.query().name() + "' expected=" + o.expected() + " other="
            + o.other());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
