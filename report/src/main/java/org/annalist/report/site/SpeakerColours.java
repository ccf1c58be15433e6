package org.annalist.report.site;

/** A light colour per speaker, the same on every page (derived from the name). */
final class SpeakerColours {

  private SpeakerColours() {}

  static String of(String speaker) {
    if (speaker == null || speaker.isEmpty()) {
      return "hsl(0 0% 88%)";
    }
    int hue = Math.floorMod(speaker.hashCode() * 137, 360);
    return "hsl(" + hue + " 70% 84%)";
  }
}
