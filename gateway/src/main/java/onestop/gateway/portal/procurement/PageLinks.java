package onestop.gateway.portal.procurement;

import java.util.Map;

/** "Previous" and "Next" links for one page of a list answer ({@code page, size, total}). */
@io.quarkus.qute.TemplateData
public record PageLinks(String previous, String next) {

    static PageLinks of(Map<String, Object> page, String path) {
        int current = ((Number) page.getOrDefault("page", 0)).intValue();
        int size = ((Number) page.getOrDefault("size", 20)).intValue();
        long total = ((Number) page.getOrDefault("total", 0)).longValue();
        return new PageLinks(current > 0 ? path + "?page=" + (current - 1) : null,
                (long) (current + 1) * size < total ? path + "?page=" + (current + 1) : null);
    }
}
