package org.annalist.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the development data in {@code ../shared/data} (or the folder named by the system
 * property {@code annalist.shared.data}); tests that need it skip, with a message, when absent.
 */
public final class SharedData {

  private SharedData() {}

  /** The data folder, or null when it is not there. */
  public static Path root() {
    String configured = System.getProperty("annalist.shared.data");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/data").normalize();
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The named sub-path of the data folder; skips the calling test when it is absent. */
  public static Path require(String relative) {
    Path root = root();
    assumeTrue(root != null, "skipped: ../shared/data is not present beside the checkout");
    Path path = root.resolve(relative);
    assumeTrue(Files.exists(path), "skipped: " + path + " is not present");
    return path;
  }
}
