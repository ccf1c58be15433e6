package org.annalist.geo.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One loaded gazetteer per source, shared by every annotator instance and worker thread: the
 * default index packaged in this module's jar, or an index compiled from a user's GeoNames file
 * and cached beside it ({@code FILE.annalist-gazetteer.bin}, or in the temp folder when that
 * folder is read-only).
 */
public final class GazetteerRegistry {

  public static final String DEFAULT_RESOURCE = "/org/annalist/geo/gazetteer/default-gazetteer.bin";
  private static final String CACHE_SUFFIX = ".annalist-gazetteer.bin";
  private static final Logger LOG = LoggerFactory.getLogger(GazetteerRegistry.class);
  private static final Map<String, Gazetteer> LOADED = new ConcurrentHashMap<>();

  private GazetteerRegistry() {}

  /** The default gazetteer (GeoNames cities500, divisions, countries, regions). */
  public static Gazetteer defaultGazetteer() {
    return LOADED.computeIfAbsent("default", k -> loadDefault());
  }

  /** The gazetteer for a user's GeoNames file, or the default one when {@code file} is null. */
  public static Gazetteer forFile(Path file) {
    if (file == null) {
      return defaultGazetteer();
    }
    Path absolute = file.toAbsolutePath().normalize();
    Gazetteer fallback = defaultGazetteer();
    return LOADED.computeIfAbsent(absolute.toString(), k -> loadOrCompile(absolute, fallback));
  }

  private static Gazetteer loadDefault() {
    long start = System.nanoTime();
    try (InputStream in = GazetteerRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the default gazetteer " + DEFAULT_RESOURCE
            + " is missing from the class path; build the geolocation module with Maven");
      }
      Gazetteer gazetteer = Gazetteer.read(in);
      LOG.info("loaded default gazetteer: {} places, {} names in {} ms", gazetteer.size(),
          gazetteer.nameCount(), (System.nanoTime() - start) / 1_000_000);
      return gazetteer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Gazetteer loadOrCompile(Path file, Gazetteer fallback) {
    try {
      Path cache = cacheFor(file);
      if (Files.isRegularFile(cache)
          && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(file)) >= 0) {
        try (InputStream in = Files.newInputStream(cache)) {
          return Gazetteer.read(in);
        } catch (IOException e) {
          LOG.warn("ignoring unreadable gazetteer cache {}: {}", cache, e.getMessage());
        }
      }
      long start = System.nanoTime();
      Gazetteer gazetteer = UserGazetteerCompiler.compile(file, fallback);
      LOG.info("compiled gazetteer from {}: {} places in {} ms", file, gazetteer.size(),
          (System.nanoTime() - start) / 1_000_000);
      Path tmp = Files.createTempFile(cache.getParent(), "gazetteer", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        gazetteer.write(out);
      }
      Files.move(tmp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return gazetteer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build a gazetteer from " + file, e);
    }
  }

  private static Path cacheFor(Path file) throws IOException {
    Path dir = file.getParent();
    if (dir != null && Files.isWritable(dir)) {
      return dir.resolve(file.getFileName() + CACHE_SUFFIX);
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "annalist-geo");
    Files.createDirectories(tmp);
    return tmp.resolve(Integer.toHexString(file.toString().hashCode()) + "-" + file.getFileName()
        + CACHE_SUFFIX);
  }
}
