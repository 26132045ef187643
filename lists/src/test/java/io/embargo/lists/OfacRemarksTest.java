package io.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.embargo.model.Alias;
import io.embargo.model.AliasQuality;
import io.embargo.model.DateOfBirth;
import io.embargo.model.Identifier;
import io.embargo.model.ListEntry;
import io.embargo.model.ListId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfacRemarksTest {
  private static ListEntry parse(String remarks) {
    ListEntry.Builder b = ListEntry.builder(ListId.OFAC_SDN, "1").name("X");
    OfacRemarks.apply(remarks, b);
    return b.build();
  }

  /* --------------- dates of birth --------------- */

  @Test
  void dateOfBirth_forms() {
    assertThat(OfacRemarks.dateOfBirth("12 Jan 1960")).isEqualTo(DateOfBirth.exact(LocalDate.of(1960, 1, 12)));
    assertThat(OfacRemarks.dateOfBirth("Jan 1960")).isEqualTo(DateOfBirth.month(1960, 1));
    assertThat(OfacRemarks.dateOfBirth("1960")).isEqualTo(DateOfBirth.year(1960));
    assertThat(OfacRemarks.dateOfBirth("1960-01-12")).isEqualTo(DateOfBirth.exact(LocalDate.of(1960, 1, 12)));
    assertThat(OfacRemarks.dateOfBirth("circa 1960")).isEqualTo(DateOfBirth.years(1959, 1961));
    assertThat(OfacRemarks.dateOfBirth("circa 01 Jan 1961")).isEqualTo(DateOfBirth.years(1960, 1962));
    assertThat(OfacRemarks.dateOfBirth("1958 to 1960")).isEqualTo(DateOfBirth.years(1958, 1960));
    assertThat(OfacRemarks.dateOfBirth("between 1958 and 1960")).isEqualTo(DateOfBirth.years(1958, 1960));
    assertThat(OfacRemarks.dateOfBirth("circa 1940-1945")).isEqualTo(DateOfBirth.years(1939, 1946));
    DateOfBirth range = OfacRemarks.dateOfBirth("01 Jan 1962 to 31 Dec 1963");
    assertThat(range.from()).isEqualTo(LocalDate.of(1962, 1, 1));
    assertThat(range.to()).isEqualTo(LocalDate.of(1963, 12, 31));
    assertThat(range.precision()).isEqualTo(DateOfBirth.Precision.RANGE);
  }

  @Test
  void dateOfBirth_unreadable_isNull() {
    assertThat(OfacRemarks.dateOfBirth("31 Feb 1960")).isNull();
    assertThat(OfacRemarks.dateOfBirth("sometime in the sixties")).isNull();
  }

  /* --------------- clauses --------------- */

  @Test
  void remarks_realSdnRow() {
    // sdn.csv 2024-05, a typical individual row's remarks
    ListEntry e = parse("DOB 15 Apr 1957; alt. DOB 1958; POB Damascus, Syria; nationality Syria; "
        + "citizen Lebanon; Gender Male; Passport N012345 (Syria) expires 01 Jan 2025; "
        + "National ID No. 1234-567 (Lebanon); a.k.a. 'ABU ALI'; f.k.a. 'OLD NAME'; Linked To: SOME BANK S.A.L.");
    assertThat(e.datesOfBirth()).containsExactly(DateOfBirth.exact(LocalDate.of(1957, 4, 15)), DateOfBirth.year(1958));
    assertThat(e.placesOfBirth()).containsExactly("Damascus, Syria");
    assertThat(e.nationalities()).containsExactly("SY", "LB");
    assertThat(e.identifiers()).containsExactly(new Identifier("Passport", "N012345", "SY"),
        new Identifier("National ID No.", "1234-567", "LB"));
    assertThat(e.aliases()).containsExactly(new Alias("ABU ALI", AliasQuality.WEAK, "aka"),
        new Alias("OLD NAME", AliasQuality.WEAK, "fka"));
    assertThat(e.linkedTo()).containsExactly("SOME BANK S.A.L");
  }

  @Test
  void remarks_vesselAndCompanyIds() {
    ListEntry e = parse("Vessel Registration Identification IMO 9187629; MMSI 572469210; "
        + "Tax ID No. 7718668887 (Russia); Registration Number 1027700167110 (Russia); SWIFT/BIC BKCHCNBJ.");
    assertThat(e.identifiers()).containsExactly(new Identifier("Vessel Registration Identification", "9187629", null),
        new Identifier("MMSI", "572469210", null), new Identifier("Tax ID No.", "7718668887", "RU"),
        new Identifier("Registration Number", "1027700167110", "RU"), new Identifier("SWIFT/BIC", "BKCHCNBJ", null));
  }

  @Test
  void remarks_unknownClauses_areLeftAlone() {
    ListEntry e = parse("Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201; "
        + "Website www.ptsecurity.ru; Gender Female");
    assertThat(e.identifiers()).isEmpty();
    assertThat(e.aliases()).isEmpty();
    assertThat(e.datesOfBirth()).isEmpty();
  }

  @Test
  void remarks_nationalityWithoutKnownCode_isKeptVerbatim() {
    assertThat(parse("nationality Palestinian").nationalities()).containsExactly("Palestinian");
  }
}
