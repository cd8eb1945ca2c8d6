package onestop.gateway.routing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/** A stand-in for licensing-service, on its own Vert.x, that shows what reached it and answers on cue. */
public final class FakeLicensingService implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    /** What has arrived so far of the body sent to {@code /api/licensing/upload}. */
    final StringBuffer uploadReceived = new StringBuffer();
    /** Completing it lets {@code /api/licensing/download} send the rest of its body. */
    volatile Promise<Void> releaseDownload = Promise.promise();

    static final String APPLICATIONS = """
            {"items":[
              {"id":"6a0c5a43-5b5e-4f39-8e0c-1f8f5a1d0001","reference":"LIC-2026-000001","status":"SUBMITTED"},
              {"id":"6a0c5a43-5b5e-4f39-8e0c-1f8f5a1d0002","reference":"LIC-2026-000002","status":"GRANTED"},
              {"id":"6a0c5a43-5b5e-4f39-8e0c-1f8f5a1d0003","reference":"LIC-2026-000003","status":"DRAFT"}],
             "page":0,"size":100,"total":3}
            """;
    static final String LICENCES = """
            {"items":[
              {"id":"7b0c5a43-5b5e-4f39-8e0c-1f8f5a1d0001","number":"PL-000001","expiresAt":null},
              {"id":"7b0c5a43-5b5e-4f39-8e0c-1f8f5a1d0002","number":"PL-000002","expiresAt":"2026-12-01T00:00:00Z"}],
             "page":0,"size":100,"total":2}
            """;
    static final String OPENAPI = """
            {"openapi":"3.1.0","info":{"title":"OneStop licensing","version":"1"},
             "paths":{"/api/licensing/licences":{"get":{"summary":"Licences","responses":{"200":{"description":"ok",
               "content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenceView"}}}}}}}},
             "components":{"schemas":{"LicenceView":{"type":"object"}}}}
            """;

    public FakeLicensingService(int port) throws Exception {
        server = vertx.createHttpServer().requestHandler(this::handle)
                .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private final java.util.Set<String> closedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The first request for a key finds its connection closed, as a keep-alive connection the server dropped. */
    private void closesOnce(HttpServerRequest request) {
        if (closedOnce.add(request.method() + " " + request.getParam("key"))) {
            request.connection().close();
        } else {
            request.response().end("answered on the second try");
        }
    }

    private void handle(HttpServerRequest request) {
        switch (request.path()) {
            case "/api/licensing", "/api/licensing/inspect" -> request.response()
                    .putHeader("Content-Type", "application/json").end(seen(request).encode());
            case "/api/licensing/echo" -> echo(request);
            // as the portal: a page, and what it was sent (the portal sees the browser's cookies)
            case "/portal-page" -> request.response().putHeader("Content-Type", "text/html").end("<p>a portal page</p>");
            case "/portal-inspect" -> request.response()
                    .putHeader("Content-Type", "application/json").end(seen(request).encode());
            case "/api/licensing/upload" -> {
                request.handler(chunk -> uploadReceived.append(chunk.toString()));
                request.endHandler(end -> request.response().end("received " + uploadReceived.length()));
            }
            // as a service killed while a body is on its way to it
            case "/api/licensing/dies-mid-upload" -> request.handler(chunk -> {
                uploadReceived.append(chunk.toString());
                request.connection().close();
            });
            case "/api/licensing/download" -> {
                request.response().setChunked(true).write("first;");
                releaseDownload.future().onComplete(released -> request.response().end("second"));
            }
            case "/api/licensing/nothing" -> request.response().setStatusCode(204).end();
            case "/api/licensing/closes-once" -> closesOnce(request);
            case "/api/licensing/applications" -> signedIn(request, APPLICATIONS);
            case "/api/licensing/licences" -> signedIn(request, LICENCES);
            // as a service builds an absolute Location from the address it was reached at
            case "/api/licensing/created" -> request.response().setStatusCode(201)
                    .putHeader("Location", "http://" + request.getHeader("Host") + "/api/licensing/applications/42")
                    .putHeader("Content-Location", "http://" + request.getHeader("Host") + "/api/licensing/created")
                    .end();
            case "/api/licensing/openapi" -> request.response().putHeader("Content-Type", "application/json").end(OPENAPI);
            case "/api/licensing/drip" -> drip(request);
            case "/api/licensing/early" -> request.response().setStatusCode(413).end("too large, stopped reading");
            case "/api/licensing/slow" -> {
                // never answers
            }
            default -> {
                if (request.path().startsWith("/api/licensing/things/")) {
                    request.response().end("a thing"); // any id answers, as real objects would
                } else {
                    request.response().setStatusCode(404).end();
                }
            }
        }
    }

    // Like the real service: no token, no answer; the token itself is the service's to check.
    private static void signedIn(HttpServerRequest request, String page) {
        if (request.getHeader("Authorization") == null) {
            request.response().setStatusCode(401).putHeader("Content-Type", "application/problem+json")
                    .putHeader("WWW-Authenticate", "Bearer")
                    .end("{\"status\":401,\"title\":\"Sign-in required\"}");
            return;
        }
        request.response().putHeader("Content-Type", "application/json").end(page);
    }

    private static void echo(HttpServerRequest request) {
        request.response()
                .setStatusCode(201)
                .setStatusMessage("Made")
                .setChunked(true)
                .putHeader("Content-Type", request.getHeader("Content-Type"))
                .putHeader("ETag", "\"v7\"")
                .putHeader("Location", "/api/licensing/applications/42")
                .putHeader("Keep-Alive", "timeout=5")
                .putHeader("Proxy-Authenticate", "Basic")
                .putHeader("X-Request-Id", request.getHeader("X-Request-Id"));
        request.response().headers().add("Set-Cookie", "a=1").add("Set-Cookie", "b=2");
        request.pipeTo(request.response());
    }

    // Five dots, 300 ms apart: slower in total than the gateway's one-second test timeout, never silent that long.
    private void drip(HttpServerRequest request) {
        request.response().setChunked(true);
        AtomicInteger sent = new AtomicInteger();
        vertx.setPeriodic(300, timer -> {
            if (sent.incrementAndGet() < 5) {
                request.response().write(".");
            } else {
                vertx.cancelTimer(timer);
                request.response().end(".");
            }
        });
    }

    private static JsonObject seen(HttpServerRequest request) {
        Map<String, Object> headers = new TreeMap<>();
        request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
        return new JsonObject()
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", new JsonObject(headers));
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
