package io.embargo.store;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListImportException;
import io.embargo.lists.ListImporters;
import io.embargo.model.ListId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Downloads the official list files from their published URLs ({@link ListSources}), verifies them and
 * imports them as new versions. All files of all selected lists are downloaded and parsed before anything
 * is stored: without network, or with any file empty, unparsable or not matching a configured SHA-256,
 * the update fails with one message and the store is unchanged. Re-screening is the caller's next step
 * ({@code Monitor.runPending()}).
 *
 * <p>Not thread-safe per instance (it reuses its download folder); cheap to create.
 */
public final class ListUpdater {
  private final ListStore store;
  private final HttpClient http;
  private final Path workDir;
  private final Duration timeout;

  /**
   * @param workDir where downloads are kept (one sub-folder per list), created if needed
   */
  public ListUpdater(ListStore store, Path workDir, Duration timeout) {
    this.store = store;
    this.workDir = workDir;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /**
   * Downloads, verifies and imports the selected lists.
   *
   * @param only lists to update, or empty for every list in {@code sources}
   * @param log one line per downloaded file (URL, bytes, SHA-256)
   * @return per list, what the import did
   * @throws IllegalStateException when a download fails (naming the URL); nothing is changed
   * @throws IllegalArgumentException when a file is empty, unparsable or has the wrong SHA-256; nothing is changed
   */
  public List<ImportResult> update(ListSources sources, Set<ListId> only, Actor actor, Consumer<String> log) {
    List<ImportedList> ready = new ArrayList<>();
    for (Map.Entry<ListId, ListSources.Source> e : sources.sources().entrySet()) {
      if (!only.isEmpty() && !only.contains(e.getKey())) {
        continue;
      }
      ready.add(fetch(e.getKey(), e.getValue(), log));
    }
    if (ready.isEmpty()) {
      throw new IllegalArgumentException("lists update: no source configured for " + only);
    }
    List<ImportResult> out = new ArrayList<>();
    for (ImportedList l : ready) {
      out.add(store.importList(l, actor));
    }
    return out;
  }

  private ImportedList fetch(ListId list, ListSources.Source src, Consumer<String> log) {
    Path dir = workDir.resolve(list.code());
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException("lists update: cannot create " + dir + ": " + e.getMessage(), e);
    }
    for (URI url : src.urls()) {
      Path f = dir.resolve(fileName(url));
      String sha = download(url, f);
      String expected = src.sha256().get(f.getFileName().toString());
      if (expected != null && !expected.equals(sha)) {
        throw new IllegalArgumentException("lists update: " + url + ": SHA-256 " + sha + " is not the configured "
            + expected + "; nothing changed");
      }
      log.accept(list.code() + ": " + url + " -> " + f.getFileName() + " sha256 " + sha);
      files.add(f);
    }
    try {
      List<ImportedList> read = ListImporters.read(files, list, src.format());
      if (read.size() != 1) {
        throw new IllegalArgumentException("lists update: " + list.code() + ": the files make " + read.size()
            + " lists, expected one; nothing changed");
      }
      return read.get(0);
    } catch (ListImportException e) {
      throw new IllegalArgumentException("lists update: " + list.code() + " from " + src.urls() + ": "
          + e.getMessage() + "; nothing changed", e);
    }
  }

  private String download(URI url, Path target) {
    HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", "embargo-list-update")
        .GET().build();
    try {
      HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = resp.body()) {
        if (resp.statusCode() != 200) {
          throw new IllegalStateException("lists update: " + url + " answered HTTP " + resp.statusCode()
              + "; nothing changed");
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        long n = Files.copy(new DigestInputStream(body, md), tmp, StandardCopyOption.REPLACE_EXISTING);
        if (n == 0) {
          Files.deleteIfExists(tmp);
          throw new IllegalArgumentException("lists update: " + url + " is empty; nothing changed");
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return HexFormat.of().formatHex(md.digest());
      }
    } catch (IOException e) {
      throw new IllegalStateException("lists update: cannot download " + url + " (" + describe(e)
          + "); no network? nothing changed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("lists update: interrupted while downloading " + url, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** The last path segment, lower-cased ({@code SDN.CSV} → {@code sdn.csv}), or {@code download}. */
  static String fileName(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return last.isEmpty() || last.startsWith(".") ? "download" : last.replaceAll("[^a-z0-9._-]", "_");
  }
}
