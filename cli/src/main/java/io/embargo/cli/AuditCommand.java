package io.embargo.cli;

import io.embargo.store.Actor;
import io.embargo.store.Database;
import io.embargo.store.Role;
import io.embargo.store.audit.AuditTrail;
import io.embargo.store.audit.PurgeResult;
import io.embargo.store.audit.RetentionPolicy;
import io.embargo.store.audit.VerifyResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code embargo audit verify|export|purge}: the tamper-evident audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Verify, export and purge the audit trail.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class, AuditCommand.Purge.class})
final class AuditCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Auditors and admins read the trail. */
  static Actor auditor(Database db, String user) {
    Actor a = CliActors.require(db, user);
    if (!a.has(Role.AUDITOR) && !a.has(Role.ADMIN)) {
      throw new SecurityException("user '" + a.name() + "' lacks the auditor or admin role");
    }
    return a;
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Recompute the hash chain; exit 4 and name the first broken record if it was tampered with.")
  static final class Verify implements java.util.concurrent.Callable<Integer> {
    @Mixin GlobalOptions global;
    @Option(names = "--user", required = true) String user;

    @Override
    public Integer call() {
      try (Database db = global.openDatabase()) {
        auditor(db, user);
        long t0 = System.nanoTime();
        VerifyResult v = new AuditTrail(db).verify();
        System.out.printf("%s (%.1f s)%n", v.summary(), (System.nanoTime() - t0) / 1e9);
        return v.ok() ? 0 : 4;
      }
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write screenings and decisions in [--from, --to) as CSV and a self-contained HTML report.")
  static final class Export implements Runnable {
    @Mixin GlobalOptions global;
    @Option(names = "--user", required = true) String user;
    @Option(names = "--from", description = "Start (2026-01-01 or an instant); default: the beginning.") String from;
    @Option(names = "--to", description = "End, exclusive; default: now.") String to;
    @Option(names = "--csv", paramLabel = "FILE") Path csv;
    @Option(names = "--html", paramLabel = "FILE") Path html;

    @Override
    public void run() {
      if (csv == null && html == null) {
        throw new IllegalArgumentException("--csv/--html: name at least one output file");
      }
      Instant f = CliTimes.parse(from, "--from", Instant.EPOCH);
      Instant t = CliTimes.parse(to, "--to", Instant.now());
      try (Database db = global.openDatabase()) {
        auditor(db, user);
        int n = new AuditTrail(db).export(f, t, csv, html);
        System.out.println("exported " + n + " records" + (csv == null ? "" : " to " + csv)
            + (html == null ? "" : (csv == null ? " to " : " and ") + html));
      }
    }
  }

  @Command(name = "purge", mixinStandardHelpOptions = true,
      description = "Delete records whose retention has lapsed (admin). Records under retention are never deleted.")
  static final class Purge implements Runnable {
    @Mixin GlobalOptions global;
    @Option(names = "--user", required = true) String user;
    @Option(names = "--retention", defaultValue = "EAR=5y,OFAC=10y,default=10y",
        description = "Retention per regime (default: ${DEFAULT-VALUE}).") String retention;
    @Option(names = "--as-of", description = "Purge as of this date (default: now).") String asOf;

    @Override
    public void run() {
      RetentionPolicy policy = RetentionPolicy.parse(retention);
      try (Database db = global.openDatabase()) {
        Actor by = CliActors.require(db, user);
        PurgeResult r = new AuditTrail(db, Clock.systemUTC(), policy)
            .purge(CliTimes.parse(asOf, "--as-of", Instant.now()), by);
        System.out.println(r.message());
      }
    }
  }
}
