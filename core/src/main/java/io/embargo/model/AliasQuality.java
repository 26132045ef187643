package io.embargo.model;

/**
 * How strong a list's alias is. OFAC "weak" AKAs, UN "Low" and UK "Low quality" aliases are {@link #WEAK}:
 * OFAC does not expect them to be screened alone, only to corroborate other evidence.
 */
public enum AliasQuality {
  STRONG,
  WEAK,
  UNKNOWN
}
