package vn.party.cadre.hr;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.jboss.logging.Logger;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

import java.time.temporal.ChronoUnit;

/**
 * The HR system through SmallRye Fault Tolerance: each call times out, is retried with exponential backoff, and
 * a circuit breaker stops calling an HR system that keeps failing (the next sync tries again). Figures are
 * overridable as MicroProfile Fault Tolerance configuration, e.g. {@code vn.party.cadre.hr.HrClient/changes/Retry/maxRetries}.
 */
@ApplicationScoped
public class HrClient {

    /** The lookup's breaker, by name for tests and operators (CircuitBreakerMaintenance). */
    public static final String LOOKUP_BREAKER = "hr-lookup";
    public static final String UNAVAILABLE = "hr.unavailable";
    private static final Logger LOG = Logger.getLogger(HrClient.class);

    @Inject
    @RestClient
    HrSystemApi api;

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, jitter = 100)
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public JsonNode changes(String cursor, int limit) {
        return api.changes(cursor, limit);
    }

    /**
     * One employee by national ID, or by civil-servant code when {@code nationalId} is null, for an organiser waiting
     * on the answer: a shorter timeout than the sync's. A 404 of the HR system is {@link HrNotFound}, which is neither
     * retried nor counted by the breaker nor turned into the fallback; every other failure, after the retries, and an
     * open breaker (which fails at once) answer 503 {@code hr.unavailable}.
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 100, abortOn = HrNotFound.class)
    @ExponentialBackoff(factor = 2, maxDelay = 3_000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = HrNotFound.class)
    @CircuitBreakerName(LOOKUP_BREAKER)
    @Fallback(fallbackMethod = "unavailable", skipOn = HrNotFound.class)
    public JsonNode lookup(String nationalId, String civilServantCode) {
        try {
            return nationalId != null ? api.byNationalId(nationalId) : api.byCivilServantCode(civilServantCode);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                throw new HrNotFound();
            }
            throw e;
        }
    }

    JsonNode unavailable(String nationalId, String civilServantCode, Throwable cause) {
        LOG.warnf("HR lookup failed: %s", cause.toString());
        throw new ProblemException(Problem.of(ProblemType.UNAVAILABLE,
                "the HR system does not answer now; try again in a few minutes").withRule(UNAVAILABLE));
    }
}
