package org.annalist.core.plugin;

/** Parameter names shared by components of the same kind, so the CLI can set them for all. */
public final class ComponentParameters {

  /** Reader: file, folder, list file or glob to read. Set by {@code annalist run --input}. */
  public static final String SOURCE_LOCATION = "sourceLocation";

  /** Consumer: folder (or URL) to write to. Set by {@code annalist run --output}. */
  public static final String TARGET_LOCATION = "targetLocation";

  /** Name of the CAS view holding the raw HTML of HTML documents. */
  public static final String HTML_VIEW = "html";

  private ComponentParameters() {}
}
