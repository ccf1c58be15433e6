package org.annalist.boilerplate.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.boilerplate.PageMetadata;
import org.annalist.core.time.DateStrings;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Title, author and publication date of a page from (in order of trust) JSON-LD, OpenGraph and
 * other meta tags, microdata, {@code <time>} elements and byline elements. Also returns the
 * JSON-LD {@code articleBody} when the page has one.
 */
final class HtmlMetadata {

  private static final Logger LOG = LoggerFactory.getLogger(HtmlMetadata.class);
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
          "techarticle", "socialmediaposting", "liveblogposting", "posting", "report", "review",
          "howto", "recipe", "medicalwebpage", "webpage", "advertisercontentarticle", "satiricalarticle");
  private static final Pattern BY_PREFIX = Pattern.compile(
      "^(?i)((written|posted|reviewed|edited|reported|authored) by\\s*|(by|von|par|por)\\s+|author(s)?\\s*:?\\s+)");
  private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(the )?(author|admin|administrator|editor|unknown|anonymous)");
  private static final Pattern URL = Pattern.compile("^(?i)(https?:)?//.*|.*\\.(com|org|net)/.*");

  record Result(PageMetadata metadata, String articleBody) {}

  private HtmlMetadata() {}

  /** What one pass over the page's elements collects for the metadata. */
  private static final class Scan {
    final Map<String, String> metas = new HashMap<>();
    final Map<String, Element> itemprops = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> authorElements = new ArrayList<>();
    Element firstH1;
    Element firstTime;
    Element publishedTime;

    Scan(Document doc) {
      for (java.util.Iterator<Element> all = doc.stream().iterator(); all.hasNext(); ) {
        Element element = all.next();
        String tag = element.normalName();
        switch (tag) {
          case "meta" -> {
            String content = element.attr("content").strip();
            if (!content.isEmpty()) {
              for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = element.attr(key);
                if (!name.isEmpty()) {
                  metas.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
                }
              }
            }
          }
          case "script" -> {
            if (element.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
              jsonLd.add(element.data());
            }
          }
          case "h1" -> {
            if (firstH1 == null) {
              firstH1 = element;
            }
          }
          case "time" -> {
            if (element.hasAttr("datetime")) {
              if (firstTime == null) {
                firstTime = element;
              }
              if (publishedTime == null && (element.hasAttr("pubdate")
                  || element.attr("itemprop").equalsIgnoreCase("datePublished"))) {
                publishedTime = element;
              }
            }
          }
          default -> { }
        }
        String itemprop = element.attr("itemprop");
        if (!itemprop.isEmpty()) {
          itemprops.putIfAbsent(itemprop, element);
        }
        if (authorElements.size() < 20) {
          String names = element.className().toLowerCase(Locale.ROOT);
          if (element.attr("rel").equalsIgnoreCase("author") || names.contains("byline")
              || names.contains("author")) {
            authorElements.add(element);
          }
        }
      }
    }

    String meta(String key) {
      return metas.get(key);
    }
  }

  static Result read(Document doc) {
    Scan scan = new Scan(doc);
    JsonLd jsonLd = readJsonLd(scan.jsonLd);
    String title = first(visibleHeadline(scan.firstH1), jsonLd.headline, scan.meta("og:title"),
        scan.meta("twitter:title"), scan.meta("dc.title"), doc.title());
    if (title != null) {
      title = cleanTitle(title, scan.firstH1);
    }
    String author = jsonLd.author;
    if (author == null) {
      author = authorFromMeta(scan);
    }
    if (author == null) {
      author = authorFromMarkup(scan);
    }
    String date = null;
    String source = null;
    String[][] dateSources = {
      {jsonLd.datePublished, "json-ld"},
      {scan.meta("article:published_time"), "meta:article:published_time"},
      {scan.meta("og:published_time"), "meta:og:published_time"},
      {itemprop(scan, "datePublished"), "microdata:datePublished"},
      {scan.meta("pubdate"), "meta:pubdate"},
      {scan.meta("publishdate"), "meta:publishdate"},
      {scan.meta("publish-date"), "meta:publish-date"},
      {scan.meta("parsely-pub-date"), "meta:parsely-pub-date"},
      {scan.meta("sailthru.date"), "meta:sailthru.date"},
      {scan.meta("dc.date.issued"), "meta:dc.date.issued"},
      {scan.meta("dc.date"), "meta:dc.date"},
      {scan.meta("dcterms.created"), "meta:dcterms.created"},
      {scan.meta("date"), "meta:date"},
      {timeTag(scan), "time-tag"},
      {jsonLd.dateModified, "json-ld:dateModified"},
      {scan.meta("article:modified_time"), "meta:article:modified_time"},
    };
    for (String[] candidate : dateSources) {
      String normalised = DateStrings.find(candidate[0]);
      if (normalised != null) {
        date = normalised;
        source = candidate[1];
        break;
      }
    }
    return new Result(new PageMetadata(title, author, date, source), jsonLd.articleBody);
  }

  /** Drops a " | Site name" or " - Site name" suffix when the rest matches a heading. */
  private static String cleanTitle(String title, Element h1) {
    String cleaned = title.strip().replaceAll("\\s+", " ");
    if (h1 != null) {
      String heading = h1.text().strip();
      if (!heading.isEmpty() && cleaned.startsWith(heading) && heading.length() >= 10) {
        return heading;
      }
    }
    for (String separator : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
      int at = cleaned.lastIndexOf(separator);
      if (at > 15 && cleaned.length() - at < 40) {
        cleaned = cleaned.substring(0, at).strip();
      }
    }
    return cleaned.isEmpty() ? null : cleaned;
  }

  /** The page's first h1, when it reads like a headline (the title as readers see it). */
  private static String visibleHeadline(Element h1) {
    if (h1 == null) {
      return null;
    }
    String text = h1.text().strip();
    int words = text.isEmpty() ? 0 : text.split(" ").length;
    return words >= 2 && words <= 30 ? text : null;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static String itemprop(Scan scan, String name) {
    Element element = scan.itemprops.get(name);
    if (element == null) {
      return null;
    }
    for (String attr : new String[] {"content", "datetime"}) {
      if (element.hasAttr(attr) && !element.attr(attr).isBlank()) {
        return element.attr(attr);
      }
    }
    return element.text();
  }

  private static String timeTag(Scan scan) {
    Element time = scan.publishedTime != null ? scan.publishedTime : scan.firstTime;
    return time == null ? null : time.attr("datetime");
  }

  private static String authorFromMeta(Scan scan) {
    for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author",
        "byl", "dc.creator", "dcterms.creator"}) {
      String cleaned = cleanAuthor(scan.meta(key));
      if (cleaned != null) {
        return cleaned;
      }
    }
    return null;
  }

  private static String authorFromMarkup(Scan scan) {
    Element author = scan.itemprops.get("author");
    if (author != null) {
      Element name = author.selectFirst("[itemprop=name]");
      String cleaned = cleanAuthor(name != null ? textOrContent(name) : textOrContent(author));
      if (cleaned != null) {
        return cleaned;
      }
    }
    for (Element element : scan.authorElements) {
      String cleaned = cleanAuthor(textOrContent(element));
      if (cleaned != null) {
        return cleaned;
      }
    }
    return null;
  }

  private static String textOrContent(Element element) {
    return element.hasAttr("content") ? element.attr("content") : element.text();
  }

  static String cleanAuthor(String raw) {
    if (raw == null) {
      return null;
    }
    String value = BY_PREFIX.matcher(raw.strip().replaceAll("\\s+", " ")).replaceFirst("");
    value = value.replaceAll("^[\\p{Punct}\\s]+|[\\s,;|:]+$", "");
    if (value.isEmpty() || value.length() > 100 || URL.matcher(value).matches()
        || NOT_A_NAME.matcher(value).matches()) {
      return null;
    }

    int words = value.split(" ").length;
    if (words > 12 || value.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    return value;
  }

  private static final class JsonLd {
    String headline;
    String author;
    String datePublished;
    String dateModified;
    String articleBody;
  }

  private static JsonLd readJsonLd(List<String> scripts) {
    JsonLd found = new JsonLd();
    for (String script : scripts) {
      String data = script.strip();
      if (data.isEmpty() || data.length() > 5_000_000) {
        continue;
      }
      try {
        List<JsonNode> objects = new ArrayList<>();
        collect(JSON.readTree(data), objects, 0);
        for (JsonNode object : objects) {
          if (!isArticle(object)) {
            continue;
          }
          if (found.headline == null) {
            found.headline = text(object.get("headline"));
          }
          if (found.author == null) {
            found.author = authors(object.get("author"));
          }
          if (found.datePublished == null) {
            found.datePublished = text(object.get("datePublished"));
          }
          if (found.dateModified == null) {
            found.dateModified = text(object.get("dateModified"));
          }
          String body = text(object.get("articleBody"));
          if (body != null && (found.articleBody == null || body.length() > found.articleBody.length())) {
            found.articleBody = body;
          }
        }
      } catch (Exception e) {
        LOG.debug("unreadable JSON-LD block: {}", e.toString());
      }
    }
    return found;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode object) {
    JsonNode type = object.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    for (String t : types) {
      if (ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT))) {
        return object.has("headline") || object.has("articleBody") || object.has("datePublished")
            || !t.equalsIgnoreCase("webpage");
      }
    }
    return false;
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    if (node.isObject()) {
      return text(node.has("name") ? node.get("name") : node.get("@value"));
    }
    String value = org.jsoup.parser.Parser.unescapeEntities(node.asText(), false).strip();
    return value.isEmpty() ? null : value;
  }

  private static String authors(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    if (node.isArray()) {
      node.forEach(n -> {
        String name = cleanAuthor(text(n));
        if (name != null) {
          names.add(name);
        }
      });
    } else {
      String name = cleanAuthor(text(node));
      if (name != null) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }
}
