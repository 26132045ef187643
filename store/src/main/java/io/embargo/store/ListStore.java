package io.embargo.store;

import io.embargo.lists.ImportedList;
import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.embargo.model.PartyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The versioned list store: every import of a list is kept as a version; unchanged entries are stored once
 * and shared between versions. The front door of list history.
 *
 * <p><b>Versions in force.</b> A version's <em>effective date</em> is the list's own publication date when
 * the file carries one, else the UTC date it was imported. The version in force on a date D is, per list,
 * the one with the latest effective date on or before D (ties: the higher version number). Backfilling old
 * files with their publication dates therefore never displaces the current version.
 *
 * <p><b>Atomicity.</b> An import runs in one transaction: a failed or killed import leaves the previous
 * version active and nothing half-written. The same transaction queues the re-screen of the watch list
 * against the new version ({@code io.embargo.store.watch.Monitor} runs it), so a crash between the two
 * loses no re-screen.
 *
 * <p>Thread-safe (state lives in the database). Arguments are non-null unless stated.
 */
public final class ListStore {
  private static final int BATCH = 1000;
  private final Database db;
  private final Jdbi jdbi;
  private final int keepVersions;

  /** A store that keeps every version (the default retention: forever). */
  public ListStore(Database db) {
    this(db, 0);
  }

  /**
   * @param keepVersions how many versions to keep per list, 0 for all
   * @throws IllegalArgumentException naming the setting when negative
   */
  public ListStore(Database db, int keepVersions) {
    if (keepVersions < 0) {
      throw new IllegalArgumentException("list retention (versions to keep): must be 0 (forever) or more, was "
          + keepVersions);
    }
    this.db = db;
    this.jdbi = db.jdbi();
    this.keepVersions = keepVersions;
  }

  /** Setting (environment variable) with the number of versions to keep per list; unset or 0 = forever. */
  public static final String RETENTION_SETTING = "EMBARGO_LIST_RETENTION";

  /**
   * A store with the retention of {@value #RETENTION_SETTING}.
   *
   * @throws IllegalArgumentException naming the setting when its value is not a whole number of 0 or more
   */
  public static ListStore fromEnvironment(Database db) {
    return new ListStore(db, retention(System.getenv(RETENTION_SETTING)));
  }

  static int retention(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(RETENTION_SETTING + ": must be the number of versions to keep per list"
        + " (0 = forever), was '" + value + "'");
  }

  public Database database() {
    return db;
  }

  /** {@link #importList} returning just the version now holding this content. */
  public ListVersionRef importVersion(ImportedList list, Actor actor) {
    return importList(list, actor).version();
  }

  /**
   * Stores a list as a new version, unless its content (file SHA-256, or the set of entry content hashes)
   * equals the list's latest version, in which case nothing is written.
   *
   * @throws IllegalArgumentException when the list has no entries (an empty list is an error, never a version)
   */
  public ImportResult importList(ImportedList list, Actor actor) {
    if (list.entries().isEmpty()) {
      throw new IllegalArgumentException(list.files() + ": no entries; refusing to store an empty version of "
          + list.list());
    }
    String setHash = setHash(list.entries());
    ImportResult r = jdbi.inTransaction(h -> {
      Optional<ListVersionRef> prev = latest(h, list.list());
      if (prev.isPresent()) {
        VersionRow p = row(h, list.list(), prev.get().version());
        if (p.sha256().equals(list.sha256()) || p.setHash().equals(setHash)) {
          return new ImportResult(prev.get(), false, prev.get());
        }
      }
      long v = prev.map(ListVersionRef::version).orElse(0L) + 1;
      Instant now = Instant.now();
      LocalDate effective = list.published() != null ? list.published() : LocalDate.ofInstant(now, ZoneOffset.UTC);
      h.createUpdate("INSERT INTO list_version (list_code, version, sha256, set_hash, format, source_files,"
              + " published, effective, imported_at, imported_by, entry_count) VALUES (:l, :v, :sha, :set, :fmt,"
              + " :files, :pub, :eff, :at, :by, :n)")
          .bind("l", list.list().code()).bind("v", v).bind("sha", list.sha256()).bind("set", setHash)
          .bind("fmt", list.format() == null ? null : list.format().name())
          .bind("files", joinFiles(list.files()))
          .bind("pub", list.published() == null ? null : list.published().toString())
          .bind("eff", effective.toString()).bind("at", now.toEpochMilli()).bind("by", actor.name())
          .bind("n", list.entries().size())
          .execute();
      writeEntries(h, list.list(), v, list.entries());
      h.createUpdate("INSERT INTO rescreen_job (job_id, kind, list_code, from_version, to_version, status,"
              + " parties_done, new_hits, created_at) VALUES (:id, 'delta', :l, :f, :t, 'pending', 0, 0, :at)")
          .bind("id", "delta:" + list.list().code() + "@" + v).bind("l", list.list().code())
          .bind("f", prev.map(ListVersionRef::version).orElse(null)).bind("t", v).bind("at", now.toEpochMilli())
          .execute();
      ListVersionRef ref = new ListVersionRef(list.list(), v, list.sha256(), list.published(), now,
          list.entries().size());
      return new ImportResult(ref, true, prev.orElse(null));
    });
    if (r.created() && keepVersions > 0) {
      prune(list.list(), keepVersions);
    }
    return r;
  }

