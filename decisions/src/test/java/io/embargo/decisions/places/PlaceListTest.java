package io.embargo.decisions.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceListTest {
  private final PlaceList places = PlaceList.load();

  private List<String> ids(String country, String address) {
    return places.screen(country, address).stream().map(PlaceHit::placeId).toList();
  }

  @Test
  void crimeanCitiesHitInLatinAndCyrillic() {
    assertThat(ids("UA", "ul. Lenina 1, Sevastopol 299011")).containsExactly("UA-CRIMEA");
    assertThat(ids(null, "Севастополь, ул. Ленина 1")).containsExactly("UA-CRIMEA");
    assertThat(places.screen(null, "Севастополь").get(0).matched()).as("direct match reported first")
        .isEqualTo("Севастополь");
    assertThat(ids(null, "SIMFEROPOL’")).containsExactly("UA-CRIMEA");
    assertThat(ids(null, "г. Симферополь")).containsExactly("UA-CRIMEA");
  }

  @Test
  void donetskAndLuhanskRegionsHitInEverySpelling() {
    assertThat(ids(null, "Donetsk, Ukraine")).containsExactly("UA-DNR");
    assertThat(ids(null, "Донецьк")).containsExactly("UA-DNR");
    assertThat(ids(null, "Luhansk")).containsExactly("UA-LNR");
    assertThat(ids(null, "Lugansk")).containsExactly("UA-LNR");
    assertThat(ids(null, "Луганськ")).containsExactly("UA-LNR");
    assertThat(ids(null, "Луганск")).containsExactly("UA-LNR");
    assertThat(ids(null, "so-called Donetsk People’s Republic")).containsExactly("UA-DNR");
  }

  @Test
  void cyrillicTextIsAlsoComparedWithLatinNamesThroughTransliteration() {
    // the data has the Latin "Sebastopol" but no Cyrillic "Себастополь": only transliteration can match it
    PlaceHit h = places.screen(null, "Себастополь").get(0);
    assertThat(h.placeId()).isEqualTo("UA-CRIMEA");
    assertThat(h.field()).isEqualTo("address");
    assertThat(h.matched()).isEqualTo("Sebastopol");
  }

  @Test
  void matchingIsTokenAwareNotSubstring() {
    assertThat(ids("RU", "Sevastopolskiy prospekt 10, Moscow")).isEmpty();
    assertThat(ids("US", "Irangate Road 1, Miami")).isEmpty();
    assertThat(ids("UA", "Kyiv, Khreshchatyk 1")).isEmpty();
  }

  @Test
  void embargoedCountryCodesHitButUkraineAloneDoesNot() {
    assertThat(ids("CU", null)).containsExactly("CU");
    assertThat(ids("IR", null)).containsExactly("IR");
    assertThat(ids("KP", null)).containsExactly("KP");
    assertThat(ids("SY", null)).containsExactly("SY");
    assertThat(ids("UA", null)).isEmpty();
    PlaceHit h = places.screen("CU", null).get(0);
    assertThat(h.field()).isEqualTo("country");
    assertThat(h.source()).contains("31 CFR Part 515");
  }

  @Test
  void countryNamesInAddressTextHit() {
    assertThat(ids(null, "Calle 23, La Habana, Cuba")).containsExactly("CU");
    assertThat(ids(null, "Pyongyang, DPRK")).containsExactly("KP");
    assertThat(ids(null, "Korea, Democratic People's Republic of")).containsExactly("KP");
    assertThat(ids(null, "Seoul, Republic of Korea")).isEmpty();
  }
}
