package io.embargo.store.watch;

import io.embargo.lists.ImportedList;
import io.embargo.lists.ListFormat;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.PartyType;
import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.ListStore;
import io.embargo.store.StoreConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVM for {@link KillTest}: {@code import URL N} imports a synthetic list of N entries;
 * {@code rescreen URL SLOW_MS} runs the pending re-screens with a sink that sleeps after each record.
 * Prints progress lines the parent waits for before killing it.
 */
public final class KillChild {
  private KillChild() {}

  public static void main(String[] args) throws Exception {
    try (Database db = Database.open(new StoreConfig(args[1], null, null))) {
      ListStore store = new ListStore(db);
      if (args[0].equals("import")) {
        ImportedList l = bigList(Integer.parseInt(args[2]), "big");
        System.out.println("importing");
        System.out.flush();
        store.importList(l, Actor.SYSTEM);
        System.out.println("imported");
      } else {
        long slow = Long.parseLong(args[2]);
        NewHitSink hits = Monitor.defaultSink(db);
        NewHitSink sink = (results, actor) -> {
          int n = hits.record(results, actor);
          System.out.println("recorded " + results.get(0).partyRef());
          System.out.flush();
          sleep(slow);
          return n;
        };
        new Monitor(store, sink, 10).runPending();
        System.out.println("done");
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A made-up two-word name, unlike the name of any other K (letters from SHA-256 of K). */
  public static String name(int k) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(Integer.toString(k).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        char c = (char) ('a' + (d[i] & 0x0f));
        sb.append(i == 0 || i == 8 ? Character.toUpperCase(c) : c);
        if (i == 7) {
          sb.append(' ');
        }
      }
      return sb.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** N organisations named {@link #name(int) name(K)}, K = 0..N-1. */
  public static ImportedList bigList(int n, String sha) {
    List<ListEntry> es = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      es.add(ListEntry.builder(ListId.BIS_EL, "e" + k).type(PartyType.ORGANIZATION)
          .name(name(k)).program("TEST").remarks("filler remarks to make the entry larger " + k).build());
    }
    return new ImportedList(ListId.BIS_EL, ListFormat.CSL_CSV, List.of(Path.of(sha + ".csv")), sha, null, es);
  }
}
