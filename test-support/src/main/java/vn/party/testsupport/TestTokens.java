package vn.party.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens shaped like Keycloak's (issuer, audience, {@code realm_access.roles}, {@code org_unit},
 * {@code preferred_username}), signed with the test key that {@link SuiteInfrastructure} tells quarkus-oidc
 * to trust.
 */
public final class TestTokens {

    public static final String ISSUER = "https://sso.test/realms/party";
    public static final String AUDIENCE = "party-api";

    /** A token for {@code user} of unit {@code orgUnit} with the given realm roles. */
    public static String token(String user, String orgUnit, String... roles) {
        return tokenExpiringIn(3600, user, orgUnit, roles);
    }

    /** The same, valid for {@code seconds} only. */
    public static String tokenExpiringIn(long seconds, String user, String orgUnit, String... roles) {
        var builder = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("sub-" + user)
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("typ", "Bearer")
                .expiresIn(seconds);
        if (orgUnit != null) {
            builder.claim("org_unit", orgUnit);
        }
        return builder.jws().keyId("test-key").sign(privateKey());
    }

    /** A well-signed token from another issuer: must be refused. */
    public static String tokenFromAnotherIssuer(String user, String orgUnit, String... roles) {
        return Jwt.issuer("https://elsewhere.test/realms/party").audience(AUDIENCE)
                .claim("preferred_username", user).claim("org_unit", orgUnit)
                .claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(3600)
                .jws().keyId("test-key").sign(privateKey());
    }

    static Map<String, String> oidcConfig() {
        String pem = resource("testsupport/public.pem");
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Map.of(
                "quarkus.oidc.public-key", base64,
                "quarkus.oidc.token.issuer", ISSUER,
                "quarkus.oidc.token.audience", AUDIENCE);
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(resource("testsupport/private.pem"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from test-support");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestTokens() {
    }
}
