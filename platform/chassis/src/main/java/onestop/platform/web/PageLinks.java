package onestop.platform.web;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Link} headers (RFC 8288) {@code next} and {@code prev} on every paged list, for every route, also those
 * added later: any answer whose body is a record with {@code page}, {@code size} and {@code total} (PageView and
 * each api module's XxxPage). The links are relative to the request (its path and query with another page), so
 * they hold through the gateway.
 */
public class PageLinks {

    private record Paging(RecordComponent page, RecordComponent size, RecordComponent total) {
    }

    private static final Map<Class<?>, Optional<Paging>> PAGED = new ConcurrentHashMap<>();

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (response.getStatus() != 200 || entity == null || !entity.getClass().isRecord()
                || response.getHeaders().containsKey("Link")
                || request.getUriInfo().getQueryParameters().containsKey(Cursor.PARAMETER)) {
            // paged by cursor: the route links the next page itself (onestop.platform.web.Cursor), never by offset
            return;
        }
        Optional<Paging> paging = PAGED.computeIfAbsent(entity.getClass(), PageLinks::paging);
        if (paging.isEmpty()) {
            return;
        }
        try {
            long page = ((Number) paging.get().page().getAccessor().invoke(entity)).longValue();
            long size = ((Number) paging.get().size().getAccessor().invoke(entity)).longValue();
            long total = ((Number) paging.get().total().getAccessor().invoke(entity)).longValue();
            URI uri = request.getUriInfo().getRequestUri();
            List<String> links = new ArrayList<>();
            if (size > 0 && (page + 1) * size < total) {
                links.add(link(uri, page + 1, "next"));
            }
            if (page > 0) {
                links.add(link(uri, Math.min(page - 1, Math.max(0, (total - 1) / Math.max(1, size))), "prev"));
            }
            if (!links.isEmpty()) {
                response.getHeaders().putSingle("Link", String.join(", ", links));
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            // not a page after all: no links
        }
    }

    private static String link(URI request, long page, String rel) {
        URI target = UriBuilder.fromUri(request).replaceQueryParam("page", page).build();
        String relative = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return "<" + relative + ">; rel=\"" + rel + "\"";
    }

    private static Optional<Paging> paging(Class<?> type) {
        RecordComponent page = null;
        RecordComponent size = null;
        RecordComponent total = null;
        for (RecordComponent component : type.getRecordComponents()) {
            switch (component.getName()) {
                case "page" -> page = component;
                case "size" -> size = component;
                case "total" -> total = component;
                default -> {
                }
            }
        }
        if (page == null || size == null || total == null) {
            return Optional.empty();
        }
        page.getAccessor().trySetAccessible();
        size.getAccessor().trySetAccessible();
        total.getAccessor().trySetAccessible();
        return page == null || size == null || total == null ? Optional.empty()
                : Optional.of(new Paging(page, size, total));
    }
}
