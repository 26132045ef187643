package io.embargo.server;

import io.embargo.match.Evidence;
import io.embargo.match.Explanation;
import io.embargo.match.Hit;
import io.embargo.match.Query;
import io.embargo.match.ScreeningResult;
import io.embargo.match.TokenMatch;
import io.embargo.model.Address;
import io.embargo.model.Alias;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.ListVersionRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of the API (records serialised by Jackson; null fields are omitted). They are the public
 * contract documented in {@code openapi.json}: change both together.
 */
final class Views {
  private Views() {}

  record QueryView(String name, String type, String country, String dob, List<Identifier> identifiers,
      String address) {
    static QueryView of(Query q) {
      return new QueryView(q.name(), q.type().code(), q.country(), q.dob() == null ? null : q.dob().toString(),
          q.identifiers(), q.address());
    }
  }

  record TokenView(String query, String listed, String rule, double similarity, double weight) {
    static TokenView of(TokenMatch t) {
      return new TokenView(t.queryToken(), t.listToken(), t.rule().code(),
          round(t.similarity()), round(t.weight()));
    }
  }

  record ExplanationView(String summary, String matchedName, double nameScore, List<TokenView> tokens,
      List<Evidence> evidence, List<String> notes) {
    static ExplanationView of(Explanation e) {
      return new ExplanationView(e.summary(), e.matchedName(), round(e.nameScore()),
          e.tokens().stream().map(TokenView::of).toList(), e.evidence(), e.notes());
    }
  }

  record HitView(String list, String listTitle, String id, String key, String name, String type, double score,
      String matchedName, boolean primaryName, boolean weakAliasOnly, String sourceProgram, List<String> programs,
      List<String> countries, LocalDate listedOn, String federalRegisterCitation, String licenceRequirement,
      String licencePolicy, String sourceUrl, ExplanationView explanation) {
    static HitView of(Hit h) {
      ListEntry e = h.entry();
      return new HitView(e.list().code(), e.list().title(), e.sourceId(), e.key(), e.name(), e.type().code(),
          round(h.score()), h.explanation().matchedName(), h.primaryName(), h.weakAliasOnly(), e.sourceProgram(),
          e.programs(), e.countries(), e.listedOn(), e.federalRegisterCitation(), e.licenceRequirement(),
          e.licencePolicy(), e.sourceUrl(), ExplanationView.of(h.explanation()));
    }
  }

  record VersionView(String list, long version, String label, String sha256, LocalDate published,
      Instant importedAt, int entries) {
    static VersionView of(ListVersionRef v) {
      return new VersionView(v.list().code(), v.version(), v.label(), v.sha256(), v.published(), v.importedAt(),
          v.entries());
    }
  }

  record ResultView(QueryView query, List<HitView> hits, List<VersionView> listVersions, String matcherVersion,
      double threshold, Object decision, Long alertId) {
    static ResultView of(ScreeningResult r, Object decision, Long alertId) {
      return new ResultView(QueryView.of(r.query()), r.hits().stream().map(HitView::of).toList(),
          r.listVersions().stream().map(VersionView::of).toList(), r.matcherVersion(), r.threshold(), decision,
          alertId);
    }
  }

  record EntryView(String list, String id, String key, String sourceProgram, String type, String name,
      List<Alias> aliases, List<Address> addresses, List<Identifier> identifiers, List<String> datesOfBirth,
      List<String> placesOfBirth, List<String> nationalities, List<String> programs, String remarks,
      LocalDate listedOn, String federalRegisterCitation, String licenceRequirement, String licencePolicy,
      String sourceUrl, List<String> linkedTo, String title) {
    static EntryView of(ListEntry e) {
      return new EntryView(e.list().code(), e.sourceId(), e.key(), e.sourceProgram(), e.type().code(), e.name(),
          e.aliases(), e.addresses(), e.identifiers(), e.datesOfBirth().stream().map(Object::toString).toList(),
          e.placesOfBirth(), e.nationalities(), e.programs(), e.remarks(), e.listedOn(),
          e.federalRegisterCitation(), e.licenceRequirement(), e.licencePolicy(), e.sourceUrl(), e.linkedTo(),
          e.title());
    }
  }

  static double round(double d) {
    return Math.round(d * 10_000) / 10_000.0;
  }
}
