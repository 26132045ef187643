package io.embargo.match;

import io.embargo.model.AliasQuality;

/** Where an indexed name comes from, and how much a match on it is worth. */
enum NameQuality {
  PRIMARY(1.0),
  ALIAS(1.0),
  /** A name of another entry that shares a full name with this one (same party on another list). */
  LINKED(0.97),
  /** A weak alias: corroborates, does not alert alone. */
  WEAK_ALIAS(0.9),
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
