package io.embargo.decisions.places;

import io.embargo.decisions.internal.DataFiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Comprehensively embargoed countries and regions (Cuba, Iran, North Korea, Syria; the Crimea and the
 * so-called Donetsk and Luhansk People's Republic regions of Ukraine) as data ({@code embargoed-places.json})
 * with the legal source of each.
 *
 * <p>Screens a query's country code and address text. Address matching is token-aware: a place name hits
 * only as a whole sequence of tokens ("Sevastopol" hits "ul. Lenina 1, Sevastopol" but not
 * "Sevastopolskaya street"), after case and diacritics folding; Cyrillic text is compared directly and, via
 * a simple transliteration, with the Latin names. Immutable and thread-safe.
 */
public final class PlaceList {
  private final String version;
  private final List<Place> places;
  /** Each name's token forms (as written and transliterated) per place. */
  private final Map<Place, List<Form>> forms;

  private record Form(String written, List<String> tokens) {}

  private PlaceList(String version, List<Place> places) {
    this.version = version;
    this.places = List.copyOf(places);
    Map<Place, List<Form>> f = new LinkedHashMap<>();
    for (Place p : places) {
      List<Form> l = new ArrayList<>();
      for (String n : p.names()) {
        List<String> t = PlaceText.tokens(n);
        if (!t.isEmpty()) {
          l.add(new Form(n, t));
          List<String> tr = PlaceText.transliterate(t);
          if (!tr.equals(t)) {
            l.add(new Form(n, tr));
          }
        }
      }
      f.put(p, List.copyOf(l));
    }
    this.forms = Collections.unmodifiableMap(f);
  }

  /**
   * The bundled place list.
   *
   * @throws IllegalStateException naming the field when the bundled file is malformed
   */
  public static PlaceList load() {
    String file = "embargoed-places.json";
    JsonNode root = DataFiles.bundled(file);
    List<Place> places = new ArrayList<>();
    int i = 0;
    for (JsonNode p : root.path("places").values()) {
      String where = file + ": places[" + i++ + "]";
      places.add(new Place(DataFiles.text(p, "id", where), DataFiles.text(p, "name", where),
          DataFiles.text(p, "kind", where), DataFiles.text(p, "country", where), DataFiles.text(p, "source", where),
          p.path("verified").asBoolean(false), DataFiles.strings(p, "names", where)));
    }
    if (places.isEmpty()) {
      throw new IllegalStateException(file + ": places: empty");
    }
    return new PlaceList(DataFiles.text(root, "version", file), places);
  }

  /**
   * The embargoed places a query names.
   *
   * @param country ISO-2 country code or null; only whole embargoed countries hit on the code
   * @param address free-text address or null
   * @return hits, at most one per place and field, in data order; empty when none
   */
  public List<PlaceHit> screen(String country, String address) {
    List<PlaceHit> hits = new ArrayList<>();
    List<String> direct = address == null ? List.of() : PlaceText.tokens(address);
    List<String> latin = PlaceText.transliterate(direct);
    for (Place p : places) {
      if (country != null && "country".equals(p.kind()) && p.country().equalsIgnoreCase(country)) {
        hits.add(hit(p, "country", country));
      }
      if (direct.isEmpty()) {
        continue;
      }
      Form f = find(forms.get(p), direct);
      if (f == null && !latin.equals(direct)) {
        f = find(forms.get(p), latin);
      }
      if (f != null) {
        hits.add(hit(p, "address", f.written()));
      }
    }
    return hits;
  }

  private static PlaceHit hit(Place p, String field, String matched) {
    return new PlaceHit(p.id(), p.name(), p.kind(), field, matched, p.source(), p.verified());
  }

  /** The first form found in {@code tokens}, or null. */
  private static Form find(List<Form> forms, List<String> tokens) {
    for (Form f : forms) {
      if (contains(tokens, f.tokens())) {
        return f;
      }
    }
    return null;
  }

  /** True when {@code needle} occurs in {@code hay} as a contiguous token sequence. */
  private static boolean contains(List<String> hay, List<String> needle) {
    return Collections.indexOfSubList(hay, needle) >= 0;
  }

  /** Version label of the place data, recorded with decisions. */
  public String version() {
    return version;
  }
}
