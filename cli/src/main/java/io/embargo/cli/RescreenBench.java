package io.embargo.cli;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListImportException;
import io.embargo.lists.SharedLists;
import io.embargo.match.Screener;
import io.embargo.model.ListEntry;
import io.embargo.model.PartyType;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.StoreConfig;
import io.embargo.store.watch.Monitor;
import io.embargo.store.watch.RescreenReport;
import io.embargo.store.watch.WatchList;
import io.embargo.store.watch.WatchedParty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code embargo bench rescreen}: a watch list of N synthetic parties on a fresh embedded database with the
 * shared evaluation lists as version 1; then a new OFAC SDN version adding K entries. Measures the delta
 * re-screen (the real {@link Monitor} path: paging, screening, checkpoints, alerts) and a full re-screen
 * against every list, timed on a sample and scaled to N, and prints their ratio.
 */
@Command(name = "rescreen", mixinStandardHelpOptions = true,
    description = "Delta vs full re-screen of a large watch list after a list update adding a few entries (target: 1,000,000 parties, 50 entries, < 60 s).")
final class RescreenBench implements Runnable {
  private static final String[] FIRST = {"Anna", "Bernd", "Carla", "David", "Elena", "Frank", "Greta", "Hugo",
      "Ines", "Jonas", "Klara", "Lukas", "Marta", "Nils", "Olga", "Paul", "Rosa", "Stefan", "Tina", "Uwe"};
  private static final String[] LAST = {"Keller", "Brandt", "Moreau", "Lindqvist", "Novak", "Fischer", "Jensen",
      "Rossi", "Haas", "Dubois", "Larsen", "Weber", "Costa", "Nyberg", "Schulz", "Martens", "Vogel", "Berger"};
  private static final String[] WORD = {"Baltic", "Alpine", "Harbour", "Timber", "Dairy", "Textile", "Orchard",
      "Granite", "Meadow", "Coastal", "Summit", "Willow", "Copper", "River", "Prairie", "Lantern", "Falcon", "Maple"};
  private static final String[] KIND = {"Trading", "Logistics", "Foods", "Works", "Supplies", "Engineering",
      "Packaging", "Farms", "Tools", "Garden"};
  private static final String[] FORM = {"GmbH", "Ltd", "AB", "SA", "BV", "Inc.", "Oy", "SRL"};
  private static final String[] SYLLABLE = {"vor", "kel", "dra", "zan", "tir", "quo", "mex", "lun", "bra", "sko",
      "fen", "yat", "gor", "pel", "rix", "tho"};

  /** Syllables of the watched parties' made-up names: distinct from {@link #SYLLABLE}, so only planted names hit. */
  private static final String[] PARTY_SYLLABLE = {"an", "be", "ci", "do", "el", "fa", "gi", "ho", "ka", "le", "mi",
      "no", "pa", "ri", "sa", "tu", "va", "we", "xi", "zo", "ma", "ne", "os", "ul"};

  @Option(names = "--parties", defaultValue = "1000000", description = "Watched parties (default ${DEFAULT-VALUE}).")
  int parties;
  @Option(names = "--added", defaultValue = "50", description = "Entries the list update adds (default ${DEFAULT-VALUE}).")
  int added;
  @Option(names = "--full-sample", defaultValue = "20000",
      description = "Parties screened to time the full re-screen, scaled to --parties; 0 = all (default ${DEFAULT-VALUE}).")
  int fullSample;
  @Option(names = "--dir", description = "Directory for the database (default: a new temporary one).")
  Path dir;

