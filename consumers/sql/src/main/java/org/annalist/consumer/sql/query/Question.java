package org.annalist.consumer.sql.query;

import java.util.List;

/**
 * What the user asked. The rows returned depend on the most specific criterion: quotes when a
 * speaker is given, else place mentions when a place is given, else documents; the other
 * criteria restrict the documents those rows come from.
 *
 * @param speaker part of a resolved speaker name or speaker mention, or null
 * @param place a place name (or "lat,lon" with a radius), or null
 * @param withinKm radius around the place, or null for mentions of the place itself
 * @param fromDay first ISO day of the date range, or null
 * @param toDay last ISO day of the date range, or null
 * @param words words that must all occur in the text
 * @param limit maximum number of rows
 */
public record Question(String speaker, String place, Double withinKm, String fromDay, String toDay,
    List<String> words, int limit) {}
