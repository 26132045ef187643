package io.embargo.cli;

import io.embargo.decisions.Decision;
import io.embargo.decisions.Policy;
import io.embargo.lists.ListImportException;
import io.embargo.match.Query;
import io.embargo.match.Screener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code embargo decide NAME}: screen one party and print the decision (CLEAR / REVIEW / BLOCK) with reasons. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    description = "Screen one party and decide CLEAR, REVIEW or BLOCK: list consequences, embargoed places, "
        + "ownership (OFAC 50%%, BIS Affiliates rule).")
final class DecideCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin GlobalOptions options;

  @Parameters(index = "0", paramLabel = "NAME", description = "The party's name.")
  String name;

  @Option(names = "--country", paramLabel = "CC", description = "ISO-2 country of the party.")
  String country;

  @Option(names = "--address", paramLabel = "TEXT", description = "Address text (screened for embargoed places).")
  String address;

  @Option(names = "--type", paramLabel = "TYPE", description = "person, organization, vessel, aircraft.")
  String type;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Apply the lists and rules of this date (default: today, UTC).")
  String asOf;

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy properties file (default: bundled policy).")
  Path policy;

  @Option(names = "--json", description = "Print the decision as JSON.")
  boolean json;

  @Override
  public void run() {
    LocalDate date = date(asOf);
    Query query = Query.builder(name).country(country).address(address).type(type).build();
    Policy p = DeciderSource.policy(policy); // a bad policy fails before the lists load
    Screener screener;
    try {
      screener = ScreenerSource.load(options, date);
    } catch (ListImportException e) {
      throw new IllegalStateException("cannot load the lists: " + e.getMessage(), e);
    }
    Decision d = DeciderSource.load(options, screener, p).decide(query, date);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(d));
      out.flush();
    } else {
      DecisionText.print(out, name, d);
    }
  }

  static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of: not a date (YYYY-MM-DD): '" + s + "'", e);
    }
  }
}
