package io.embargo.match;

/**
 * What a normalised name token is. Only {@link #CORE} tokens carry a name's identity; the others are weak:
 * they count for little (or nothing) when present on one side only.
 */
enum TokenKind {
  /** An ordinary name word. */
  CORE,
  /** A legal form (Ltd, LLC, OOO, AO, GmbH, …), ignored when on one side only. */
  LEGAL,
  /** An honorific or title of a person (Mr, Dr, Sheikh, General, Haji…). */
  HONORIFIC,
  /** A generic organisation word (Group, Holding, Trading, International, Head Office…). */
  ORG_NOISE,
  /** A particle or stop word (al, el, of, the, and, de…). */
  PARTICLE;

  /**
   * Fixed weight of a weak token, whatever its rarity (a rare honorific is still an honorific); negative for
   * {@link #CORE}, whose weight is its rarity.
   */
  double fixedWeight() {
    switch (this) {
      case CORE: return -1;
      case ORG_NOISE: return 1.5;
      case PARTICLE: return 0.6;
      case HONORIFIC: return 0.8;
      default: return 0.0;
    }
  }
}
