package io.embargo.cli;

import io.embargo.decisions.Decider;
import io.embargo.decisions.Policy;
import io.embargo.decisions.ownership.OwnershipGraph;
import io.embargo.match.Screener;
import io.embargo.store.Database;
import io.embargo.store.ownership.OwnershipLinks;
import java.nio.file.Path;

/**
 * The one place the CLI builds a {@link Decider}: the policy file (or the bundled default), the ownership
 * links in the store, and the screener the command screens with (owners are screened with it too).
 */
final class DeciderSource {
  private DeciderSource() {}

  /**
   * The policy of a {@code --policy} option.
   *
   * @param policyFile a policy properties file, or null for {@link Policy#defaults()}
   * @throws IllegalArgumentException naming the file and setting when the policy is invalid
   */
  static Policy policy(Path policyFile) {
    return policyFile == null ? Policy.defaults() : Policy.load(policyFile);
  }

  /** A decider with this policy, the store's ownership links, and {@code screener} for owners. */
  static Decider load(GlobalOptions options, Screener screener, Policy p) {
    OwnershipGraph graph;
    try (Database db = options.openDatabase()) {
      graph = new OwnershipLinks(db).graph();
    }
    return Decider.builder(screener).policy(p).ownership(graph).build();
  }
}
