package io.embargo.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A buffered output file that can start over, or resume at a byte offset from a checkpoint (cutting off
 * whatever a crashed run wrote after it), and report its flushed length.
 */
final class AppendFile {
  private final FileChannel channel;
  private final OutputStream out;

  /** @param resumeAt -1 to truncate and start fresh, else the length to cut the file to and append after */
  AppendFile(Path file, long resumeAt) throws IOException {
    if (resumeAt < 0) {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } else {
      channel = FileChannel.open(file, StandardOpenOption.WRITE);
      long size = channel.size();
      if (size < resumeAt) {
        channel.close();
        throw new IllegalArgumentException(file + ": shorter (" + size + " bytes) than its checkpoint ("
            + resumeAt + " bytes); cannot resume, start over without --resume");
      }
      channel.truncate(resumeAt);
      channel.position(resumeAt);
    }
    out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  OutputStream stream() {
    return out;
  }

  /** Flushes the buffer to the file and returns its length. */
  long flush() throws IOException {
    out.flush();
    return channel.position();
  }

  void close() throws IOException {
    out.close();
  }
}
