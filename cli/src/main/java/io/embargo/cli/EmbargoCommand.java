package io.embargo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code embargo}: the top-level command. */
@Command(name = "embargo", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Restricted-party screening: import official lists, screen names, review alerts, audit.")
final class EmbargoCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
