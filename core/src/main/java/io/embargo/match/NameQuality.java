package io.embargo.match;

import io.embargo.model.AliasQuality;

/** Where an indexed name comes from, and how much a match on it is worth. */
enum NameQuality {
  PRIMARY(1.0),
  ALIAS(1.0),
  /** A name of another entry that shares a full name with this one (same party on another list). */
  LINKED(0.97),
  /**
   * A weak alias: corroborates, does not alert alone. OFAC does not expect weak AKAs to be screened but to
   * confirm hits raised by other data (FAQs 122 and 124), so a perfect weak-alias match scores 0.78, under the
   * default threshold, and reaches it only with a matching country, date of birth or identifier.
   */
  WEAK_ALIAS(0.78),
  /** An initialism generated from a listed organisation name: a low-weight key. */
  ACRONYM(0.75);

  final double factor;

  NameQuality(double factor) {
    this.factor = factor;
  }

  AliasQuality aliasQuality() {
    return this == WEAK_ALIAS || this == ACRONYM ? AliasQuality.WEAK : AliasQuality.STRONG;
  }

  /** Applies the quality to a name score. */
  double apply(double score) {
    return this == ACRONYM ? Math.min(score, 1.0) * factor : score * factor;
  }
}
