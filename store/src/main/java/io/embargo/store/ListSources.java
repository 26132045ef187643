package io.embargo.store;

import io.embargo.lists.ListFormat;
import io.embargo.model.ListId;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where each list is published: the URLs of its files, its format, and optionally the expected SHA-256 of
 * each file. Read from properties ({@code LIST.urls}, {@code LIST.format}, {@code LIST.sha256.FILE});
 * the built-in defaults are the agencies' published URLs. Validated on construction, with messages naming
 * the setting. Immutable.
 *
 * @param sources per list, its source
 */
public record ListSources(Map<ListId, Source> sources) {

  /**
   * One list's published files.
   *
   * @param urls the files, in import order (for OFAC: primary records first)
   * @param format the format, or null to detect it
   * @param sha256 expected SHA-256 per file name (lower-case), possibly empty
   */
  public record Source(List<URI> urls, ListFormat format, Map<String, String> sha256) {
    public Source {
      urls = List.copyOf(urls);
      sha256 = Map.copyOf(sha256);
    }
  }

  public ListSources {
    sources = Map.copyOf(sources);
  }

  /** The built-in agency URLs. */
  public static ListSources defaults() {
    try (InputStream in = ListSources.class.getResourceAsStream("list-sources.properties")) {
      Properties p = new Properties();
      p.load(in);
      return of(p, "built-in list-sources.properties");
    } catch (IOException e) {
      throw new IllegalStateException("built-in list-sources.properties is unreadable", e);
    }
  }

  /**
   * Reads a properties file.
   *
   * @throws IllegalArgumentException naming the file and setting when a value is invalid
   */
  public static ListSources load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read list sources: " + e.getMessage(), e);
    }
    return of(p, file.toString());
  }

  /** Parses properties; {@code origin} names them in error messages. */
  public static ListSources of(Properties p, String origin) {
    Map<ListId, Source> out = new EnumMap<>(ListId.class);
    for (String key : p.stringPropertyNames()) {
      int dot = key.indexOf('.');
      String listCode = dot < 0 ? key : key.substring(0, dot);
      ListId list;
      try {
        list = ListId.fromCode(listCode);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ", setting " + key + ": " + e.getMessage(), e);
      }
      if (!key.equals(listCode + ".urls") || out.containsKey(list)) {
        continue;
      }
      out.put(list, source(p, list, origin));
    }
    return new ListSources(out);
  }

  private static Source source(Properties p, ListId list, String origin) {
    String prefix = list.code() + ".";
    List<URI> urls = new ArrayList<>();
    for (String u : p.getProperty(prefix + "urls", "").trim().split("[\\s,]+")) {
      if (!u.isEmpty()) {
        urls.add(url(u, origin, prefix + "urls"));
      }
    }
    if (urls.isEmpty()) {
      throw new IllegalArgumentException(origin + ", setting " + prefix + "urls: no URL given");
    }
    String fmt = p.getProperty(prefix + "format");
    ListFormat format = null;
    if (fmt != null && !fmt.isBlank()) {
      try {
        format = ListFormat.valueOf(fmt.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ", setting " + prefix + "format: unknown format '" + fmt + "'", e);
      }
    }
    Map<String, String> sha = new java.util.HashMap<>();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith(prefix + "sha256.")) {
        String v = p.getProperty(k).trim().toLowerCase(Locale.ROOT);
        if (!v.matches("[0-9a-f]{64}")) {
          throw new IllegalArgumentException(origin + ", setting " + k + ": not a SHA-256 (64 hex digits)");
        }
        sha.put(k.substring((prefix + "sha256.").length()).toLowerCase(Locale.ROOT), v);
      }
    }
    return new Source(urls, format, sha);
  }

  private static URI url(String u, String origin, String setting) {
    try {
      URI uri = new URI(u);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
        throw new URISyntaxException(u, "only http and https URLs are supported");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(origin + ", setting " + setting + ": bad URL '" + u + "': " + e.getReason(), e);
    }
  }

  /** These sources with the lists of {@code overrides} replaced by theirs (command-line overrides). */
  public ListSources merge(ListSources overrides) {
    Map<ListId, Source> m = new EnumMap<>(ListId.class);
    m.putAll(sources);
    m.putAll(overrides.sources());
    return new ListSources(m);
  }
}
