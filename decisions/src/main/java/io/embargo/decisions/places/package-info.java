/** Embargoed countries and regions from {@code embargoed-places.json}: {@link io.embargo.decisions.places.PlaceList}. */
package io.embargo.decisions.places;
