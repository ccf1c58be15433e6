package org.annalist.consumer.sql.query;

import java.util.List;
import java.util.Map;

/** Rows answering a question, each an ordered column-to-value map; columns in display order. */
public record QueryResult(String kind, List<String> columns, List<Map<String, Object>> rows) {}
