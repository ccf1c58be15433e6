package org.annalist.core.run;

/** Turns an exception into the one-line reason written to the failure log. */
final class Failures {

  private Failures() {}

  static String describe(Throwable e) {
    StringBuilder message = new StringBuilder();
    Throwable current = e;
    int depth = 0;
    while (current != null && depth < 5) {
      String text = current.getMessage();
      String part = current.getClass().getSimpleName() + (text == null ? "" : ": " + text.strip());
      if (message.indexOf(part) < 0) {
        if (message.length() > 0) {
          message.append(" <- ");
        }
        message.append(part);
      }
      if (current.getCause() == current) {
        break;
      }
      current = current.getCause();
      depth++;
    }
    String line = message.toString().replace('\n', ' ').replace('\r', ' ');
    return line.length() > 2000 ? line.substring(0, 2000) + "..." : line;
  }

  /**
   * The reason a component could not start, for a one-line message: the first message that is not
   * one of UIMA's wrappers (whose texts add "(Descriptor: &lt;unknown&gt;)" and little else).
   */
  static String startReason(Throwable e) {
    Throwable current = e;
    for (int depth = 0; current != null && depth < 10; depth++) {
      String text = current.getMessage();
      if (text != null && !text.isBlank() && !current.getClass().getName().startsWith("org.apache.uima.")) {
        return text.replaceAll("\\s*\\(Descriptor: [^)]*\\)", "").strip().replace('\n', ' ');
      }
      if (current.getCause() == current) {
        break;
      }
      current = current.getCause();
    }
    return describe(e);
  }
}
