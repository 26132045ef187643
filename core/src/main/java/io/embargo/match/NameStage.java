package io.embargo.match;

import java.util.List;

/**
 * One small, named step of the normalisation chain (in the spirit of a Lucene token filter): takes the
 * tokens so far and returns the tokens after this step. Implementations are stateless and thread-safe.
 */
interface NameStage {
  /** A short name for documentation and tests, e.g. {@code legal-forms}. */
  String name();

  List<NameToken> apply(List<NameToken> tokens);
}
