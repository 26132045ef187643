package io.embargo.decisions.ownership;

import io.embargo.decisions.internal.DataFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The 50 percent rules as data ({@code ownership-rules.json}): OFAC's rule for SDN owners and BIS's
 * Affiliates Rule for Entity List / MEU owners, with the dates each is in force or suspended. Immutable
 * and thread-safe.
 */
public final class OwnershipRules {
  private final String version;
  private final List<OwnershipRule> rules;

  private OwnershipRules(String version, List<OwnershipRule> rules) {
    this.version = version;
    this.rules = List.copyOf(rules);
  }

  /**
   * The bundled rules.
   *
   * @throws IllegalStateException naming the field when the bundled file is malformed
   */
  public static OwnershipRules load() {
    String file = "ownership-rules.json";
    JsonNode root = DataFiles.bundled(file);
    List<OwnershipRule> rules = new ArrayList<>();
    int i = 0;
    for (JsonNode r : root.path("rules").values()) {
      String where = file + ": rules[" + i++ + "]";
      List<OwnershipRule.Period> periods = new ArrayList<>();
      int j = 0;
      for (JsonNode p : r.path("periods").values()) {
        String pw = where + ".periods[" + j++ + "]";
        LocalDate from = DataFiles.date(p, "from", pw);
        if (from == null) {
          throw new IllegalStateException(pw + ".from: required date missing");
        }
        RuleStatus status;
        try {
          status = RuleStatus.valueOf(DataFiles.text(p, "status", pw).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(pw + ".status: use IN_FORCE or SUSPENDED", e);
        }
        periods.add(new OwnershipRule.Period(from, DataFiles.date(p, "to", pw), status,
            DataFiles.optText(p, "citation")));
      }
      double threshold = r.path("thresholdPercent").asDouble(Double.NaN);
      if (!(threshold > 0 && threshold <= 100)) {
        throw new IllegalStateException(where + ".thresholdPercent: must be in (0,100]");
      }
      rules.add(new OwnershipRule(DataFiles.text(r, "id", where), DataFiles.text(r, "title", where),
          Set.copyOf(DataFiles.strings(r, "ownerRegimes", where)), threshold, r.path("blocking").asBoolean(true),
          DataFiles.text(r, "citation", where),
          DataFiles.text(r, "consequence", where), DataFiles.text(r, "redFlag", where), periods));
    }
    return new OwnershipRules(DataFiles.text(root, "version", file), rules);
  }

  /** Whether rule {@code id} applies on {@code date}. @throws IllegalArgumentException for an unknown id */
  public RuleStatus statusOn(String id, LocalDate date) {
    for (OwnershipRule r : rules) {
      if (r.id().equals(id)) {
        OwnershipRule.Period p = r.periodOn(date);
        return p == null ? RuleStatus.NOT_IN_FORCE : p.status();
      }
    }
    throw new IllegalArgumentException("ownership rule: unknown id '" + id + "'");
  }

  List<OwnershipRule> rules() {
    return rules;
  }

  /** Version label of the rule data, recorded with decisions. */
  public String version() {
    return version;
  }
}
