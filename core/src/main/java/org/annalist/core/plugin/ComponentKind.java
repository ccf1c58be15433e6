package org.annalist.core.plugin;

/** The three roles a component can play in a pipeline. */
public enum ComponentKind {
  READER("reader"),
  ANNOTATOR("annotator"),
  CONSUMER("consumer");

  private final String label;

  ComponentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
