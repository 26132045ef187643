package io.embargo.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Decision thresholds: the compliance officer's choices, not the law. Immutable and validated on
 * construction, so a {@code Policy} that exists is usable; every {@link Decision} records its
 * {@link #version()}.
 *
 * @param version a label recorded with every decision (setting {@code policy.version}); not blank
 * @param blockThreshold a named hit on a blocking list at or above this score blocks, and an owner whose
 *     screening reaches it is a listed owner ({@code policy.block-threshold}, in [0,1])
 * @param reviewThreshold a hit at or above this score is at least a possible match
 *     ({@code policy.review-threshold}, in [0, block-threshold])
 * @param weakAliasClears a hit on a weak alias only is noted but does not raise the outcome
 *     ({@code policy.weak-alias-clears}); OFAC does not expect weak AKAs to be screened alone
 */
public record Policy(String version, double blockThreshold, double reviewThreshold, boolean weakAliasClears) {
  public static final String VERSION = "policy.version";
  public static final String BLOCK_THRESHOLD = "policy.block-threshold";
  public static final String REVIEW_THRESHOLD = "policy.review-threshold";
  public static final String WEAK_ALIAS_CLEARS = "policy.weak-alias-clears";

  /** @throws IllegalArgumentException naming the setting that is wrong */
  public Policy {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException(VERSION + ": must not be empty");
    }
    requireScore(BLOCK_THRESHOLD, blockThreshold);
    requireScore(REVIEW_THRESHOLD, reviewThreshold);
    if (reviewThreshold > blockThreshold) {
      throw new IllegalArgumentException(REVIEW_THRESHOLD + ": must not exceed " + BLOCK_THRESHOLD + " ("
          + reviewThreshold + " > " + blockThreshold + ")");
    }
  }

  private static void requireScore(String setting, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(setting + ": must be between 0 and 1, was " + v);
    }
  }

  /** The bundled default policy ({@code policy-default.properties}). */
  public static Policy defaults() {
    try (InputStream in = Policy.class.getResourceAsStream("policy-default.properties")) {
      Properties p = new Properties();
      p.load(in);
      return fromProperties(p, "policy-default.properties", null);
    } catch (IOException e) {
      throw new UncheckedIOException("policy-default.properties: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a properties file; settings it leaves out keep their default.
   *
   * @throws IllegalArgumentException naming the file and the setting when a value is invalid, or the file
   *     when it cannot be read
   */
  public static Policy load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read policy file: " + e.getMessage(), e);
    }
    return fromProperties(p, file.toString(), defaults());
  }

  /**
   * Builds a policy from settings named as in this class's constants.
   *
   * @param source the file or origin, named in error messages
   * @param base defaults for settings that are absent, or null when every setting is required
   */
  public static Policy fromProperties(Properties p, String source, Policy base) {
    try {
      String version = p.getProperty(VERSION, base == null ? null : base.version());
      double block = number(p, BLOCK_THRESHOLD, base == null ? null : base.blockThreshold());
      double review = number(p, REVIEW_THRESHOLD, base == null ? null : base.reviewThreshold());
      String weak = p.getProperty(WEAK_ALIAS_CLEARS, base == null ? null : String.valueOf(base.weakAliasClears()));
      return new Policy(version == null ? null : version.trim(), block, review, bool(WEAK_ALIAS_CLEARS, weak));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static double number(Properties p, String key, Double dflt) {
    String v = p.getProperty(key);
    if (v == null) {
      if (dflt == null) {
        throw new IllegalArgumentException(key + ": missing");
      }
      return dflt;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": not a number: '" + v + "'", e);
    }
  }

  private static boolean bool(String key, String v) {
    if (v == null) {
      throw new IllegalArgumentException(key + ": missing");
    }
    switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true": case "yes": return true;
      case "false": case "no": return false;
      default: throw new IllegalArgumentException(key + ": must be true or false, was '" + v + "'");
    }
  }
}
