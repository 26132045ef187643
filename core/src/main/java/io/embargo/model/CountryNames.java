package io.embargo.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English names and ISO-3 codes → ISO-2, from the JDK's tables plus the spellings sanctions lists use. */
final class CountryNames {
  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      BY_NAME.put(key(l.getDisplayCountry(Locale.ENGLISH)), cc);
      try {
        BY_NAME.put(key(l.getISO3Country()), cc);
      } catch (java.util.MissingResourceException ignored) {
        // no ISO-3 code for this one
      }
    }
    String[][] extra = {
      {"russia", "RU"}, {"russian federation", "RU"}, {"iran", "IR"}, {"iran (islamic republic of)", "IR"},
      {"syria", "SY"}, {"syrian arab republic", "SY"}, {"north korea", "KP"}, {"korea, north", "KP"},
      {"democratic people's republic of korea", "KP"}, {"korea, democratic people's republic of", "KP"},
      {"south korea", "KR"}, {"korea, south", "KR"}, {"republic of korea", "KR"}, {"korea, republic of", "KR"},
      {"burma", "MM"}, {"myanmar", "MM"}, {"venezuela", "VE"}, {"bolivia", "BO"}, {"tanzania", "TZ"},
      {"vietnam", "VN"}, {"viet nam", "VN"}, {"laos", "LA"}, {"moldova", "MD"}, {"taiwan", "TW"},
      {"united kingdom", "GB"}, {"uk", "GB"}, {"great britain", "GB"}, {"united states", "US"},
      {"united states of america", "US"}, {"usa", "US"}, {"congo, democratic republic of the", "CD"},
      {"democratic republic of the congo", "CD"}, {"congo (kinshasa)", "CD"}, {"congo", "CG"},
      {"republic of the congo", "CG"}, {"cote d'ivoire", "CI"}, {"côte d'ivoire", "CI"}, {"ivory coast", "CI"},
      {"palestinian territories", "PS"}, {"west bank", "PS"}, {"gaza", "PS"}, {"palestine", "PS"},
      {"kosovo", "XK"}, {"macedonia", "MK"}, {"north macedonia", "MK"}, {"turkey", "TR"}, {"türkiye", "TR"},
      {"turkiye", "TR"}, {"czech republic", "CZ"}, {"czechia", "CZ"}, {"brunei", "BN"}, {"cape verde", "CV"},
      {"micronesia", "FM"}, {"the gambia", "GM"}, {"gambia", "GM"}, {"the bahamas", "BS"}, {"bahamas", "BS"},
      {"vatican city", "VA"}, {"holy see", "VA"}, {"hong kong", "HK"}, {"macau", "MO"}, {"macao", "MO"},
      {"united arab emirates", "AE"}, {"uae", "AE"}, {"eswatini", "SZ"}, {"swaziland", "SZ"},
      {"timor-leste", "TL"}, {"east timor", "TL"}, {"libya", "LY"}, {"saint kitts and nevis", "KN"},
      {"st. kitts and nevis", "KN"}, {"saint lucia", "LC"}, {"saint vincent and the grenadines", "VC"},
      {"bosnia and herzegovina", "BA"}, {"bosnia-herzegovina", "BA"}, {"region: crimea", "UA"},
      {"crimea", "UA"}, {"curacao", "CW"}, {"curaçao", "CW"}, {"sint maarten", "SX"},
    };
    for (String[] e : extra) {
      BY_NAME.put(key(e[0]), e[1]);
    }
  }

  private CountryNames() {}

  private static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  static String lookup(String name) {
    return BY_NAME.get(key(name));
  }
}
