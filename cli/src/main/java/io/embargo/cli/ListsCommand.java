package io.embargo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code embargo lists}: import, show, compare and update the stored list versions. */
@Command(name = "lists", mixinStandardHelpOptions = true,
    description = "Import official list files as versions, show them, diff them, update from the agencies.",
    subcommands = {ListsImportCommand.class, ListsShowCommand.class, ListsVersionsCommand.class,
        ListsDiffCommand.class, ListsUpdateCommand.class})
final class ListsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
