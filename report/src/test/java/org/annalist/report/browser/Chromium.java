package org.annalist.report.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's chromium and chromium-driver, headless and offline, with the browser console recorded. */
public final class Chromium {

  private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private Chromium() {}

  public static Optional<String> missing() {
    if (find(BROWSERS).isEmpty() || find(DRIVERS).isEmpty()) {
      return Optional.of("chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)");
    }
    return Optional.empty();
  }

  public static ChromeDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(find(BROWSERS).orElseThrow());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(find(DRIVERS).orElseThrow()).toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static Optional<String> find(List<String> candidates) {
    return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst();
  }
}
