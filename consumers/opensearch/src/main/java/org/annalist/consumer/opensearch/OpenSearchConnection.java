package org.annalist.consumer.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * HTTP to one OpenSearch endpoint with the JDK's client: JSON and NDJSON bodies, basic
 * authentication, TLS with the JVM's trust store, a given one, or (for test servers only) none.
 * The REST API needs nothing more, so no client library (and its HTTP stack) is shipped.
 */
final class OpenSearchConnection {

  /** A response: status and body. */
  record Response(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** TLS options: a trust store (PKCS12 or JKS) and its password, or trust every certificate. */
  record Tls(Path trustStore, char[] trustStorePassword, boolean insecure) {}

  private final URI base;
  private final String authorization;
  private final HttpClient client;
  private final Duration requestTimeout;

  OpenSearchConnection(String url, String user, String password, Tls tls, Duration requestTimeout) {
    String trimmed = url.strip();
    this.base = URI.create(trimmed.endsWith("/") ? trimmed : trimmed + "/");
    if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
      throw new IllegalArgumentException("url must start with http:// or https://, not '" + url + "'");
    }
    if (base.getUserInfo() != null) {
      throw new IllegalArgumentException("url must not carry credentials: name the environment variables "
          + "holding them with userEnv and passwordEnv");
    }
    this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    this.requestTimeout = requestTimeout;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .version(HttpClient.Version.HTTP_1_1);
    if ("https".equals(base.getScheme())) {
      builder.sslContext(sslContext(tls));
    }
    this.client = builder.build();
  }

  /** Where requests go, without credentials, for messages. */
  String displayUrl() {
    return base.toString();
  }

  Response send(String method, String path, String body, String contentType) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(requestTimeout)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while talking to " + displayUrl(), e);
    }
  }

  Response json(String method, String path, String body) throws IOException {
    return send(method, path, body, "application/json");
  }

  /** A short explanation of a failure to talk to the server, naming the fix. */
  String describe(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLHandshakeException) {
        return "the TLS handshake with " + displayUrl() + " failed (" + t.getMessage() + "): give the server's CA"
            + " certificate in trustStore, or insecureTls: true for a test server";
      }
      if (t instanceof HttpConnectTimeoutException) {
        return "connecting to " + displayUrl() + " timed out: check url and that OpenSearch is running";
      }
      if (t instanceof ConnectException) {
        return "cannot connect to " + displayUrl() + " (connection refused): start OpenSearch or correct url";
      }
    }
    return "cannot talk to " + displayUrl() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
  }

  private static SSLContext sslContext(Tls tls) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      if (tls.insecure()) {
        context.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
      } else if (tls.trustStore() != null) {
        KeyStore store = KeyStore.getInstance(tls.trustStore().toString().toLowerCase().endsWith(".jks")
            ? "JKS" : "PKCS12");
        try (InputStream in = Files.newInputStream(tls.trustStore())) {
          store.load(in, tls.trustStorePassword());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        context.init(null, factory.getTrustManagers(), new SecureRandom());
      } else {
        return SSLContext.getDefault();
      }
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot load the trust store " + tls.trustStore() + ": " + e.getMessage()
          + " (a PKCS12 or JKS file; its password in the variable named by trustStorePasswordEnv)", e);
    }
  }

  /** Accepts any certificate: only for servers with self-signed test certificates (insecureTls). */
  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // trusting every peer is what insecureTls asks for
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // trusting every peer is what insecureTls asks for
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
