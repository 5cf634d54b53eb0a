package vn.party.cadre.hr;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
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

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, abortOn = jakarta.ws.rs.NotFoundException.class)
    public JsonNode byNationalId(String nationalId) {
        return api.byNationalId(nationalId);
    }
}
