package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.annalist.reader.tika.ReaderRun.Doc;
import org.annalist.reader.tika.ReaderRun.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charsets, publication dates and structure offsets of HTML pages. */
class HtmlReadingTest {

  @TempDir Path dir;

  private Doc readOne(String name, byte[] bytes, Object... extra) throws Exception {
    TestFiles.write(dir, name, bytes);
    Object[] parameters = new Object[extra.length + 2];
    parameters[0] = TikaCollectionReader.PARAM_SOURCE_LOCATION;
    parameters[1] = dir.resolve(name).toString();
    System.arraycopy(extra, 0, parameters, 2, extra.length);
    ReaderRun run = ReaderRun.of(parameters);
    assertThat(run.failures).isEmpty();
    return run.documents.get(0);
  }

  @Test
  void utf8WithoutMetaCharsetIsNotMistakenForLatin1() throws Exception {
    String html = "<html><body><p>Réunion à Erbil – “Ça va”, dit-il.</p></body></html>";
    Doc doc = readOne("a.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.text()).isEqualTo("Réunion à Erbil – “Ça va”, dit-il.");
    assertThat(doc.html()).isEqualTo(html);
  }

  @Test
  void declaredWindows1252IsHonoured() throws Exception {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café “Paris” – été</p></body></html>";
    Doc doc = readOne("b.html", html.getBytes(Charset.forName("windows-1252")));
    assertThat(doc.text()).isEqualTo("Café “Paris” – été");
    assertThat(doc.html()).isEqualTo(html);
  }

  @Test
  void charsetHintWinsForUndeclaredLegacyText() throws Exception {
    String text = "Grüße aus Köln.";
    Doc doc = readOne("c.txt", text.getBytes(StandardCharsets.ISO_8859_1),
        TikaCollectionReader.PARAM_CHARSET, "ISO-8859-1");
    assertThat(doc.text()).isEqualTo(text);
  }

  @Test
  void jsonLdDateAndAuthorWhenNoMetaTag() throws Exception {
    String html = "<html><head><script type=\"application/ld+json\">"
        + "{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01\"},"
        + "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2020-01-03T09:00:00Z\","
        + "\"author\":[{\"name\":\"Sara Ali\"},{\"name\":\"Tom Reed\"}]}]}</script></head>"
        + "<body><p>Text.</p></body></html>";
    Doc doc = readOne("d.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.metadata().getPublishedDate()).isEqualTo("2020-01-03T09:00:00Z");
    assertThat(doc.metadata().getPublishedDateSource()).isEqualTo("json-ld");
    assertThat(doc.metadata().getAuthor()).isEqualTo("Sara Ali, Tom Reed");
  }

  @Test
  void publicationTimeTagBeatsEarlierOrdinaryTimeTag() throws Exception {
    String html = "<html><body><aside><time datetime=\"2021-06-01\">June 1</time></aside>"
        + "<article><time itemprop=\"datePublished\" datetime=\"2022-01-07T10:00\">Jan 7</time>"
        + "<p>Story.</p></article></body></html>";
    Doc doc = readOne("e.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.metadata().getPublishedDate()).isEqualTo("2022-01-07T10:00:00");
    assertThat(doc.metadata().getPublishedDateSource()).isEqualTo("time-tag");
  }

  @Test
  void anyTimeTagAsLastResort() throws Exception {
    String html = "<html><body><p>Posted <time datetime=\"2018-03-04\">March 4</time>.</p></body></html>";
    Doc doc = readOne("f.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.metadata().getPublishedDate()).isEqualTo("2018-03-04");
    assertThat(doc.metadata().getPublishedDateSource()).isEqualTo("time-tag");
  }

  @Test
  void structureOffsetsAndTextLayout() throws Exception {
    String html = "<html><head><title>Ignored title</title><style>p{color:red}</style></head><body>\n"
        + "<div>Loose   text in a div<br>second line</div>\n"
        + "<h2>  Storm\n   in <a href=\"/erbil\">Erbil</a> </h2>\n"
        + "<ul><li>First <b>item</b></li><li><p>Second</p></li></ul>\n"
        + "<table><tr><td>Deaths</td><td>4</td></tr></table>\n"
        + "<pre>line one\n  indented</pre>\n"
        + "<blockquote>Quoted words</blockquote><script>alert(1)</script>\n"
        + "<figure><img src=x.jpg><figcaption>A caption</figcaption></figure></body></html>";
    Doc doc = readOne("g.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.text()).isEqualTo("Loose text in a div\nsecond line\nStorm in Erbil\nFirst item\nSecond\n"
        + "Deaths\n4\nline one\n  indented\nQuoted words\nA caption");
    assertThat(doc.spans("Heading")).extracting(Span::coveredText, Span::level)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Storm in Erbil", 2));
    assertThat(doc.spans("Link")).extracting(Span::coveredText, Span::href)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Erbil", "/erbil"));
    assertThat(doc.spans("ListItem")).extracting(Span::coveredText).containsExactly("First item", "Second");
    assertThat(doc.spans("Paragraph")).extracting(Span::coveredText).containsExactly(
        "Loose text in a div", "second line", "Second", "Deaths", "4", "line one\n  indented", "Quoted words");
    assertThat(doc.spans("Table")).extracting(Span::coveredText).containsExactly("Deaths\n4");
    assertThat(doc.spans("BlockQuote")).extracting(Span::coveredText).containsExactly("Quoted words");
    assertThat(doc.spans("Caption")).extracting(Span::coveredText).containsExactly("A caption");
  }
}
