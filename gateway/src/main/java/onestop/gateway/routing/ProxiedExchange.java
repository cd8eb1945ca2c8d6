package onestop.gateway.routing;

import java.net.URI;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import onestop.gateway.requestid.RequestId;
import onestop.platform.problem.Problem;

/**
 * One request on its way through the gateway: the caller's body is piped upstream and the service's
 * answer piped back, both streamed. A failure before the service answers becomes a problem document;
 * after, the caller's connection is reset so a cut-off body can never pass for a whole one.
 */
final class ProxiedExchange {

    private static final Logger LOG = Logger.getLogger(ProxiedExchange.class);

    private final RoutingContext context;
    private final Upstream upstream;
    private final long responseTimeoutMillis;
    private final ProblemWriter problems;
    private final Consumer<ProxiedExchange> opener;
    private final URI publicUrl;
    private boolean answered;
    private boolean retried;

    /** {@code opener} asks the pool for a connection and calls {@link #send} or {@link #fail}. */
    ProxiedExchange(RoutingContext context, Upstream upstream, long responseTimeoutMillis, ProblemWriter problems,
            URI publicUrl, Consumer<ProxiedExchange> opener) {
        this.publicUrl = publicUrl;
        this.context = context;
        this.upstream = upstream;
        this.responseTimeoutMillis = responseTimeoutMillis;
        this.problems = problems;
        this.opener = opener;
    }

    void open() {
        opener.accept(this);
    }

    void send(HttpClientRequest upstreamRequest) {
        HttpServerRequest request = context.request();
        ForwardedHeaders.toUpstream(request, upstreamRequest.headers(), upstream.passesCookies());
        upstreamRequest.headers().set(RequestId.HEADER, RequestId.of(context));
        // A caller that goes away mid-answer frees the service's connection instead of leaving it paused.
        context.response().closeHandler(closed -> {
            if (!context.response().ended()) {
                upstreamRequest.reset();
            }
        });
        upstreamRequest.response().onSuccess(this::answer).onFailure(this::fail);
        // The same failure reaches fail() through response(), which says what it meant to the caller; without
        // a handler here Vert.x would log it a second time at ERROR, without the request's id.
        upstreamRequest.exceptionHandler(failure -> LOG.debugf("%s: %s", upstream.name(), failure.toString()));

        if (!hasBody(request)) {
            request.resume();
            upstreamRequest.end().onSuccess(sent -> awaitAnswer(upstreamRequest));
            return;
        }
        if (!request.headers().contains("Content-Length")) {
            upstreamRequest.setChunked(true);
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            context.response().writeContinue();
        }
        // The timeout runs from the end of the upload, so a slow upload is not taken for a slow service.
        request.pipe().endOnFailure(false).to(upstreamRequest)
                .onSuccess(sent -> awaitAnswer(upstreamRequest))
                .onFailure(broken -> upstreamRequest.reset(0, broken));
    }

    void fail(Throwable failure) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (answered) {
            LOG.debugf("Answer from %s broken off: %s", upstream.name(), failure.toString());
            response.reset();
            return;
        }
        if (mayRetry(failure)) {
            // A pooled keep-alive connection the service had just closed: nothing reached it, so a request
            // that changes nothing and carries no body is sent again once, on a fresh connection.
            retried = true;
            LOG.debugf("%s %s to %s: connection closed before an answer, retrying", context.request().method(),
                    context.request().path(), upstream.name());
            open();
            return;
        }
        LOG.warnf("%s %s to %s failed: %s", context.request().method(), context.request().path(), upstream.name(),
                failure.toString());
        context.request().resume();
        Problem problem = UpstreamFailure.problemFor(upstream, failure);
        if (problem.status() == 503) {
            response.putHeader("Retry-After", String.valueOf(UpstreamFailure.RETRY_AFTER_SECONDS));
        }
        problems.write(context, problem);
    }

    // Vert.x cancels this timer when the answer's head arrives; armed after that (a service may answer before the
    // upload ends), it would fire later and reset the pooled connection, by then serving another request.
    private void awaitAnswer(HttpClientRequest upstreamRequest) {
        if (!answered) {
            upstreamRequest.idleTimeout(responseTimeoutMillis);
        }
    }

    private void answer(HttpClientResponse upstreamResponse) {
        answered = true;
        HttpServerResponse response = context.response();
        response.setStatusCode(upstreamResponse.statusCode());
        response.setStatusMessage(upstreamResponse.statusMessage());
        ForwardedHeaders.toCaller(upstreamResponse.headers(), response.headers(), upstream.base(), publicUrl);
        response.headers().set(RequestId.HEADER, RequestId.of(context));
        if (!mayHaveBody(context.request().method(), upstreamResponse.statusCode())) {
            upstreamResponse.end().onComplete(ended -> response.end());
            return;
        }
        if (!upstreamResponse.headers().contains("Content-Length")) {
            response.setChunked(true);
        }
        upstreamResponse.pipe().endOnFailure(false).to(response).onFailure(this::fail);
    }

    private boolean mayRetry(Throwable failure) {
        HttpMethod method = context.request().method();
        return !retried && failure instanceof HttpClosedException && !hasBody(context.request())
                && (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length != null) {
            return !"0".equals(length.trim());
        }
        // HTTP/2 does not announce a body in the headers: forward whatever comes, chunked.
        return request.version() == HttpVersion.HTTP_2 || request.headers().contains("Transfer-Encoding");
    }

    private static boolean mayHaveBody(HttpMethod method, int status) {
        return method != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
    }
}