  private static void writeEntries(Handle h, ListId list, long v, List<ListEntry> entries) {
    PreparedBatch content = h.prepareBatch("INSERT INTO list_entry_content (content_hash, list_code, source_id,"
        + " party_type, body) VALUES (:h, :l, :s, :t, :b) ON CONFLICT (content_hash) DO NOTHING");
    PreparedBatch link = h.prepareBatch("INSERT INTO list_version_entry (list_code, version, pos, source_id,"
        + " content_hash) VALUES (:l, :v, :p, :s, :h)");
    int pos = 0;
    for (ListEntry e : entries) {
      String hash = e.contentHash();
      content.bind("h", hash).bind("l", list.code()).bind("s", e.sourceId()).bind("t", e.type().code())
          .bind("b", EntryCodec.write(e)).add();
      link.bind("l", list.code()).bind("v", v).bind("p", pos++).bind("s", e.sourceId()).bind("h", hash).add();
      if (pos % BATCH == 0) {
        content.execute();
        link.execute();
      }
    }
    if (content.size() > 0) {
      content.execute();
    }
    if (link.size() > 0) {
      link.execute();
    }
  }

  /** True when no list version has been stored yet. */
  public boolean isEmpty() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM list_version").mapTo(Long.class).one()) == 0;
  }

  /** Every version of a list, oldest first; empty when the list was never imported. */
  public List<ListVersionRef> versions(ListId list) {
    return details(list).stream().map(VersionDetails::ref).toList();
  }

  /** Every version of a list with its provenance, oldest first. */
  public List<VersionDetails> details(ListId list) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM list_version WHERE list_code = :l ORDER BY version")
        .bind("l", list.code()).map((rs, ctx) -> VersionRow.of(rs)).list())
        .stream().map(VersionRow::details).toList();
  }

  /** One version, if stored. */
  public Optional<VersionDetails> version(ListId list, long version) {
    return jdbi.withHandle(h -> Optional.ofNullable(row(h, list, version))).map(VersionRow::details);
  }

  /** The latest (highest-numbered) version of a list, if any. */
  public Optional<ListVersionRef> latest(ListId list) {
    return jdbi.withHandle(h -> latest(h, list));
  }

  private static Optional<ListVersionRef> latest(Handle h, ListId list) {
    return h.createQuery("SELECT * FROM list_version WHERE list_code = :l ORDER BY version DESC LIMIT 1")
        .bind("l", list.code()).map((rs, ctx) -> VersionRow.of(rs).ref()).findFirst();
  }

  private static VersionRow row(Handle h, ListId list, long version) {
    return h.createQuery("SELECT * FROM list_version WHERE list_code = :l AND version = :v")
        .bind("l", list.code()).bind("v", version).map((rs, ctx) -> VersionRow.of(rs)).findFirst().orElse(null);
  }

  /**
   * The versions in force on a date, one per list (see the class comment for the rule), ordered by list.
   *
   * @param asOf the date, or null for the latest effective version of every list
   */
  public List<VersionDetails> activeDetails(LocalDate asOf) {
    List<VersionRow> rows = jdbi.withHandle(h -> h.createQuery("SELECT * FROM list_version")
        .map((rs, ctx) -> VersionRow.of(rs)).list());
    Map<ListId, VersionRow> best = new EnumMap<>(ListId.class);
    Comparator<VersionRow> order = Comparator.comparing(VersionRow::effective).thenComparingLong(VersionRow::version);
    for (VersionRow r : rows) {
      if (asOf != null && r.effective().isAfter(asOf)) {
        continue;
      }
      best.merge(r.list(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b);
    }
    return best.values().stream().map(VersionRow::details).toList();
  }

  /** {@link #activeDetails} as plain references. */
  public List<ListVersionRef> activeVersions(LocalDate asOf) {
    return activeDetails(asOf).stream().map(VersionDetails::ref).toList();
  }

  /** The entries of one version, in the order of the imported file. */
  public List<ListEntry> entries(ListVersionRef version) {
    return jdbi.withHandle(h -> h.createQuery("SELECT c.content_hash, c.body FROM list_version_entry e"
            + " JOIN list_entry_content c ON c.content_hash = e.content_hash"
            + " WHERE e.list_code = :l AND e.version = :v ORDER BY e.pos")
        .bind("l", version.list().code()).bind("v", version.version())
        .map((rs, ctx) -> EntryCodec.read(rs.getString(2), rs.getString(1))).list());
  }

  /**
   * Entries of version {@code to} whose content is not in version {@code from}: the added and changed
   * entries, i.e. what a watch list must be re-screened against.
   *
   * @param from the older version, or null for "nothing" (every entry of {@code to})
   */
  public List<ListEntry> newContent(ListId list, Long from, long to) {
    return jdbi.withHandle(h -> h.createQuery("SELECT c.content_hash, c.body FROM list_version_entry t"
            + " JOIN list_entry_content c ON c.content_hash = t.content_hash"
            + " WHERE t.list_code = :l AND t.version = :to AND NOT EXISTS (SELECT 1 FROM list_version_entry f"
            + " WHERE f.list_code = :l AND f.version = :from AND f.content_hash = t.content_hash) ORDER BY t.pos")
        .bind("l", list.code()).bind("to", to).bind("from", from == null ? -1L : from)
        .map((rs, ctx) -> EntryCodec.read(rs.getString(2), rs.getString(1))).list());
  }

  /** Entry counts of one version by party type. */
  public Map<PartyType, Integer> countsByType(ListVersionRef version) {
    Map<PartyType, Integer> out = new EnumMap<>(PartyType.class);
    jdbi.useHandle(h -> h.createQuery("SELECT c.party_type, COUNT(*) FROM list_version_entry e"
            + " JOIN list_entry_content c ON c.content_hash = e.content_hash"
            + " WHERE e.list_code = :l AND e.version = :v GROUP BY c.party_type")
        .bind("l", version.list().code()).bind("v", version.version())
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .forEach(e -> out.put(PartyType.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT)), e.getValue())));
    return out;
  }

  /**
   * Added, removed and changed entries between two versions of a list, matched by source id.
   *
   * @throws IllegalArgumentException naming the version when one is not stored
   */
  public ListDiff diff(ListId list, long from, long to) {
    VersionDetails f = version(list, from).orElseThrow(() -> noVersion(list, from));
    VersionDetails t = version(list, to).orElseThrow(() -> noVersion(list, to));
    return EntryDiffer.diff(f.ref(), entries(f.ref()), t.ref(), entries(t.ref()));
  }

  private static IllegalArgumentException noVersion(ListId list, long v) {
    return new IllegalArgumentException("version: " + list.code() + " has no version " + v);
  }

  /**
   * A screener over the versions in force on a date, recording those versions in every result.
   *
   * @param asOf the date, or null for the current versions
   */
  public Screener screener(LocalDate asOf) {
    return screenerOf(activeVersions(asOf));
  }

  /** A screener over exactly these versions. */
  public Screener screenerOf(Collection<ListVersionRef> versions) {
    Screener.Builder b = Screener.builder();
    for (ListVersionRef v : versions) {
      b.add(entries(v)).listVersion(v);
    }
    return b.build();
  }

  /**
   * Deletes all but the newest {@code keep} versions of a list, and entry contents no version uses.
   *
   * @return the number of versions deleted
   */
  public int prune(ListId list, int keep) {
    return jdbi.inTransaction(h -> {
      List<Long> old = h.createQuery("SELECT version FROM list_version WHERE list_code = :l ORDER BY version DESC")
          .bind("l", list.code()).mapTo(Long.class).list();
      List<Long> drop = old.size() > keep ? old.subList(keep, old.size()) : List.of();
      for (long v : drop) {
        h.execute("DELETE FROM list_version_entry WHERE list_code = ? AND version = ?", list.code(), v);
        h.execute("DELETE FROM list_version WHERE list_code = ? AND version = ?", list.code(), v);
      }
      if (!drop.isEmpty()) {
        h.execute("DELETE FROM list_entry_content WHERE list_code = ? AND NOT EXISTS (SELECT 1 FROM"
            + " list_version_entry e WHERE e.content_hash = list_entry_content.content_hash)", list.code());
      }
      return drop.size();
    });
  }

  /** Number of distinct entry contents stored (all lists, all versions): the storage the versions share. */
  public long storedContents() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM list_entry_content").mapTo(Long.class).one());
  }

  static String setHash(List<ListEntry> entries) {
    List<String> hashes = new ArrayList<>(entries.size());
    for (ListEntry e : entries) {
      hashes.add(e.contentHash());
    }
    hashes.sort(null);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String s : hashes) {
        md.update(s.getBytes(StandardCharsets.US_ASCII));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static String joinFiles(List<Path> files) {
    StringBuilder sb = new StringBuilder();
    for (Path p : files) {
      sb.append(sb.length() == 0 ? "" : "\n").append(p);
    }
    return sb.length() > 4000 ? sb.substring(0, 4000) : sb.toString();
  }
}
