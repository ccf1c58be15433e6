package org.annalist.boilerplate.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.boilerplate.Reason;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's tag, class, id and ARIA role say about it: page furniture (with a
 * reason), article content, or nothing. Class and id values are split into words ("relatedLinks",
 * "related_links" and "related-links" all give "related"), so no site-specific name is needed.
 */
final class FurnitureNames {

  /** The verdict for one element. */
  record Verdict(Reason reason, boolean strong, boolean articleLike) {
    static final Verdict NONE = new Verdict(null, false, false);
  }

  private static final Map<String, Reason> WORDS = new HashMap<>();
  /** Reasons that win even when the element's names also look like article content. */
  private static final Set<Reason> STRONG =
      Set.of(Reason.COMMENTS, Reason.COOKIE, Reason.SOCIAL, Reason.ADVERTISEMENT, Reason.NAVIGATION);
  /** Fragments that mark furniture wherever they occur inside a class or id word. */
  private static final Map<String, Reason> FRAGMENTS = new HashMap<>();
  private static final Set<String> ARTICLE_WORDS =
      Set.of(
          "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
          "blog", "prose", "richtext", "hentry", "paragraph", "copy", "markdown", "storybody",
          "postbody", "column");

  static {
    words(Reason.NAVIGATION, "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb",
        "breadcrumbs", "skip", "skiplink", "pagination", "pager", "topbar", "toolbar", "sitemap",
        "jump", "toc", "dropdown", "hamburger", "megamenu", "offcanvas", "drawer");
    words(Reason.RELATED_CONTENT, "related", "recommended", "recommendation", "recommendations",
        "trending", "popular", "mostread", "mostpopular", "readmore", "readnext", "outbrain",
        "taboola", "promo", "promos", "sidebar", "rail", "teaser", "teasers", "upnext", "more",
        "latest", "headlines", "cards", "carousel", "recirc", "recirculation", "suggested",
        "sponsoredlinks", "partner", "partners", "feed");
    words(Reason.COMMENTS, "comment", "comments", "disqus", "discussion", "respond", "replies",
        "reply", "commentlist", "fb-comments");
    words(Reason.ADVERTISEMENT, "ad", "ads", "advert", "advertisement", "advertising", "adslot",
        "adunit", "sponsor", "sponsored", "dfp", "gpt", "banner", "commercial", "doubleclick",
        "adsense", "billboard", "leaderboard", "mpu", "native");
    words(Reason.SOCIAL, "share", "sharing", "social", "sharebar", "follow", "facebook",
        "twitter", "whatsapp", "pinterest", "linkedin", "addthis", "sharethis", "likes", "like");
    words(Reason.COOKIE, "cookie", "cookies", "consent", "gdpr", "onetrust", "cmp");
    words(Reason.SUBSCRIPTION, "newsletter", "subscribe", "subscription", "signup", "paywall",
        "regwall", "login", "register", "registration", "membership", "optin", "donate");
    words(Reason.BYLINE, "byline", "author", "authors", "bio", "dateline", "timestamp", "tags",
        "tag", "taglist", "keywords", "categories", "category", "meta", "metadata", "postmeta",
        "entrymeta", "published", "updated", "date", "info");
    words(Reason.CAPTION, "caption", "credit", "credits", "figcaption", "gallery", "slideshow",
        "lightbox", "thumbnail", "video");
    words(Reason.FOOTER, "footer", "foot", "colophon", "copyright", "legal", "disclaimer");
    words(Reason.HEADER, "header", "masthead", "topnav", "branding", "logo");
    words(Reason.WIDGET, "widget", "weather", "ticker", "poll", "quiz", "search", "tools",
        "print", "rating", "ratings", "survey");
    words(Reason.OTHER, "hidden", "modal", "popup", "overlay", "dialog", "tooltip", "alert",
        "skiptranslate", "screenreader", "sronly", "visuallyhidden", "noprint");
    fragment(Reason.COMMENTS, "comment", "disqus");
    fragment(Reason.SOCIAL, "share", "social");
    fragment(Reason.COOKIE, "cookie", "consent");
    fragment(Reason.SUBSCRIPTION, "newsletter", "subscribe", "paywall");
    fragment(Reason.RELATED_CONTENT, "related", "sidebar", "outbrain", "taboola", "recommend");
    fragment(Reason.ADVERTISEMENT, "advert", "sponsor");
    fragment(Reason.NAVIGATION, "breadcrumb", "navbar", "navigation");
    fragment(Reason.FOOTER, "footer");
  }

