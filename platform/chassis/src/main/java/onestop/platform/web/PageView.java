package onestop.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the shape of every list answer: {@code {"items": [...], "page": 0, "size": 20,
 * "total": 1234}}.
 */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
