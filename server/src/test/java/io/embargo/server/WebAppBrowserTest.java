package io.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The web application in real headless Chromium: login, screening, list page. */
@Tag("browser")
class WebAppBrowserTest {
  static EmbargoServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = EmbargoServer.builder().screener(Fixtures::screener).authenticator(TestAuthenticator.standard())
        .config(ServerConfig.DEFAULT.withPort(0)).build().start();
    browser = new Browser(server.port());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    server.stop();
  }

  @Test
  void login_thenScreen_showsHitWithExplanation() {
    browser.open("/screen");
    browser.visible("#login-form"); // redirected to login
    browser.driver.findElement(By.id("username")).sendKeys("ana");
    browser.driver.findElement(By.id("password")).sendKeys("wrong\n");
    assertThat(browser.visible("#login-error .error").getText()).contains("wrong user name or password");
    browser.screenshot("login-error");
    browser.driver.findElement(By.id("password")).sendKeys("ana-pw\n");
    browser.visible("#user");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/screen");
    browser.visible("#name").sendKeys("NSO Group", Keys.ENTER);
    assertThat(browser.visible("#hit-count").getText()).isEqualTo("1 hit");
    String hit = browser.visible("#hit-0").getText();
    assertThat(hit).contains("NSO Group", "BIS Entity List", "Presumption of denial.", "86 FR 60759");
    browser.driver.findElement(By.cssSelector("#hit-0 details.entry summary")).click();
    browser.wait.until(d -> d.findElement(By.cssSelector("#hit-0 details.entry")).getText().contains("organization"));
    browser.screenshot("screen-hit");
  }

  @Test
  void listsPage_showsVersions() {
    browser.login("aud");
    browser.open("/lists");
    assertThat(browser.visible("#lists-table tbody tr").getText()).contains("BIS Entity List", "4");
    browser.driver.findElement(By.cssSelector("#lists-table tbody button")).click();
    assertThat(browser.visible("#detail h2").getText()).contains("versions");
    browser.screenshot("lists");
    browser.logout();
  }
}