  @Override
  public void run() {
    if (parties < 1 || added < 1 || fullSample < 0) {
      throw new IllegalArgumentException("--parties and --added must be at least 1, --full-sample at least 0");
    }
    Random random = new Random(42);
    try (Database db = Database.open(StoreConfig.embedded(tempDir()))) {
      ListStore store = new ListStore(db);
      long t = System.nanoTime();
      ImportedList sdn = null;
      for (ImportedList l : SharedLists.evalSet()) {
        store.importList(l, Actor.SYSTEM);
        if (l.list() == io.embargo.model.ListId.OFAC_SDN) {
          sdn = l;
        }
      }
      System.out.printf(Locale.ROOT, "bench rescreen: lists stored as version 1 in %.1f s%n", secs(t));
      Monitor monitor = new Monitor(store, Monitor.defaultSink(db));
      monitor.runPending();  // the version-1 jobs finish at once: the watch list is still empty
      List<ListEntry> newEntries = newEntries(sdn, random);
      t = System.nanoTime();
      WatchList watch = new WatchList(db);
      fillWatchList(watch, newEntries, random);
      System.out.printf(Locale.ROOT, "bench rescreen: %,d watched parties stored in %.1f s%n", watch.count(), secs(t));
      List<ListEntry> v2 = new ArrayList<>(sdn.entries());
      v2.addAll(newEntries);
      store.importList(new ImportedList(sdn.list(), sdn.format(), sdn.files(), "bench-" + sdn.sha256().substring(6),
          sdn.published(), v2), Actor.SYSTEM);

      long cpu0 = cpuNanos();
      RescreenReport delta = monitor.runPending().get(0);
      double deltaCpu = (cpuNanos() - cpu0) / 1e9;
      double deltaS = delta.elapsed().toNanos() / 1e9;
      System.out.printf(Locale.ROOT, "bench rescreen: delta re-screen of %,d parties against %d added entries:"
          + " %.1f s (%,.0f parties/s; %.1f CPU-s), %d new alerts (target < 60 s)%n", delta.parties(),
          delta.entries(), deltaS, delta.parties() / deltaS, deltaCpu, delta.newHits());

      cpu0 = cpuNanos();
      double fullS = fullRescreen(store, watch);
      double fullCpu = (cpuNanos() - cpu0) / 1e9 * parties / Math.max(1, Math.min(fullSample == 0 ? parties : fullSample, parties));
      System.out.printf(Locale.ROOT, "bench rescreen: full re-screen against all %,d entries: %.1f s%s%n",
          store.screener(null).size(), fullS, fullSample == 0 || fullSample >= parties ? ""
              : String.format(Locale.ROOT, " (timed on %,d parties, scaled to %,d)", fullSample, parties));
      System.out.printf(Locale.ROOT, "bench rescreen: full / delta = %.0fx wall, %.0fx CPU (%.1f CPU-s full);"
          + " %d cores, load average %.1f%n", fullS / deltaS, fullCpu / deltaCpu, fullCpu, Runtime.getRuntime().availableProcessors(),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } catch (ListImportException e) {
      throw new IllegalStateException("cannot read the shared lists: " + e.getMessage(), e);
    }
  }

  /** Screens a sample (or all) of the watch list against every list in force; seconds scaled to all parties. */
  private double fullRescreen(ListStore store, WatchList watch) {
    Screener all = store.screener(null);
    int n = fullSample == 0 ? parties : Math.min(fullSample, parties);
    long t = System.nanoTime();
    int done = 0;
    String after = null;
    while (done < n) {
      List<WatchedParty> page = watch.page(after, Math.min(5000, n - done));
      if (page.isEmpty()) {
        break;
      }
      page.parallelStream().forEach(p -> all.screen(p.toQuery()));
      done += page.size();
      after = page.get(page.size() - 1).ref();
    }
    return secs(t) * parties / Math.max(1, done);
  }

  private List<ListEntry> newEntries(ImportedList sdn, Random random) {
    List<ListEntry> out = new ArrayList<>();
    for (int i = 0; i < added; i++) {
      String name = cap(word(random, SYLLABLE, 3)) + " " + cap(word(random, SYLLABLE, 2)) + " " + KIND[random.nextInt(KIND.length)];
      out.add(ListEntry.builder(sdn.list(), "bench-" + i).type(PartyType.ORGANIZATION).name(name)
          .program("BENCH").build());
    }
    return out;
  }

  /** N parties: persons and companies from ordinary words, plus one party named like each added entry. */
  private void fillWatchList(WatchList watch, List<ListEntry> planted, Random random) {
    List<WatchedParty> batch = new ArrayList<>(10_000);
    for (int i = 0; i < parties; i++) {
      String name;
      PartyType type;
      if (i % (parties / planted.size() + 1) == 0 && i / (parties / planted.size() + 1) < planted.size()) {
        name = planted.get(i / (parties / planted.size() + 1)).name();
        type = PartyType.ORGANIZATION;
      } else if (random.nextBoolean()) {
        name = pick(random, FIRST) + " " + pick(random, LAST) + "-" + cap(word(random, PARTY_SYLLABLE, 2));
        type = PartyType.PERSON;
      } else {
        name = cap(word(random, PARTY_SYLLABLE, 3)) + " " + pick(random, WORD) + " " + pick(random, KIND) + " "
            + pick(random, FORM);
        type = PartyType.ORGANIZATION;
      }
      batch.add(new WatchedParty(String.format(Locale.ROOT, "p%08d", i), name, type, null, null, List.of(), null));
      if (batch.size() == 10_000) {
        watch.upsert(batch);
        batch.clear();
      }
    }
    watch.upsert(batch);
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String word(Random r, String[] from, int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(from[r.nextInt(from.length)]);
    }
    return sb.toString();
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** CPU time of the whole process (all threads), so figures stay comparable on a busy machine. */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private Path tempDir() {
    try {
      return dir != null ? dir : Files.createTempDirectory("embargo-bench-rescreen");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a temporary directory: " + e.getMessage(), e);
    }
  }
}
