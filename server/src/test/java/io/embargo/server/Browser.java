package io.embargo.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (Selenium Manager never downloads
 * anything), pointed at a server on 127.0.0.1. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
  final ChromeDriver driver;
  final WebDriverWait wait;
  private final String base;

  Browser(int port) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary("/usr/bin/chromium");
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--lang=en-US");
    ChromeDriverService svc = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(svc, o);
    driver.manage().window().setSize(new Dimension(1280, 900));
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    base = "http://127.0.0.1:" + port;
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void login(String user) {
    open("/login");
    visible("#username").sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(user + "-password\n"); // Enter submits
    wait.until(d -> d.findElements(By.id("user")).size() == 1);
  }

  void logout() {
    visible("#logout").click();
    visible("#login-form");
  }

  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
