package io.embargo.decisions.places;

/**
 * The query names an embargoed place.
 *
 * @param placeId the place's id in the data, e.g. {@code UA-CRIMEA}, {@code CU}
 * @param place the place, e.g. "Crimea region of Ukraine"
 * @param kind {@code country} or {@code region}
 * @param field the query field that named it: {@code country} or {@code address}
 * @param matched what matched: the country code, or the place name as the data writes it ("Севастополь")
 * @param source the legal source of the embargo
 * @param sourceVerified false when the citation is not backed by the project's domain brief
 */
public record PlaceHit(String placeId, String place, String kind, String field, String matched, String source,
    boolean sourceVerified) {}
