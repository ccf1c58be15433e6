package org.annalist.boilerplate;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises lines of page furniture by their wording alone: "Skip to main content",
 * "Advertisement", "Recommended Videos", copyright notices, photo credits, "Comments are closed."
 * and the like. Shared by the HTML and the plain-text classifiers. Only short lines are tested
 * (furniture is short), and every pattern is free of nested quantifiers, so the cost is linear.
 */
public final class FurnitureLines {

  /** Lines longer than this are never judged by wording alone. */
  static final int MAX_LINE = 160;

  /** A pattern, and a cheap test on the lower-cased line that must pass before it is tried. */
  private record Rule(Pattern pattern, Reason reason, Predicate<String> gate) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final List<Rule> WHOLE_LINE =
      List.of(
          rule("(skip|jump) to (the )?(main )?(content|navigation|search|footer)\\W*", Reason.NAVIGATION, starts("skip", "jump")),
          rule("(main )?(menu|navigation|search|home|back to top|top|close|open|toggle navigation|sections?|next|previous|prev|more)\\W*", Reason.NAVIGATION, shorter(30)),
          rule("[\\w ]{0,20} icon", Reason.WIDGET, l -> l.endsWith("icon")),
          rule("(advertisement|advertising|sponsored( content)?|ad|ads|paid content|promoted|story continues below( advertisement)?|continue reading( below)?|scroll to continue( with content)?)\\W*", Reason.ADVERTISEMENT, starts("ad", "sponsor", "paid", "promot", "story continues", "continue", "scroll")),
          rule("(recommended|related|featured|more|latest|popular|trending|top)( \\w+){0,2}? (videos?|stories|articles|news|posts|reads|content|coverage|links|topics)\\W*", Reason.RELATED_CONTENT, starts("recommended", "related", "featured", "more", "latest", "popular", "trending", "top")),
          rule("(read|see|watch) (more|next|also|the latest)\\b.{0,80}", Reason.RELATED_CONTENT, starts("read", "see", "watch")),
          rule("(also read|you may also like|you might also like|more from [\\w .]{1,40}|related:.{0,100}|read more:.{0,100}|recommended for you|don.t miss.{0,80})", Reason.RELATED_CONTENT, starts("also", "you m", "more from", "related", "read more", "recommended", "don")),
          rule("(loading|please wait)(\\.\\.\\.|…)?", Reason.WIDGET, starts("loading", "please wait")),
          rule("-?\\d{1,3} ?(°|º) ?[cf]?", Reason.WIDGET, shorter(8)),
          rule("\\d{1,3} ?(/|of) ?\\d{1,3}", Reason.WIDGET, shorter(10)),
          rule("(about|more about|more by|posts by|articles by) (the )?(author|writer|editor)s?.{0,60}", Reason.BYLINE, starts("about", "more", "posts", "articles")),
          rule("(comments are closed|leave a (comment|reply)|post a comment|add a comment|join the (conversation|discussion)|show comments|view comments|\\d+ comments?|comments?( \\(\\d+\\))?|be the first to comment.{0,40})\\W*", Reason.COMMENTS, contains("comment", "conversation", "discussion", "leave a reply")),
          rule("(share|share this( article| story| post)?|share on \\w+|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin|pinterest|reddit)\\W*", Reason.SOCIAL, shorter(30)),
          rule("(follow us|follow \\w+ on \\w+).{0,80}", Reason.SOCIAL, starts("follow")),
          rule(".{0,80}(all rights reserved|copyright ©|© ?\\d{4}|\\(c\\) ?\\d{4}|copyright \\d{4}).{0,100}", Reason.COPYRIGHT, contains("rights reserved", "copyright", "©", "(c)")),
          rule("(sign up|subscribe|register|log ?in|sign in)\\b.{0,100}", Reason.SUBSCRIPTION, starts("sign", "subscribe", "register", "log")),
          rule(".{0,60}(newsletter|subscribe now|subscription|subscribers only|for subscribers).{0,60}", Reason.SUBSCRIPTION, contains("newsletter", "subscri")),
          rule(".{0,60}(we use cookies|this site uses cookies|cookie policy|accept cookies|accept all).{0,100}", Reason.COOKIE, contains("cookie", "accept all")),
          rule("(photo|image|picture|video|graphic|illustration|credit|photograph|file photo)s?( credit)? ?(:|/|by ).{0,100}", Reason.CAPTION, starts("photo", "image", "picture", "video", "graphic", "illustration", "credit", "file photo")),
          rule(".{0,100}\\((ap|afp|reuters|getty|epa|xinhua|file|photo)( photo| images)?[/:, ].{0,60}\\)", Reason.CAPTION, l -> l.endsWith(")")),
          rule("(source|sources|via)\\s*:\\s*[\\w .,&/-]{1,40}", Reason.OTHER, starts("source", "via")),
          rule("[_\\-=*~•·.]{3,}", Reason.OTHER, l -> !Character.isLetterOrDigit(l.charAt(0))),
          rule("(updated|published|posted|last updated|first published)\\b.{0,60}", Reason.DATE_LINE, starts("updated", "published", "posted", "last updated", "first published")),
          rule("(by|written by|words by|reporting by)( [\\p{Lu}][\\p{L}.'-]*){1,4}(( and|,)( [\\p{Lu}][\\p{L}.'-]*){1,4}){0,3}( \\|.{0,40})?", Reason.BYLINE, starts("by ", "written by", "words by", "reporting by")),
          rule("(tags?|topics?|filed under|categories|category)\\s*:.{0,120}", Reason.BYLINE, starts("tag", "topic", "filed under", "categor")),
          rule("(click here|tap here|download the app|get the app|open in app).{0,100}", Reason.OTHER, starts("click", "tap", "download", "get the app", "open in")),
          rule("(terms of (use|service)|privacy policy|contact us|about us|accessibility|site map|sitemap)( ?[|•·] ?.{0,80})?", Reason.FOOTER, starts("terms", "privacy", "contact", "about", "accessibility", "site")));

