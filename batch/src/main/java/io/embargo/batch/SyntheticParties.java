package io.embargo.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.embargo.model.ListEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a realistic party file for benchmarks and the Spark comparison: CSV {@code id,name,type,country}.
 * About 15% of the names are listed names (primary or alias) perturbed the way real data differs (case, a
 * typo, a dropped token, a legal form); the rest are ordinary names recombined from real name parts: the
 * negative cases of the shared evaluation file (real companies; real given names and surnames). Deterministic
 * for a seed. Not part of screening.
 */
public final class SyntheticParties {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String[] LEGAL = {"Ltd", "LLC", "Inc", "GmbH", "S.A.", "Co.", "Limited", "JSC"};
  private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "RU", "CN", "AE", "IR", "TR", "IN", "BR"};

  private final List<String> companies = new ArrayList<>();
  private final List<String> given = new ArrayList<>();
  private final List<String> surnames = new ArrayList<>();
  private final List<String> listed = new ArrayList<>();

  /**
   * @param evalCases the shared {@code screening-dev.jsonl} (negatives give the ordinary name parts)
   * @param entries list entries whose names are perturbed
   */
  public SyntheticParties(Path evalCases, List<ListEntry> entries) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(evalCases, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode c = JSON.readTree(line);
        if (c.path("expect").size() > 0) {
          continue;
        }
        String name = c.path("query").path("name").asString();
        if ("person".equals(c.path("query").path("type").asString())) {
          String[] t = name.split(" ");
          given.add(t[0]);
          surnames.add(t[t.length - 1]);
        } else {
          companies.add(name);
        }
      }
    }
    for (ListEntry e : entries) {
      listed.addAll(e.allNames());
    }
    if (companies.isEmpty() || given.isEmpty() || listed.isEmpty()) {
      throw new IllegalArgumentException(evalCases + ": no name parts found");
    }
  }

  /**
   * The benchmarks' input: {@code work/parties-N.csv} made from the shared evaluation file's name parts and
   * {@code entries} with seed 42, written only when it does not exist yet, so repeated runs (and the batch and
   * Spark benchmarks) screen the same file.
   */
  public static Path benchInput(Path work, int records, List<ListEntry> entries) throws IOException {
    Files.createDirectories(work);
    Path in = work.resolve("parties-" + records + ".csv");
    if (!Files.exists(in)) {
      new SyntheticParties(io.embargo.config.SharedFolder.require().resolve("eval/screening-dev.jsonl"), entries)
          .write(in, records, 42);
    }
    return in;
  }

  /** Writes {@code n} parties to {@code file} (CSV with header). */
  public void write(Path file, int n, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8)) {
      w.writeRecord("id", "name", "type", "country");
      for (int i = 1; i <= n; i++) {
        int k = rnd.nextInt(100);
        String name;
        String type;
        if (k < 15) {
          name = perturb(pick(listed, rnd), rnd);
          type = "";
        } else if (k < 55) {
          name = pick(companies, rnd) + (rnd.nextInt(4) == 0 ? " " + LEGAL[rnd.nextInt(LEGAL.length)] : "");
          type = "organization";
        } else {
          name = pick(given, rnd) + " " + pick(surnames, rnd);
          type = "person";
        }
        String country = rnd.nextInt(3) == 0 ? COUNTRIES[rnd.nextInt(COUNTRIES.length)] : "";
        w.writeRecord("C" + i, name, type, country);
      }
    }
  }

  private static String pick(List<String> l, SplittableRandom rnd) {
    return l.get(rnd.nextInt(l.size()));
  }

  private static String perturb(String s, SplittableRandom rnd) {
    switch (rnd.nextInt(5)) {
      case 0:
        return s.toLowerCase(Locale.ROOT);
      case 1: {
        if (s.length() < 5) {
          return s;
        }
        int p = 1 + rnd.nextInt(s.length() - 2);
        char c = (char) ('a' + rnd.nextInt(26));
        return s.substring(0, p) + c + s.substring(p + 1);
      }
      case 2: {
        String[] t = s.split(" ");
        if (t.length < 3) {
          return s;
        }
        int drop = rnd.nextInt(t.length);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length; i++) {
          if (i != drop) {
            b.append(b.length() == 0 ? "" : " ").append(t[i]);
          }
        }
        return b.toString();
      }
      case 3:
        return s + " " + LEGAL[rnd.nextInt(LEGAL.length)];
      default:
        return s;
    }
  }
}
