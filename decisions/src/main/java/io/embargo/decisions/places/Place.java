package io.embargo.decisions.places;

import java.util.List;

/** One embargoed place of {@code embargoed-places.json}. */
record Place(String id, String name, String kind, String country, String source, boolean verified,
    List<String> names) {
  Place {
    names = List.copyOf(names);
  }
}
