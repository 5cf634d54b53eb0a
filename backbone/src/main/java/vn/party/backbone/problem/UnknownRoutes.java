package vn.party.backbone.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A path that no route of the service serves (outside the REST root, such as {@code /api/reporting/} or
 * {@code /api/membership/q/}) answers 404 as a problem document, like every other error, instead of
 * Vert.x's text page.
 */
@ApplicationScoped
public class UnknownRoutes {

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject()
                            .put("type", ProblemType.NOT_FOUND.uri().toString())
                            .put("title", "Not Found")
                            .put("status", 404)
                            .put("detail", "no resource at " + ctx.normalizedPath())
                            .encode());
        });
    }
}
