package io.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web application in real headless Chromium against a real server and SQLite store: log in, screen a
 * Cyrillic name, open the hit, record an alert, decide it as one user and approve it as another; lists;
 * batch upload with its progress bar. Screenshots of every main page go to target/screenshots/.
 */
@Tag("browser")
class WebAppBrowserTest {
  static TestStore t;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    t = new TestStore();
    browser = new Browser(t.server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    t.close();
  }

  @Test
  void screenRecordDecideApprove() {
    browser.open("/screen");
    browser.visible("#login-form"); // redirected to the login page
    browser.driver.findElement(By.id("username")).sendKeys("ana");
    browser.driver.findElement(By.id("password")).sendKeys("wrong\n");
    assertThat(browser.visible("#login-error .error").getText()).contains("wrong user name or password");
    browser.screenshot("01-login-error");
    browser.driver.findElement(By.id("password")).sendKeys("ana-password\n");
    browser.visible("#user");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/screen");

    browser.visible("#name").sendKeys("Позитив Текнолоджиз");
    browser.driver.findElement(By.id("record")).click();
    browser.driver.findElement(By.id("name")).sendKeys(Keys.ENTER); // Enter submits
    String hit = browser.visible("#hit-0").getText();
    assertThat(hit).containsIgnoringCase("Pozitiv").contains("Presumption of denial.");
    assertThat(browser.driver.findElements(By.cssSelector("#hit-0 .pair")).size()).isPositive();
    assertThat(browser.visible("#decision").getText()).isIn("BLOCK", "REVIEW");
    browser.driver.findElement(By.cssSelector("#hit-0 details.entry summary")).click();
    browser.wait.until(d -> d.findElement(By.cssSelector("#hit-0 details.entry")).getText().contains("Aliases"));
    browser.screenshot("02-screen-hit");

    browser.visible("#alert-link").click();
    assertThat(browser.visible("#alert-state").getText()).isEqualTo("OPEN");
    new Select(browser.driver.findElement(By.id("verdict"))).selectByValue("true_match");
    browser.driver.findElement(By.id("reason")).sendKeys("Same company: Moscow address and aliases match\n");
    browser.wait.until(ExpectedConditions.textToBe(By.id("alert-state"), "TRUE MATCH"));
    assertThat(browser.driver.findElements(By.id("approve"))).isEmpty(); // an analyst cannot approve
    browser.screenshot("03-alert-decided");
    String alertUrl = browser.driver.getCurrentUrl();
    browser.logout();

    browser.login("rev");
    browser.open("/alerts?state=TRUE_MATCH&list=bis-el");
    browser.visible("#alerts-table tbody tr.clickable").sendKeys(Keys.ENTER); // keyboard: Enter opens the row
    browser.wait.until(ExpectedConditions.urlToBe(alertUrl));
    browser.driver.navigate().back();
    browser.visible("#alerts-table tbody tr.clickable");
    browser.screenshot("04-alert-queue");
    browser.driver.get(alertUrl);
    browser.visible("#approve").click();
    browser.wait.until(ExpectedConditions.textToBe(By.id("alert-state"), "APPROVED"));
    assertThat(browser.visible("#events").getText()).contains("alert.decide", "alert.approve");
    browser.screenshot("05-alert-approved");
    browser.logout();
  }

  @Test
  void listsPage_showsVersionsAndWhatChanged() {
    browser.login("aud");
    browser.open("/lists");
    assertThat(browser.visible("#lists-table tbody tr").getText()).contains("BIS Entity List");
    browser.driver.findElement(By.cssSelector("#lists-table tbody button")).click();
    browser.visible("#diff-to");
    browser.driver.findElement(By.cssSelector("#detail form button")).click();
    assertThat(browser.visible("#diff-result h2.added").getText()).contains("Added (4)");
    assertThat(browser.driver.findElement(By.id("diff-result")).getText()).contains("NSO Group", "Candiru");
    browser.screenshot("06-lists-diff");
    browser.logout();
  }

  @Test
  void batchUpload_progressBarAndDownload() throws Exception {
    Path csv = Files.createTempFile("customers", ".csv");
    StringBuilder sb = new StringBuilder("id,name,country\n");
    String[] names = {"NSO Group", "Acme Bakery", "Candiru", "Harbour Freight Ltd", "COSEINC", "Blue Ocean Trading"};
    for (int i = 0; i < 60_000; i++) {
      sb.append("c").append(i).append(',').append(names[i % names.length]).append(",US\n");
    }
    Files.writeString(csv, sb);
    browser.login("ana");
    browser.open("/batch");
    browser.visible("#file").sendKeys(csv.toAbsolutePath().toString());
    browser.driver.findElement(By.id("batch-submit")).click();
    browser.visible("#progress");
    // the bar moves while the job runs (the job reports progress every 200 ms)
    browser.wait.until(d -> Integer.parseInt(d.findElement(By.id("progress")).getAttribute("aria-valuenow")) > 0);
    browser.screenshot("07-batch-running");
    browser.wait.withTimeout(java.time.Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(By.id("download")));
    assertThat(browser.driver.findElement(By.id("progress")).getAttribute("aria-valuenow")).isEqualTo("100");
    assertThat(browser.driver.findElement(By.id("job-status")).getText()).contains("60,000 of 60,000 records")
        .contains("30,000 hits"); // NSO Group, Candiru and COSEINC rows: half of them
    String href = browser.driver.findElement(By.id("download")).getAttribute("href");
    assertThat(href).contains("/v1/batch/").endsWith("/result");
    browser.screenshot("08-batch-done");
    browser.logout();
    Files.delete(csv);
  }
}
