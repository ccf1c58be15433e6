package org.annalist.corpus;

import java.util.List;
import java.util.Map;

/**
 * One group the corpus stage found. {@code kind} is "duplicates", "quotes", "people" or "stories";
 * {@code id} is stable across runs ("kind-" + a short stable hash is the usual form);
 * {@code documents} are document ids, the canonical/earliest first; {@code members} says for
 * each member what it contributes (e.g. the quote ord, the name variant, the similarity);
 * {@code details} holds kind-specific fields (written as JSON).
 */
public record CorpusGroup(String kind, String id, String label, List<String> documents,
    List<Map<String, Object>> members, Map<String, Object> details) {}
