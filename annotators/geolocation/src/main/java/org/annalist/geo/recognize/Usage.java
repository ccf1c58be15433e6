package org.annalist.geo.recognize;

/** How a text uses a place name (values of Place.usage). */
public enum Usage {
  /** The place itself: "rockets landed in Anbar". */
  LITERAL,
  /** A people or person named after the place: "Iraqis", "an American". */
  DEMONYM,
  /** An adjective of the place: "Iraqi forces". */
  ADJECTIVAL,
  /** The place standing for its government or people: "Washington blamed". */
  METONYMIC,
  /** A place named inside an organisation's name, a separate reading of it: "Texas" in "Texas Instruments". */
  EMBEDDED
}
