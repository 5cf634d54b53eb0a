package vn.party.manifests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * deploy/gateway/render.sh's output, as deploy/suite renders it: where nginx writes request bodies, and that its
 * workers can write there when the suite runs as root from a directory only root may enter (a clone in a mkdtemp).
 */
class GatewayRenderTest {

    private static final List<String> TEMP_PATHS = List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi");

    @Test
    void everyTempPathIsInsideTheGatewayDirectoryAndAnApiBodyStaysInMemory(@TempDir Path parent) throws Exception {
        Path dir = parent.resolve("gateway");
        String conf = render(dir, Map.of());
        for (String temp : TEMP_PATHS) {
            assertThat(Gateway.directive(conf, temp + "_temp_path")).as("%s_temp_path", temp)
                    .isEqualTo("\"" + dir.toRealPath().resolve("temp/" + temp) + "\"");
        }
        // a 100 kB field of an ordinary API call never needs temp/: the buffer holds the largest body such a call may send
        String http = conf.substring(conf.indexOf("http {"));
        assertThat(bytes(Gateway.directive(http, "client_body_buffer_size")))
                .isGreaterThanOrEqualTo(bytes(Gateway.directive(http, "client_max_body_size")))
                .isGreaterThanOrEqualTo(100 * 1024);
    }

    @Test
    void startedAsRootTheWorkersRunAsTheOwnerOfTheGatewayDirectoryAndOwnItsTempFolder(@TempDir Path parent) throws Exception {
        assumeThat(uid()).as("render.sh writes a user line only when run as root").isEqualTo("0");
        Path dir = parent.resolve("gateway");
        String conf = render(dir, Map.of());
        assertThat(Gateway.directive(conf, "user")).isEqualTo("root root");
        assertThat(conf.indexOf("user root root;")).isLessThan(conf.indexOf("events {"));

        String nobodyGroup = run(List.of("id", "-gn", "nobody"), Map.of()).trim();
        conf = render(dir, Map.of("GATEWAY_WORKER_USER", "nobody"));
        assertThat(Gateway.directive(conf, "user")).isEqualTo("nobody " + nobodyGroup);
        for (String temp : TEMP_PATHS) {
            assertThat(Files.getOwner(dir.resolve("temp/" + temp)).getName()).as("owner of temp/%s", temp).isEqualTo("nobody");
        }

        ProcessBuilder bad = new ProcessBuilder("bash", Repo.path("deploy/gateway/render.sh").toString(), dir.toString())
                .redirectErrorStream(true);
        bad.environment().put("GATEWAY_WORKER_USER", "nobody; include /etc/passwd");
        Process p = bad.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isNotZero();
        assertThat(out).contains("GATEWAY_WORKER_USER (by default the owner of GATEWAY_DIR) must be a user name");
    }

    /**
     * The failure seen on a clean clone run as root from a mkdtemp: nginx's workers ran as nobody, could not open
     * temp/client_body/..., and a request body nginx buffers to disk got a 500. Here the buffer is shrunk so that a
     * 100 kB body must go to temp/; the service behind is down, so the gateway's own answer is a 502.
     */
    @Test
    void aBodyWrittenToTempReachesTheUpstreamWhenRunAsRootFromAPrivateDirectory(@TempDir Path parent) throws Exception {
        String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        assumeThat(canRun(nginx)).as("nginx (deploy/suite installs it)").isTrue();
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
        Path dir = parent.resolve("checkout/deploy/.suite/run/gateway");
        int port = freePort();
        String conf = render(dir, Map.of("GATEWAY_PORT", String.valueOf(port), "MEMBERSHIP_PORT", String.valueOf(freePort())));
        Path file = dir.resolve("conf/nginx.conf");
        Files.writeString(file, conf.replace("client_body_buffer_size 1m;", "client_body_buffer_size 8k;"));

        Process gateway = new ProcessBuilder(nginx, "-p", dir.toString(), "-e", "logs/error.log", "-c", "conf/nginx.conf",
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = null;
            for (int i = 0; i < 50 && response == null; i++) {
                try {
                    response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/membership/v1/members"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"" + "x".repeat(100_000) + "\"}"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYetListening) {
                    Thread.sleep(100);
                }
            }
            assertThat(response).as("an answer from the gateway on port %d", port).isNotNull();
            assertThat(response.statusCode()).as("%s%nerror.log:%n%s", response.body(), Repo.read(dir.resolve("logs/error.log")))
                    .isEqualTo(502);
            assertThat(response.body()).contains("\"status\":502");
            assertThat(Repo.read(dir.resolve("logs/error.log"))).doesNotContain("Permission denied");
        } finally {
            gateway.destroy();
            gateway.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String render(Path dir, Map<String, String> env) throws Exception {
        run(List.of("bash", Repo.path("deploy/gateway/render.sh").toString(), dir.toString()), env);
        return Files.readString(dir.resolve("conf/nginx.conf"));
    }

    private static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)([kKmM]?)").matcher(size);
        assertThat(m.matches()).as("an nginx size: %s", size).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase()) {
            case "k" -> n * 1024;
            case "m" -> n * 1024 * 1024;
            default -> n;
        };
    }

    private static String uid() throws Exception {
        return run(List.of("id", "-u"), Map.of()).trim();
    }

    private static boolean canRun(String command) {
        try {
            return new ProcessBuilder(command, "-v").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // deploy/suite exports its own ports and settings: the defaults of render.sh are what is checked here
        pb.environment().keySet().removeIf(name -> name.startsWith("GATEWAY_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s:%n%s", command, out).isZero();
        return out;
    }
}
