package vn.party.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What every service promises, whatever it does: it is ready on a real database and broker, serves its
 * OpenAPI document at /api/&lt;service&gt;/openapi, answers an unauthenticated call with a 401 problem, and
 * its API matches the committed snapshot (src/test/resources/openapi.json) so that every API change is a
 * visible diff. After a deliberate change: {@code mvn test -Dopenapi.snapshot.update=true}, then commit.
 *
 * <p>A module's test extends this with {@code @QuarkusTest} and names its service and one protected path.
 */
public abstract class ServiceBasicsContract {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** e.g. {@code membership} */
    protected abstract String service();

    /** A path under the service's API that needs a token. */
    protected abstract String protectedPath();

    /** The method {@link #protectedPath()} answers to. */
    protected String protectedMethod() {
        return "GET";
    }

    @Test
    void isReadyOnItsDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Liveness names the outbox relay's heartbeat, so an orchestrator restarts a service that stopped publishing. */
    @Test
    void isAliveWhileItsOutboxRelayKeepsPassing() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("outbox-relay"));
    }

    @Test
    void answersWithoutATokenWithA401Problem() {
        given().request(protectedMethod(), protectedPath()).then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    /**
     * Verified tokens are cached (backbone's VerifiedTokens): a token accepted while valid must still be refused
     * the moment it expires, however often it was verified before.
     */
    @Test
    void aTokenAcceptedWhileValidIsRefusedOnceExpired() throws InterruptedException {
        // long enough that a loaded machine still sends the first requests well inside its lifetime
        long lifetimeSeconds = 8;
        long expiresAtMillis = (System.currentTimeMillis() / 1000 + lifetimeSeconds) * 1000;
        String token = TestTokens.tokenExpiringIn(lifetimeSeconds, "short-lived", "nowhere", "province-admin");
        for (int i = 0; i < 3; i++) {
            int status = given().auth().oauth2(token).request(protectedMethod(), protectedPath()).then().extract().statusCode();
            assertThat(status).as("a valid token is not refused as unauthenticated").isNotEqualTo(401);
        }
        Thread.sleep(Math.max(0, expiresAtMillis - System.currentTimeMillis()) + 2_100);
        given().auth().oauth2(token).request(protectedMethod(), protectedPath()).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void unknownPathsAreProblemsToo() {
        given().auth().oauth2(TestTokens.token("province-admin", "nowhere", "province-admin"))
                .get("/api/" + service() + "/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void itsApiMatchesTheCommittedSnapshot() throws IOException {
        String body = given().queryParam("format", "json").get("/api/" + service() + "/openapi")
                .then().statusCode(200).extract().asString();
        // through a Map so that keys are sorted and the snapshot diffs cleanly
        String current = JSON.writeValueAsString(JSON.readValue(body, Object.class)) + "\n";
        Path snapshot = Path.of("src/test/resources/openapi.json");
        if (Boolean.getBoolean("openapi.snapshot.update")) {
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, current);
        }
        assertThat(snapshot).as("no API snapshot yet: run with -Dopenapi.snapshot.update=true and commit it").exists();
        JsonNode expected = JSON.readTree(Files.readString(snapshot));
        Path actualFile = Path.of("target/openapi.json");
        Files.createDirectories(actualFile.getParent());
        Files.writeString(actualFile, current);
        assertThat(JSON.readTree(current))
                .as("the API changed: compare %s with %s, and if the change is meant, run the tests with "
                        + "-Dopenapi.snapshot.update=true and commit the snapshot", actualFile, snapshot)
                .isEqualTo(expected);
    }
}
