package io.embargo.cli;

import io.embargo.store.Database;
import io.embargo.store.alerts.Alerts;
import io.embargo.store.alerts.Suppression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code embargo suppressions list|revoke}: good-guy suppressions created by approved false positives. */
@Command(name = "suppressions", mixinStandardHelpOptions = true,
    description = "List or revoke good-guy suppressions.",
    subcommands = {SuppressionsCommand.ListSuppressions.class, SuppressionsCommand.Revoke.class})
final class SuppressionsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List suppressions.")
  static final class ListSuppressions implements Runnable {
    @Mixin GlobalOptions global;
    @Option(names = "--user", required = true) String user;
    @Option(names = "--all", description = "Include revoked ones.") boolean all;

    @Override
    public void run() {
      try (Database db = global.openDatabase()) {
        CliActors.require(db, user);
        System.out.printf("%-6s %-16s %-24s %-13s %-7s %-10s %-10s %s%n", "ID", "PARTY", "ENTRY", "CONTENT",
            "ALERT", "DECIDED", "APPROVED", "STATE");
        for (Suppression s : new Alerts(db).suppressions()) {
          if (all || s.active()) {
            System.out.printf("%-6d %-16s %-24s %-13s %-7d %-10s %-10s %s%n", s.id(), s.partyRef(), s.entryKey(),
                s.contentHash().substring(0, 12), s.alertId(), s.decidedBy(), s.approvedBy(),
                s.active() ? "active" : "revoked by " + s.revokedBy());
          }
        }
      }
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = "Revoke a suppression (reviewer or admin): the pair alerts again at its next screening.")
  static final class Revoke implements Runnable {
    @Mixin GlobalOptions global;
    @Option(names = "--user", required = true) String user;
    @Parameters(index = "0", paramLabel = "ID") long id;

    @Override
    public void run() {
      try (Database db = global.openDatabase()) {
        new Alerts(db).revoke(id, CliActors.require(db, user));
        System.out.println("suppression " + id + " revoked");
      }
    }
  }
}
