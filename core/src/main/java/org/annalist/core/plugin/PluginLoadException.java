package org.annalist.core.plugin;

/** A plugin class cannot be loaded; the message names the jar and says what to do. */
public class PluginLoadException extends RuntimeException {

  public PluginLoadException(String message) {
    super(message);
  }
}
