package vn.party.backbone.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens already verified, so the same token is not verified again on every request. A client sends one
 * access token for its whole life (minutes), and a profile of the write path put a third of a request's time in
 * checking that token's RSA signature again. Verification is a pure function of the token (signature, issuer,
 * audience, expiry), so its answer can be kept until the token expires; the cache keeps it for at most
 * {@code backbone.security.token-cache.time-to-live} (a rotated-out signing key stops being trusted within it)
 * and never past the token's {@code exp}. Keys are SHA-256 digests, not the tokens. Anything not cached goes to
 * quarkus-oidc's own provider, which this one runs before.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    OidcIdentityProvider oidc;

    @ConfigProperty(name = "backbone.security.token-cache.max-size", defaultValue = "10000")
    int maxSize;

    @ConfigProperty(name = "backbone.security.token-cache.time-to-live", defaultValue = "PT5M")
    Duration timeToLive;

    @Inject
    MeterRegistry registry;

    Clock clock = Clock.systemUTC();

    private Counter hits;
    private Counter misses;

    @jakarta.annotation.PostConstruct
    void meters() {
        hits = Counter.builder("backbone.token.cache").tag("result", "hit").description("Requests whose token was verified before").register(registry);
        misses = Counter.builder("backbone.token.cache").tag("result", "miss").description("Requests whose token was verified now").register(registry);
        registry.gauge("backbone.token.cache.size", verified, Map::size);
    }

    private final Map<ByteBuffer, Verified> verified = new ConcurrentHashMap<>();

    record Verified(SecurityIdentity identity, Instant until) {
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider (the default priority). */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        TokenCredential token = request.getToken();
        if (token == null || token.getToken() == null || maxSize <= 0) {
            return oidc.authenticate(request, context);
        }
        ByteBuffer key = digest(token.getToken());
        Instant now = clock.instant();
        Verified hit = verified.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            hits.increment();
            return Uni.createFrom().item(forThisRequest(hit.identity(), request));
        }
        if (hit != null) {
            verified.remove(key, hit);
        }
        misses.increment();
        return oidc.authenticate(request, context).invoke(identity -> remember(key, identity, now));
    }

    private void remember(ByteBuffer key, SecurityIdentity identity, Instant now) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant until = until(now, Instant.ofEpochSecond(jwt.getExpirationTime()));
        if (!until.isAfter(now)) {
            return;
        }
        if (verified.size() >= maxSize) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= maxSize) {
                verified.clear();   // a burst of distinct tokens: start over rather than grow
            }
        }
        verified.put(key, new Verified(identity, until));
    }

    /** The earlier of the token's expiry and the cache's own limit. */
    Instant until(Instant now, Instant expires) {
        Instant limit = now.plus(timeToLive);
        return expires.isBefore(limit) ? expires : limit;
    }

    /** The cached identity with this request's attributes (its routing context), so nothing of an earlier request leaks. */
    private static SecurityIdentity forThisRequest(SecurityIdentity cached, TokenAuthenticationRequest request) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(cached);
        request.getAttributes().forEach(builder::addAttribute);
        return builder.build();
    }

    private static ByteBuffer digest(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int size() {
        return verified.size();
    }
}
