package io.embargo.store.alerts;

import io.embargo.match.Explanation;
import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.ScreeningResult;
import io.embargo.model.AliasQuality;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import io.embargo.model.ListVersionRef;
import io.embargo.model.PartyType;
import io.embargo.store.Actor;
import io.embargo.store.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Hand-made list entries, screening results and actors for the alert tests. */
final class Fixtures {
  static final Actor ANALYST = new Actor("ann", Set.of(Role.ANALYST));
  static final Actor ANALYST2 = new Actor("alan", Set.of(Role.ANALYST));
  static final Actor REVIEWER = new Actor("rita", Set.of(Role.REVIEWER));
  /** Holds both roles: may decide or review, but never both on one alert. */
  static final Actor BOTH = new Actor("bo", Set.of(Role.ANALYST, Role.REVIEWER));

  static final ListEntry NSO = entry(ListId.BIS_EL, "nso", "NSO Group", "86 FR 60759");
  static final ListEntry CANDIRU = entry(ListId.BIS_EL, "candiru", "Candiru", "86 FR 60759");
  static final ListEntry SDN = entry(ListId.OFAC_SDN, "12345", "Positive Technologies", null);

  private Fixtures() {}

  static ListEntry entry(ListId list, String id, String name, String citation) {
    return ListEntry.builder(list, id).type(PartyType.ORGANIZATION).name(name).federalRegisterCitation(citation)
        .build();
  }

  /** The same entry with changed content (a new list version amended it). */
  static ListEntry amended(ListEntry e) {
    return e.toBuilder().remarks("amended " + e.remarks()).build();
  }

  static ScreeningResult result(String query, ListEntry... entries) {
    List<Hit> hits = Arrays.stream(entries)
        .map(e -> new Hit(e, 0.93, AliasQuality.STRONG, true,
            new Explanation(e.name(), 0.93, List.of(), List.of(), List.of("test hit"))))
        .toList();
    List<ListVersionRef> versions = Arrays.stream(entries).map(ListEntry::list).distinct()
        .map(l -> new ListVersionRef(l, 1, "ab".repeat(32), null, Instant.parse("2026-11-01T00:00:00Z"), 4))
        .toList();
    return new ScreeningResult(Query.of(query), hits, versions, "test-matcher-1", 0.85);
  }
}
