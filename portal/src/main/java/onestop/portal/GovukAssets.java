package onestop.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Serves GOV.UK Frontend's fonts and images at {@code /assets/}, where its stylesheet expects them,
 * straight from the govuk-frontend webjar (the stylesheet and script are at {@code /webjars/...}).
 */
@ApplicationScoped
public class GovukAssets {

    static final String ASSETS = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets";

    void route(@Observes Router router) {
        router.get("/assets/*").handler(StaticHandler.create(ASSETS).setMaxAgeSeconds(86_400));
    }
}
