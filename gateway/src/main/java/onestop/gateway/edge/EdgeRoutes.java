package onestop.gateway.edge;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import onestop.gateway.requestid.RequestIdRoute;
import onestop.gateway.routing.ProblemWriter;
import onestop.gateway.routing.UpstreamRoutes;
import onestop.gateway.token.OwnTokens;
import onestop.platform.problem.PayloadTooLarge;
import onestop.platform.problem.Problem;

/**
 * What happens to every request at the door, right after it gets its id: security headers on the answer,
 * a path written otherwise than it routes refused (400, see {@link CanonicalPath}), bodies larger than allowed refused (413), rate limits (429 with {@code Retry-After}), and a problem
 * document for an address nothing serves (404).
 */
@ApplicationScoped
class EdgeRoutes {

    private static final Logger LOG = Logger.getLogger(EdgeRoutes.class);

    private static final String[] PROXIED_API = { "/api/licensing", "/api/opportunities" };

    // worked out once, not on every request: plain and over TLS, for the answers and for the docs page
    private final Map<String, String> answerHeaders;
    private final Map<String, String> answerHeadersTls;
    private final Map<String, String> docsHeaders;
    private final Map<String, String> docsHeadersTls;
    private final RateLimitPolicy limits;
    private final RateLimiter limiter = new RateLimiter();
    private final SharedRateLimiter sharedLimiter;
    private final OwnTokens tokens;
    private final ProblemWriter problems;
    private final long maxOwnBody;
    private final long maxBody;

    EdgeRoutes(EdgeConfig config, OwnTokens tokens, ProblemWriter problems, SharedRateLimiter sharedLimiter) {
        this.sharedLimiter = sharedLimiter;
        SecurityHeaders headers = new SecurityHeaders(config.contentSecurityPolicyWithPayPages(), config.hstsMaxAge());
        this.answerHeaders = Map.copyOf(headers.forAnswer(false));
        this.answerHeadersTls = Map.copyOf(headers.forAnswer(true));
        this.docsHeaders = Map.copyOf(headers.forDocs(false));
        this.docsHeadersTls = Map.copyOf(headers.forDocs(true));
        this.limits = new RateLimitPolicy(config.authPerMinute(), config.userPerMinute(), config.anonymousPerMinute());
        this.tokens = tokens;
        this.problems = problems;
        this.maxOwnBody = config.maxOwnBodySize().asLongValue();
        this.maxBody = config.maxServiceBodySize().asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(RequestIdRoute.ORDER + 1).handler(this::secureHeaders);
        router.route().order(RequestIdRoute.ORDER + 2).handler(this::refuseNonCanonicalPath);
        router.route().order(RequestIdRoute.ORDER + 3).handler(this::limitBody);
        router.route().order(RequestIdRoute.ORDER + 4).handler(this::limitRate);
        router.route().last().handler(this::nothingHere);
    }

    private void secureHeaders(RoutingContext context) {
        // the scheme as the gateway resolved it: a trusted proxy's X-Forwarded-Proto, never a client's own
        boolean tls = context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme());
        boolean docs = context.request().path().startsWith("/api/docs");
        Map<String, String> secure = docs ? (tls ? docsHeadersTls : docsHeaders) : (tls ? answerHeadersTls : answerHeaders);
        context.addHeadersEndHandler(beforeHeaders -> secure.forEach((name, value) -> {
            if (!context.response().headers().contains(name)) {
                context.response().headers().set(name, value);
            }
        }));
        context.next();
    }

    // Every later rule judges the path as written; one written differently from how it routes is refused.
    private void refuseNonCanonicalPath(RoutingContext context) {
        // Swagger UI's start page is its directory, /api/docs/, the one trailing slash allowed
        if (CanonicalPath.isCanonical(context.request().path()) || "/api/docs/".equals(context.request().path())) {
            context.next();
            return;
        }
        context.response().putHeader("Connection", "close");
        problems.write(context, Problem.of("non-canonical-path", "Not a canonical path", 400,
                "Write the address without encoded letters, dot segments, doubled, trailing or encoded slashes."));
    }

    private void limitBody(RoutingContext context) {
        String path = context.request().path();
        if (UpstreamRoutes.isPortal(path)) {
            // the portal limits what it receives itself, and tells a person so with a page, not a problem
            context.next();
            return;
        }
        long allowed = isProxied(path) ? maxBody : maxOwnBody;
        String length = context.request().getHeader("Content-Length");
        if (length != null && declaredLength(length) > allowed) {
            context.response().putHeader("Connection", "close");
            problems.write(context, new PayloadTooLarge("The body is larger than the " + allowed
                    + " bytes this address accepts.").toProblem());
            return;
        }
        context.next();
    }

    private void limitRate(RoutingContext context) {
        HttpServerRequest request = context.request();
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Optional<RateLimitPolicy.Limit> limit = limits.limitFor(request.path(), address, verifiedUser(request));
        if (limit.isEmpty()) {
            context.next();
            return;
        }
        if (!limit.get().shared()) {
            answer(context, limiter.draw(limit.get()));
            return;
        }
        // the database is blocking: asked off the event loop, the request held meanwhile; if it cannot be
        // asked, this replica's own bucket still limits
        request.pause();
        context.vertx().executeBlocking(() -> sharedLimiter.draw(limit.get()), false).onComplete(result -> {
            request.resume();
            if (result.failed()) {
                LOG.warnf("Shared rate limit unavailable, limiting on this replica: %s", result.cause().toString());
            }
            answer(context, result.succeeded() ? result.result() : limiter.draw(limit.get()));
        });
    }

    // every limited answer announces its quota, also one the portal or a service gives
    private void answer(RoutingContext context, Quota quota) {
        context.addHeadersEndHandler(ended -> {
            context.response().headers().set("RateLimit-Policy", quota.policyHeader());
            context.response().headers().set("RateLimit", quota.stateHeader());
        });
        OptionalLong retryAfter = quota.retryAfter();
        if (retryAfter.isEmpty()) {
            context.next();
            return;
        }
        context.response().putHeader("Retry-After", String.valueOf(retryAfter.getAsLong()));
        problems.write(context, Problem.of("rate-limited", "Too many requests", 429,
                "Too many requests from you in a short time. Try again in " + retryAfter.getAsLong() + " seconds."));
    }

    private void nothingHere(RoutingContext context) {
        problems.write(context, Problem.of("not-found", "Not found", 404, "There is nothing at this address."));
    }

    // A forged or expired token counts as no token: it cannot buy a fresh bucket by changing its subject.
    private Optional<String> verifiedUser(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return tokens.claimsIfValid(authorization.substring(7).trim()).map(claims -> {
            Object subject = claims.getClaimValue("sub");
            return subject == null ? null : subject.toString();
        });
    }

    private static boolean isProxied(String path) {
        for (String prefix : PROXIED_API) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
