package io.embargo.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only shared folder that holds real list files ({@code data/lists/...}) and evaluation
 * cases ({@code eval/...}).
 *
 * <p>Resolution order: the {@code EMBARGO_SHARED} environment variable; the {@code embargo.shared} system
 * property; {@code ../shared} beside the repository root (the {@code embargo.repo.root} system property,
 * which the build sets for tests); {@code ../shared} from the working directory.
 */
public final class SharedFolder {
  private SharedFolder() {}

  /** The shared folder (it may not exist; see {@link #require()}). */
  public static Path locate() {
    String env = System.getenv("EMBARGO_SHARED");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath().normalize();
    }
    String prop = System.getProperty("embargo.shared");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    String root = System.getProperty("embargo.repo.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root).resolve("../shared").toAbsolutePath().normalize();
    }
    return Path.of("..", "shared").toAbsolutePath().normalize();
  }

  /**
   * The shared folder, which must exist.
   *
   * @throws IllegalStateException naming the path tried and how to set it
   */
  public static Path require() {
    Path p = locate();
    if (!Files.isDirectory(p.resolve("data/lists"))) {
      throw new IllegalStateException("shared list folder not found at " + p
          + " (set EMBARGO_SHARED to the folder that holds data/lists)");
    }
    return p;
  }

  /** A file under {@code data/lists}, e.g. {@code list("ofac-sdn/2024-05/sdn.csv")}. */
  public static Path list(String relative) {
    return require().resolve("data/lists").resolve(relative);
  }
}