  private FurnitureNames() {}

  private static void words(Reason reason, String... words) {
    for (String word : words) {
      WORDS.put(word, reason);
    }
  }

  private static void fragment(Reason reason, String... fragments) {
    for (String fragment : fragments) {
      FRAGMENTS.put(fragment, reason);
    }
  }

  /** What the tag says on its own. */
  static Reason ofTag(String tag) {
    return switch (tag) {
      case "nav" -> Reason.NAVIGATION;
      case "aside" -> Reason.RELATED_CONTENT;
      case "footer" -> Reason.FOOTER;
      case "header" -> Reason.HEADER;
      case "figure", "figcaption" -> Reason.CAPTION;
      case "dialog", "menu" -> Reason.OTHER;
      default -> null;
    };
  }

  static Reason ofRole(String role) {
    return switch (role) {
      case "navigation", "menu", "menubar", "search", "tablist" -> Reason.NAVIGATION;
      case "banner" -> Reason.HEADER;
      case "contentinfo" -> Reason.FOOTER;
      case "complementary" -> Reason.RELATED_CONTENT;
      case "dialog", "alertdialog", "alert", "tooltip" -> Reason.OTHER;
      default -> null;
    };
  }

  static Verdict judge(Element element) {
    String tag = element.normalName();
    Reason reason = ofTag(tag);
    boolean strong = reason == Reason.NAVIGATION;
    boolean articleLike = tag.equals("article") || tag.equals("main");
    String role = element.attr("role");
    if (!role.isEmpty()) {
      Reason byRole = ofRole(role.toLowerCase(Locale.ROOT));
      if (byRole != null && reason == null) {
        reason = byRole;
      }
      articleLike |= role.equalsIgnoreCase("main") || role.equalsIgnoreCase("article");
    }
    String className = element.className();
    String id = element.id();
    if (!className.isBlank() || !id.isBlank()) {
      Reason byName = null;
      boolean nameStrong = false;
      List<String> words = words(className);
      words.addAll(words(id));
      for (String word : words) {
        if (ARTICLE_WORDS.contains(word)) {
          articleLike = true;
          continue;
        }
        Reason found = WORDS.get(word);
        if (found == null && word.endsWith("s")) {
          found = WORDS.get(word.substring(0, word.length() - 1));
        }
        if (found == null && word.length() > 5) {
          for (Map.Entry<String, Reason> fragment : FRAGMENTS.entrySet()) {
            if (word.contains(fragment.getKey())) {
              found = fragment.getValue();
              break;
            }
          }
        }
        if (found != null && (byName == null || STRONG.contains(found))) {
          byName = found;
          nameStrong |= STRONG.contains(found);
        }
      }
      if (byName != null && reason == null) {
        reason = byName;
        strong = nameStrong;
      } else if (byName != null) {
        strong |= nameStrong;
      }
    }
    if (reason == null && !articleLike) {
      return Verdict.NONE;
    }
    return new Verdict(reason, strong, articleLike);
  }

  /** Splits class/id values into lower-case words at separators and camelCase humps. */
  static List<String> words(String names) {
    List<String> words = new ArrayList<>(8);
    StringBuilder word = new StringBuilder(16);
    char previous = ' ';
    for (int i = 0; i <= names.length(); i++) {
      char c = i < names.length() ? names.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      if (!letter || (Character.isUpperCase(c) && Character.isLowerCase(previous))) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      }
      if (letter) {
        word.append(Character.toLowerCase(c));
      }
      previous = c;
    }
    return words;
  }
}
