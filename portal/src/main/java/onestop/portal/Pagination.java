package onestop.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The GOV.UK pagination links of a page answer ({@code page, size, total}), keeping the page's own filters. */
@io.quarkus.qute.TemplateData
public record Pagination(String previous, String next, List<Link> links, long from, long to, long total) {

    /** One numbered link, or an ellipsis when {@code href} is null. */
    @io.quarkus.qute.TemplateData
    public record Link(Integer number, String href, boolean current) {
    }

    /** The links of page {@code current} (from 0) of {@code total} items, {@code size} a page. */
    public static Pagination of(int current, int size, long total, String path, List<Map.Entry<String, String>> query) {
        int last = (int) Math.max(0, (total - 1) / size);
        String others = query.stream().filter(e -> !e.getKey().equals("page"))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        List<Link> links = new ArrayList<>();
        for (int p = 0; p <= last; p++) {
            if (p == 0 || p == last || Math.abs(p - current) <= 1) {
                links.add(new Link(p + 1, href(path, others, p), p == current));
            } else if (links.isEmpty() || links.get(links.size() - 1).href() != null) {
                links.add(new Link(null, null, false));
            }
        }
        long from = total == 0 ? 0 : (long) current * size + 1;
        return new Pagination(current > 0 ? href(path, others, current - 1) : null,
                current < last ? href(path, others, current + 1) : null,
                last > 0 ? links : List.of(), from, Math.min(total, (long) (current + 1) * size), total);
    }

    private static String href(String path, String others, int page) {
        return path + "?" + (others.isEmpty() ? "" : others + "&") + "page=" + page;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
