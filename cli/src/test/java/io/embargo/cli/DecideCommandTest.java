package io.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code embargo decide} end to end: the Entity List fixture in the store, ownership imported by the CLI. */
class DecideCommandTest {
  @TempDir Path dir;
  private String home;


  @BeforeEach
  void store() throws Exception {
    home = dir.resolve("home").toString();
    Path fixture = Path.of(System.getProperty("embargo.repo.root", ".."), "fixtures", "bis-el",
        "entity-list-2021-11-04.csv");
    CliRun imp = CliRun.of("lists", "import", fixture.toString(), "--format", "CSL_CSV", "--published", "2021-11-04",
        "--no-rescreen", "--home", home);
    assertThat(imp.code()).as(imp.err()).isZero();
    Path csv = dir.resolve("own.csv");
    Files.writeString(csv, "owner,owned,percent\nPositive Technologies,PT Security Trading FZE,60\n");
    assertThat(CliRun.of("ownership", "import", csv.toString(), "--home", home).code()).isZero();
  }

  @Test
  void candiruIsBlockedWithTheEntityListConsequences() {
    CliRun r = CliRun.of("decide", "Candiru", "--home", home);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("BLOCK  Candiru").contains("BIS Entity List [EL]")
        .contains("- Licence review policy: Presumption of denial.").contains("- Federal Register: 86 FR 60759");
  }

  @Test
  void affiliateIsBlockedInOctober2025AndReviewedInDecember2025() {
    CliRun oct = CliRun.of("decide", "PT Security Trading FZE", "--as-of", "2025-10-15", "--home", home);
    CliRun dec = CliRun.of("decide", "PT Security Trading FZE", "--as-of", "2025-12-15", "--home", home);
    assertThat(oct.out()).as(oct.err()).startsWith("BLOCK").contains("Ownership BIS_AFFILIATES")
        .contains("Positive Technologies [EL");
    assertThat(dec.out()).as(dec.err()).startsWith("REVIEW").contains("suspended");
  }

  @Test
  void jsonCarriesOutcomePlaceHitsAndPolicyVersion() {
    CliRun r = CliRun.of("decide", "Harmless Bakery", "--address", "Симферополь", "--json", "--home", home);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = JsonMapper.shared().readTree(r.out());
    assertThat(n.get("outcome").asString()).isEqualTo("BLOCK");
    assertThat(n.get("placeHits").get(0).get("placeId").asString()).isEqualTo("UA-CRIMEA");
    assertThat(n.get("policyVersion").asString()).isNotBlank();
  }

  @Test
  void screenTableAndJsonCarryTheDecision() {
    String table = stdout("screen", "Candiru", "--home", home);
    assertThat(table).contains("DECISION").contains("BLOCK EL").contains("Decision: BLOCK: EL Candiru");

    JsonNode n = JsonMapper.shared().readTree(stdout("screen", "Candiru", "--json", "--home", home));
    assertThat(n.get("decision").get("outcome").asString()).isEqualTo("BLOCK");
    assertThat(n.get("decision").get("hits").get(0).get("consequence").get("effects").toString())
        .contains("Presumption of denial.");
  }

  /** {@code screen} prints to System.out, so capture that. */
  private static String stdout(String... args) {
    java.io.PrintStream old = System.out;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
      CliRun r = CliRun.of(args);
      assertThat(r.code()).as(r.err()).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void badDateOrPolicyIsOneErrorNamingTheSetting() throws Exception {
    CliRun r = CliRun.of("decide", "Candiru", "--as-of", "yesterday", "--home", home);
    assertThat(r.code()).isEqualTo(ErrorHandler.BAD_INPUT);
    assertThat(r.err()).contains("--as-of: not a date");

    Path policy = dir.resolve("p.properties");
    Files.writeString(policy, "policy.review-threshold=2\n");
    CliRun p = CliRun.of("decide", "Candiru", "--policy", policy.toString(), "--home", home);
    assertThat(p.code()).isEqualTo(ErrorHandler.BAD_INPUT);
    assertThat(p.err()).contains("p.properties: policy.review-threshold: must be between 0 and 1");
  }
}
