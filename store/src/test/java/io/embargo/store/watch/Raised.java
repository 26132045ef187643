package io.embargo.store.watch;

import io.embargo.store.Database;
import io.embargo.store.alerts.AlertDetail;
import io.embargo.store.alerts.AlertFilter;
import io.embargo.store.alerts.AlertHit;
import io.embargo.store.alerts.Alerts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A hit raised by monitoring, read back from the alert queue. */
public record Raised(String partyRef, String entryKey, String contentHash) {
  /** Every hit on every monitoring alert, by party then entry. */
  public static List<Raised> all(Database db) {
    Alerts alerts = new Alerts(db);
    List<Raised> out = new ArrayList<>();
    alerts.list(AlertFilter.all().withOrigin("monitor").withPage(0, AlertFilter.MAX_LIMIT)).forEach(a -> {
      AlertDetail d = alerts.get(a.id()).orElseThrow();
      for (AlertHit h : d.hits()) {
        out.add(new Raised(a.partyRef(), h.entryKey(), h.contentHash()));
      }
    });
    out.sort(Comparator.comparing(Raised::partyRef).thenComparing(Raised::entryKey));
    return out;
  }
}