  /** A photo credit in brackets at the end of a caption: "(AP Photo/Ali Abdul Hassan)". */
  private static final Pattern PHOTO_CREDIT_END =
      Pattern.compile(
          "[(\\[][^()\\[\\]]{0,40}\\b(photo|photos|image|picture|foto|credit|pool|getty images|afp|reuters|ap|epa|file)\\b[^()\\[\\]]{0,80}[)\\]]\\W*",
          FLAGS);

  private FurnitureLines() {}

  /** True when a (possibly long) paragraph ends with a bracketed photo credit, as captions do. */
  public static boolean endsWithPhotoCredit(String text) {
    String tail = text.length() > 130 ? text.substring(text.length() - 130) : text;
    int open = Math.max(tail.lastIndexOf('('), tail.lastIndexOf('['));
    if (open < 0) {
      return false;
    }
    String bracket = tail.substring(open);
    return PHOTO_CREDIT_END.matcher(bracket).matches()
        && bracket.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(photo|image|picture|foto|credit|getty|/).*");
  }

  private static Rule rule(String regex, Reason reason, Predicate<String> gate) {
    return new Rule(Pattern.compile(regex, FLAGS), reason, gate);
  }

  private static Predicate<String> starts(String... prefixes) {
    return line -> {
      for (String prefix : prefixes) {
        if (line.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    };
  }

  private static Predicate<String> contains(String... parts) {
    return line -> {
      for (String part : parts) {
        if (line.contains(part)) {
          return true;
        }
      }
      return false;
    };
  }

  private static Predicate<String> shorter(int length) {
    return line -> line.length() < length;
  }

  /** The furniture reason of a whole line, or null when its wording says nothing. */
  public static Reason judge(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > MAX_LINE) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (Rule rule : WHOLE_LINE) {
      if (rule.gate().test(lower) && rule.pattern().matcher(text).matches()) {
        return rule.reason();
      }
    }
    return null;
  }
}
