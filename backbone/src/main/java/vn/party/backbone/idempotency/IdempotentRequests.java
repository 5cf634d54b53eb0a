package vn.party.backbone.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.scope.CallerScope;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on creates and imports: the first request with a key runs and its response is
 * stored in the same transaction; a retry with the same key and body gets the stored response and creates
 * nothing; the same key with another body is refused (422). Keys are per caller.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    /**
     * @param endpoint method and path, e.g. {@code POST /api/membership/v1/org-units}: a key reused on
     *                 another endpoint is refused, never answered with the other endpoint's response
     */
    public Response once(String key, String endpoint, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "at most 200 characters");
        }
        String actor = caller.actor();
        String fingerprint = fingerprint(endpoint + "\n" + write(request));
        int claimed = em.createNativeQuery("""
                        insert into idempotency_key (actor, key, request_hash, created_at) values (?1, ?2, ?3, now())
                        on conflict do nothing""")
                .setParameter(1, actor).setParameter(2, key).setParameter(3, fingerprint).executeUpdate();
        if (claimed == 0) {
            return replay(actor, key, fingerprint);
        }
        Response response = action.get();
        Object entity = response.getEntity();
        URI location = response.getLocation();
        em.createNativeQuery("""
                        update idempotency_key set status = ?3, location = ?4, body = ?5, etag = ?6
                        where actor = ?1 and key = ?2""")
                .setParameter(1, actor).setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, location == null ? null : location.toString())
                .setParameter(5, entity == null ? null : write(entity))
                .setParameter(6, response.getHeaderString("ETag"))
                .executeUpdate();
        return response;
    }

    /** Keys protect retries, which come within minutes; a week is plenty. */
    @Scheduled(every = "1h", delayed = "5m", identity = "idempotency-prune")
    @Transactional
    void prune() {
        em.createNativeQuery("delete from idempotency_key where created_at < now() - interval '7 days'").executeUpdate();
    }

    private Response replay(String actor, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select request_hash, status, location, body, etag from idempotency_key where actor = ?1 and key = ?2")
                .setParameter(1, actor).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "this key was used with a different request body; use a new key for a new request"));
        }
        Response.ResponseBuilder builder = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            builder.location(URI.create((String) row[2]));
        }
        if (row[3] != null) {
            builder.entity(row[3]).type("application/json");
        }
        if (row[4] != null) {
            builder.header("ETag", row[4]);
        }
        return builder.build();
    }

    private static String fingerprint(String canonicalRequest) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
