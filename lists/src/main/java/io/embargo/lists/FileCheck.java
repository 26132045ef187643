package io.embargo.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * First pass over a list file, before any parsing: it must exist and not be empty, its bytes feed the
 * list's SHA-256, and a text file must be valid UTF-8. Doing the UTF-8 check here, on bytes, gives the
 * exact line of a bad byte, which a parser reading through a buffered decoder cannot.
 */
final class FileCheck {
  private static final int CHUNK = 64 * 1024;

  private FileCheck() {}

  /**
   * Checks the file and adds its bytes to {@code digest}.
   *
   * @param utf8 true when the format is text that must be UTF-8
   */
  static void check(Path file, boolean utf8, MessageDigest digest) throws ListImportException {
    if (!Files.exists(file)) {
      throw new ListImportException(file, null, null, "file not found");
    }
    if (!Files.isRegularFile(file)) {
      throw new ListImportException(file, null, null, "not a regular file");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(CHUNK);
    CharBuffer out = CharBuffer.allocate(CHUNK);
    long total = 0;
    long line = 1;
    try (InputStream is = Files.newInputStream(file)) {
      byte[] buf = in.array();
      int n;
      while ((n = is.read(buf, in.position(), buf.length - in.position())) > 0) {
        digest.update(buf, in.position(), n);
        total += n;
        if (!utf8) {
          continue;
        }
        in.position(in.position() + n);
        in.flip();
        line = decode(file, decoder, in, out, false, line);
        in.compact();
      }
      if (total == 0) {
        throw new ListImportException(file, null, null, "file is empty");
      }
      if (utf8) {
        in.flip();
        decode(file, decoder, in, out, true, line);
      }
    } catch (NoSuchFileException e) {
      throw new ListImportException(file, null, null, "file not found", e);
    } catch (IOException e) {
      throw new ListImportException(file, null, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private static long decode(Path file, CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end,
      long line) throws ListImportException {
    long l = line;
    while (true) {
      CoderResult r = decoder.decode(in, out, end);
      l += newlines(out);
      if (r.isError()) {
        throw new ListImportException(file, "line " + l, null,
            "not valid UTF-8 (byte 0x" + Integer.toHexString(in.get(in.position()) & 0xff)
                + "); the file must be UTF-8 encoded");
      }
      if (r.isUnderflow()) {
        if (end && !in.hasRemaining()) {
          CoderResult f = decoder.flush(out);
          l += newlines(out);
          if (f.isError()) {
            throw new ListImportException(file, "line " + l, null, "not valid UTF-8 at the end of the file");
          }
        } else if (end) {
          throw new ListImportException(file, "line " + l, null,
              "ends inside a UTF-8 character: the file is truncated or not UTF-8");
        }
        return l;
      }
    }
  }

  private static long newlines(CharBuffer out) {
    out.flip();
    long n = 0;
    while (out.hasRemaining()) {
      if (out.get() == '\n') {
        n++;
      }
    }
    out.clear();
    return n;
  }

  /** Lower-case hex of a digest. */
  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
