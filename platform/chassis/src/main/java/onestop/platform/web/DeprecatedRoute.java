package onestop.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route on its way out (docs/CHANGELOG-api.md, the deprecation policy): every answer says so with
 * {@code Deprecation} (RFC 9745) and, once a date is set, {@code Sunset} (RFC 8594). Put it beside Java's
 * {@code @Deprecated}, which marks the operation {@code deprecated: true} in the OpenAPI document.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface DeprecatedRoute {

    /** The day it was deprecated, ISO-8601 ({@code 2026-12-04}). */
    String since();

    /** The day it stops answering, ISO-8601, or empty while not yet decided. */
    String sunset() default "";
}
