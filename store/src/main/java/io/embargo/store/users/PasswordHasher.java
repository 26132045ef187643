package io.embargo.store.users;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK (no extra dependency), stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64), so the iteration count can be raised later without
 * invalidating existing hashes. Thread-safe.
 */
final class PasswordHasher {
  /** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256. */
  static final int ITERATIONS = 210_000;
  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Hashed against when the user does not exist, so unknown and known users take the same time. */
  private static final String DUMMY = hash("not-a-password".toCharArray());

  private PasswordHasher() {}

  static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] h = pbkdf2(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(h);
  }

  /** Constant-time check of {@code password} against a stored string; false for a malformed one. */
  static boolean matches(char[] password, String stored) {
    String[] p = stored.split("\\$");
    if (p.length != 4 || !p[0].equals(SCHEME)) {
      return false;
    }
    int iterations;
    byte[] salt;
    byte[] expected;
    try {
      iterations = Integer.parseInt(p[1]);
      salt = Base64.getDecoder().decode(p[2]);
      expected = Base64.getDecoder().decode(p[3]);
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] actual = pbkdf2(password, salt, iterations);
    return MessageDigest.isEqual(actual, expected);
  }

  /** Burns the same time as a real check, for unknown users. */
  static void dummyCheck(char[] password) {
    matches(password, DUMMY);
  }

  /** The iteration count a stored hash was made with (for tests and upgrades). */
  static int iterationsOf(String stored) {
    return Integer.parseInt(stored.split("\\$")[1]);
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is unavailable in this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** SHA-256 of an API key, hex. */
  static String sha256Hex(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  static void wipe(char[] c) {
    if (c != null) {
      Arrays.fill(c, '\0');
    }
  }
}
