package io.embargo.model;

import java.util.Objects;

/**
 * One alternative name of a list entry.
 *
 * @param name the alias as the list writes it; never blank
 * @param quality strength of the alias
 * @param kind the list's own label ({@code aka}, {@code fka}, {@code nka}, {@code Good}, …), or null
 */
public record Alias(String name, AliasQuality quality, String kind) implements java.io.Serializable {
  public Alias {
    Objects.requireNonNull(name, "alias name");
    Objects.requireNonNull(quality, "alias quality");
    if (name.isBlank()) {
      throw new IllegalArgumentException("alias name is blank");
    }
  }

  /** A strong alias with no label. */
  public static Alias strong(String name) {
    return new Alias(name, AliasQuality.STRONG, null);
  }
}
