package org.annalist.reader.warc;

import static org.annalist.reader.warc.TestArchives.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Broken archives: each problem is one failed or skipped record with a reason, and the run goes on. */
class BadArchivesTest {

  @TempDir
  Path folder;

  private ReaderRun read(Object... more) throws Exception {
    Object[] parameters = new Object[2 + more.length];
    parameters[0] = WarcCollectionReader.PARAM_SOURCE_LOCATION;
    parameters[1] = folder.toString();
    System.arraycopy(more, 0, parameters, 2, more.length);
    return ReaderRun.of(parameters);
  }

  private static String record(String url, byte[] body, long declaredLength) {
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
        + ">\r\nWARC-Date: 2024-03-05T10:15:30Z\r\nWARC-Target-URI: " + url
        + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + declaredLength + "\r\n\r\n";
  }

  private static void append(ByteArrayOutputStream out, String url, byte[] http, long declaredLength) {
    out.writeBytes(record(url, http, declaredLength).getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(http);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] page(String title) {
    return TestArchives.http(200, "Content-Type: text/html\r\n", html(title, title + " is the story of the day."));
  }

  @Test
  void aRecordWhoseContentLengthLiesFailsAloneWhicheverWayItLies() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] first = page("First story");
    byte[] short_ = page("Short length");
    byte[] third = page("Third story");
    byte[] long_ = page("Long length");
    byte[] fifth = page("Fifth story");
    append(out, "https://news.example/1", first, first.length);
    append(out, "https://news.example/short", short_, short_.length - 40);
    append(out, "https://news.example/3", third, third.length);
    append(out, "https://news.example/long", long_, long_.length + 120);
    append(out, "https://news.example/5", fifth, fifth.length);
    Files.write(folder.resolve("lies.warc"), out.toByteArray());

    ReaderRun run = read();
    assertThat(run.documents).extracting(ReaderRun.Doc::sourceUri)
        .containsExactly("https://news.example/1", "https://news.example/3", "https://news.example/5");
    assertThat(run.failures).hasSize(2);
    assertThat(run.failures.values()).allSatisfy(reason -> assertThat(reason).contains("Content-Length"));
  }

  @Test
  void aFileNamedGzThatIsNotGzipIsReadFromItsBytes() throws Exception {
    try (TestArchives warc = new TestArchives(folder.resolve("plain-but-named.warc.gz"), false)) {
      warc.page("https://news.example/a", "text/html", html("Plain", "An uncompressed archive with a .gz name."));
    }
    ReaderRun run = read();
    assertThat(run.failures).isEmpty();
    assertThat(run.documents).singleElement().satisfies(d -> assertThat(d.text()).contains("uncompressed archive"));
  }

  @Test
  void garbageAndATruncatedGzipFailOnceEachAndTheOtherFilesAreRead() throws Exception {
    Files.write(folder.resolve("garbage.warc.gz"), "this is no web archive at all\n".repeat(40)
        .getBytes(StandardCharsets.US_ASCII));
    Path whole = folder.resolve("whole.warc.gz");
    try (TestArchives warc = new TestArchives(whole, true)) {
      warc.page("https://news.example/1", "text/html", html("One", "The first page of the crawl."));
      warc.page("https://news.example/2", "text/html", html("Two", "The second page of the crawl."));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(folder.resolve("truncated.warc.gz"), Arrays.copyOf(bytes, bytes.length - 60));

    ReaderRun run = read();
    assertThat(run.failures.keySet()).containsExactlyInAnyOrder("garbage.warc.gz@0",
        run.failures.keySet().stream().filter(id -> id.startsWith("truncated.warc.gz@")).findFirst().orElse("none"));
    assertThat(run.failures.get("garbage.warc.gz@0")).contains("corrupt or truncated record");
    assertThat(run.failures.keySet()).anyMatch(id -> id.startsWith("truncated.warc.gz@") && !id.endsWith("@0"));
    assertThat(run.documents).extracting(ReaderRun.Doc::id).containsExactly("truncated.warc.gz@0",
        "whole.warc.gz@0", run.documents.get(2).id());
    assertThat(run.documents.get(2).id()).startsWith("whole.warc.gz@").isNotEqualTo("whole.warc.gz@0");
  }

  @Test
  void onlyRequestRecordsGiveNoDocumentsAndAreCounted() throws Exception {
    try (TestArchives warc = new TestArchives(folder.resolve("requests.warc.gz"), true)) {
      for (int i = 0; i < 7; i++) {
        warc.request("https://news.example/" + i);
      }
    }
    ReaderRun run = read();
    assertThat(run.documents).isEmpty();
    assertThat(run.failures).isEmpty();
    assertThat(run.skipped).isEqualTo(7);
    assertThat(run.notDocuments).containsEntry("request", 7L);
  }

  @Test
  void aHugeRecordIsStreamedPastAndFailsWithItsReason() throws Exception {
    long size = 100L * 1024 * 1024;
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n<html><body>")
        .getBytes(StandardCharsets.US_ASCII);
    long total = head.length + size;
    try (FileChannel channel = FileChannel.open(folder.resolve("huge.warc.gz"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/huge")).date(TestArchives.CAPTURED)
          .body(MediaType.HTTP_RESPONSE, new Filler(head, total), total).build());
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/after")).date(TestArchives.CAPTURED)
          .body(MediaType.HTTP_RESPONSE, page("After the big one")).build());
    }
    ReaderRun run = read(WarcCollectionReader.PARAM_MAX_DOCUMENT_BYTES, 8L * 1024 * 1024);
    assertThat(run.failures.values()).singleElement().asString().contains("larger than 8388608 bytes");
    assertThat(run.documents).extracting(ReaderRun.Doc::sourceUri).containsExactly("https://news.example/after");
  }

  /** A payload of {@code total} bytes made up as it is read: the head, then spaces. */
  private static final class Filler implements ReadableByteChannel {
    private final byte[] head;
    private final long total;
    private long position;

    Filler(byte[] head, long total) {
      this.head = head;
      this.total = total;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (position >= total) {
        return -1;
      }
      int n = 0;
      while (dst.hasRemaining() && position < total) {
        dst.put(position < head.length ? head[(int) position] : (byte) ' ');
        position++;
        n++;
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() throws IOException {}
  }
}
