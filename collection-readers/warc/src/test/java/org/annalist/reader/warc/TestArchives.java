package org.annalist.reader.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Writes web archives for tests with jwarc's own writer. */
final class TestArchives implements AutoCloseable {

  static final Instant CAPTURED = Instant.parse("2024-03-05T10:15:30Z");

  private final WarcWriter writer;

  TestArchives(Path file, boolean gzip) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  /** An HTTP response with headers and a body, as a crawler receives it. */
  static byte[] http(int status, String headers, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Other") + "\r\n" + headers
        + (headers.contains("Content-Length") || headers.contains("Transfer-Encoding") ? ""
            : "Content-Length: " + body.length + "\r\n")
        + "\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  static byte[] html(String title, String paragraph) {
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1><p>"
        + paragraph + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] chunked(byte[] body, int chunk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += chunk) {
      int n = Math.min(chunk, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  TestArchives response(String url, byte[] httpBytes) throws IOException {
    writer.write(new WarcResponse.Builder(URI.create(url)).date(CAPTURED)
        .body(MediaType.HTTP_RESPONSE, httpBytes).build());
    return this;
  }

  TestArchives page(String url, String contentType, byte[] body) throws IOException {
    return response(url, http(200, "Content-Type: " + contentType + "\r\n", body));
  }

  TestArchives request(String url) throws IOException {
    byte[] request = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    writer.write(new WarcRequest.Builder(URI.create(url)).date(CAPTURED).body(MediaType.HTTP_REQUEST, request).build());
    return this;
  }

  TestArchives revisit(String url) throws IOException {
    writer.write(new WarcRevisit.Builder(URI.create(url)).date(CAPTURED)
        .body(MediaType.HTTP_RESPONSE, http(200, "Content-Type: text/html\r\n", new byte[0])).build());
    return this;
  }

  TestArchives metadata(String url) throws IOException {
    writer.write(new WarcMetadata.Builder().setHeader("WARC-Target-URI", url).date(CAPTURED)
        .body(MediaType.parse("application/warc-fields"), "outlinks: 3\r\n".getBytes(StandardCharsets.US_ASCII))
        .build());
    return this;
  }

  long position() {
    return writer.position();
  }

  static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
