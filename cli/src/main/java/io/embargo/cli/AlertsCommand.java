package io.embargo.cli;

import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.alerts.Alert;
import io.embargo.store.alerts.AlertDetail;
import io.embargo.store.alerts.AlertFilter;
import io.embargo.store.alerts.AlertHit;
import io.embargo.store.alerts.AlertState;
import io.embargo.store.alerts.Alerts;
import io.embargo.store.alerts.Verdict;
import io.embargo.store.audit.AuditRecord;
import java.util.Locale;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code embargo alerts list|show|decide|approve|return}: case review from the command line. Every subcommand
 * takes {@code --user NAME}; unknown users and missing roles are refused (exit 3), conflicts too.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Review alerts (four eyes).",
    subcommands = {AlertsCommand.ListAlerts.class, AlertsCommand.Show.class, AlertsCommand.Decide.class,
        AlertsCommand.Approve.class, AlertsCommand.Return.class})
final class AlertsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Options every alerts subcommand shares. */
  static class Base {
    @Mixin GlobalOptions global;
    @Option(names = "--user", required = true, description = "Who is acting (a user of `embargo users`).")
    String user;

    void withAlerts(BiConsumer<Alerts, Actor> action) {
      try (Database db = global.openDatabase()) {
        action.accept(new Alerts(db), CliActors.require(db, user));
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List alerts, newest first.")
  static final class ListAlerts extends Base implements Runnable {
    @Option(names = "--state", description = "open, true_match, false_positive, escalated, approved") String state;
    @Option(names = "--list", description = "Only alerts with a hit on this list code (e.g. bis-el).") String list;
    @Option(names = "--origin", description = "screen, batch or monitor.") String origin;
    @Option(names = "--party", description = "Only this party reference.") String party;
    @Option(names = "--from", description = "Created on or after (2026-11-28 or an instant).") String from;
    @Option(names = "--to", description = "Created before (2026-11-29 or an instant).") String to;
    @Option(names = "--offset", defaultValue = "0") int offset;
    @Option(names = "--limit", defaultValue = "50") int limit;

    @Override
    public void run() {
      AlertFilter f = new AlertFilter(state == null ? null : AlertState.parse(state), list, origin, party,
          CliTimes.parse(from, "--from", null), CliTimes.parse(to, "--to", null), offset, limit);
      withAlerts((alerts, actor) -> {
        System.out.printf("%-7s %-15s %-8s %-14s %5s %-24s %s%n", "ID", "STATE", "ORIGIN", "PARTY", "SCORE",
            "LISTS", "QUERY");
        for (Alert a : alerts.list(f)) {
          System.out.printf(Locale.ROOT, "%-7d %-15s %-8s %-14s %5.2f %-24s %s%n", a.id(), a.state(), a.origin(),
              a.partyRef(), a.topScore(), String.join(",", a.lists()), a.queryName());
        }
      });
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an alert: hits and history.")
  static final class Show extends Base implements Runnable {
    @Parameters(index = "0", paramLabel = "ID") long id;

    @Override
    public void run() {
      withAlerts((alerts, actor) -> {
        AlertDetail d = alerts.get(id).orElseThrow(() -> new IllegalArgumentException("ID: no alert " + id));
        Alert a = d.alert();
        System.out.printf("alert %d  %s%s  (version %d)%n", a.id(), a.state(),
            a.verdict() == null ? "" : " / verdict " + a.verdict(), a.version());
        System.out.printf("party %s, origin %s, recorded %s by %s%n", a.partyRef(), a.origin(), a.createdAt(),
            a.createdBy());
        System.out.printf("query %s%nmatcher %s, threshold %.2f%nlists %s%n", d.queryJson(), d.matcherVersion(),
            d.threshold(), d.listVersionsJson());
        if (a.reason() != null) {
          System.out.println("reason: " + a.reason());
        }
        System.out.println("hits:");
        for (AlertHit h : d.hits()) {
          System.out.printf(Locale.ROOT, "  %.2f  %-22s %s  (content %s)%n", h.score(), h.entryKey(), h.entryName(),
              h.contentHash().substring(0, 12));
        }
        System.out.println("history:");
        for (AuditRecord r : d.history()) {
          System.out.printf("  #%d %s %-8s %-14s %s%n", r.seq(), r.at(), r.actor(), r.action(), r.details());
        }
      });
    }
  }

  @Command(name = "decide", mixinStandardHelpOptions = true,
      description = "Decide an OPEN alert (analyst): true_match, false_positive or escalated, with a reason.")
  static final class Decide extends Base implements Runnable {
    @Parameters(index = "0", paramLabel = "ID") long id;
    @Parameters(index = "1", paramLabel = "VERDICT") String verdict;
    @Option(names = "--reason", required = true) String reason;
    @Option(names = "--version", defaultValue = "-1", description = "Refuse unless the alert is at this version.")
    long version;

    @Override
    public void run() {
      Verdict v = Verdict.parse(verdict);
      withAlerts((alerts, actor) -> {
        alerts.decide(id, v, reason, version, actor);
        System.out.println("alert " + id + " decided " + v + " by " + actor.name() + "; awaiting a reviewer");
      });
    }
  }

  @Command(name = "approve", mixinStandardHelpOptions = true,
      description = "Approve a decided alert (reviewer; not the analyst who decided).")
  static final class Approve extends Base implements Runnable {
    @Parameters(index = "0", paramLabel = "ID") long id;
    @Option(names = "--version", defaultValue = "-1") long version;

    @Override
    public void run() {
      withAlerts((alerts, actor) -> {
        alerts.approve(id, version, actor);
        System.out.println("alert " + id + " approved by " + actor.name());
      });
    }
  }

  @Command(name = "return", mixinStandardHelpOptions = true,
      description = "Return a decided alert to OPEN with a reason (reviewer; not the analyst who decided).")
  static final class Return extends Base implements Runnable {
    @Parameters(index = "0", paramLabel = "ID") long id;
    @Option(names = "--reason", required = true) String reason;
    @Option(names = "--version", defaultValue = "-1") long version;

    @Override
    public void run() {
      withAlerts((alerts, actor) -> {
        alerts.returnToAnalyst(id, reason, version, actor);
        System.out.println("alert " + id + " returned to OPEN by " + actor.name());
      });
    }
  }
}
