package vn.party.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The suite as a front end sees it: one origin (the gateway), tokens from Keycloak behind it at /auth/,
 * the services' APIs under /api/&lt;service&gt;/v1/.
 */
public final class SuiteClient {

    public static final String REALM = "party";
    public static final String CLIENT_ID = "party-web";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public SuiteClient(String gateway) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
    }

    public String gateway() {
        return gateway;
    }

    /** An access token for a user of the realm (password grant: the local realm only). */
    public String token(String username, String password) {
        return token(REALM, CLIENT_ID, username, password);
    }

    /** An access token from another client or realm of the same Keycloak (negative tests of token checks). */
    public String token(String realm, String clientId, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", password, "scope", "openid")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/auth/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Response response = send(request);
        if (response.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.status() + " " + response.body());
        }
        return response.json().path("access_token").asText();
    }

    public Response get(String path, String token) {
        return send(base(path, token).GET().build());
    }

    public Response post(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = base(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public Response put(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = base(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /**
     * Any request as it is given: {@code body} sent as bytes with {@code contentType} when not null, so a
     * test can send what no well-behaved client would (broken JSON, duplicate keys, a NUL byte).
     */
    public Response send(String method, String path, String token, String body, String contentType) {
        // any representation: an export answers text/csv or a workbook, and its refusals a problem document
        HttpRequest.Builder builder = base(path, token).setHeader("Accept", "application/json, */*;q=0.5");
        if (body != null) {
            builder.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(builder.build());
    }

    private HttpRequest.Builder base(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers().map().entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue().get(0), (a, b) -> a)));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An HTTP answer; header names are lower-case. */
    public record Response(int status, String body, Map<String, String> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }
}
