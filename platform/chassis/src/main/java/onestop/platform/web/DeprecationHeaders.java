package onestop.platform.web;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** {@code Deprecation} and {@code Sunset} on every answer of a {@link DeprecatedRoute}, automatic. */
public class DeprecationHeaders {

    @ServerResponseFilter
    public void announce(SimpleResourceInfo resource, ContainerResponseContext response) {
        if (resource == null || resource.getResourceClass() == null) {
            return;
        }
        DeprecatedRoute route = null;
        try {
            Method method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
            route = method.getAnnotation(DeprecatedRoute.class);
        } catch (NoSuchMethodException e) {
            // not a public method: look at the class alone
        }
        if (route == null) {
            route = resource.getResourceClass().getAnnotation(DeprecatedRoute.class);
        }
        if (route != null) {
            headersFor(route).forEach(response.getHeaders()::putSingle);
        }
    }

    /** {@code Deprecation: @1764806400} (the day, as a Unix time), {@code Sunset: Wed, 30 Jun 2027 00:00:00 GMT}. */
    static Map<String, String> headersFor(DeprecatedRoute route) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Deprecation", "@" + LocalDate.parse(route.since()).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        if (!route.sunset().isBlank()) {
            headers.put("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    LocalDate.parse(route.sunset()).atStartOfDay(ZoneOffset.UTC)));
        }
        return headers;
    }
}
