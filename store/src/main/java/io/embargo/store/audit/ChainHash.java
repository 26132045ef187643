package io.embargo.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one audit record: SHA-256 over its canonical form followed by the previous record's hash.
 * Every field is length-prefixed so no two different records share a canonical form. Not thread-safe (keeps
 * one digest); create one per thread.
 */
final class ChainHash {
  /** The {@code prev_hash} of the first record ever written. */
  static final String GENESIS = "0".repeat(64);

  private final MessageDigest sha = newDigest();
  private final StringBuilder sb = new StringBuilder(512);

  String of(long seq, long atMs, String actor, String action, String subject, String details, String regimes,
      String prevHash) {
    sb.setLength(0);
    sb.append("embargo-audit-v1\n").append(seq).append('\n').append(atMs).append('\n');
    put(actor);
    put(action);
    put(subject);
    put(details);
    put(regimes);
    sb.append(prevHash);
    byte[] digest = sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  private void put(String s) {
    sb.append(s.length()).append(':').append(s).append('\n');
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
