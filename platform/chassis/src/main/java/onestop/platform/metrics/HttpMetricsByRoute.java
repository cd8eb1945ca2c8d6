package onestop.platform.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/** Records every {@code http.server.*} meter under its route template ({@link RouteTemplates}). */
@Singleton
class HttpMetricsByRoute {

    @Produces
    @Singleton
    MeterFilter byRouteTemplate() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                if (uri == null || !id.getName().startsWith("http.server")) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream()
                        .map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", RouteTemplates.of(uri)) : tag).toList());
            }
        };
    }
}
