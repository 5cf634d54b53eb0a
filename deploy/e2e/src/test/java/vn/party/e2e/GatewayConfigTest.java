package vn.party.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway configuration, rendered as deploy/suite renders it, passes nginx's own check. */
class GatewayConfigTest {

    @Test
    void theRenderedConfigurationPassesNginxCheck(@TempDir Path dir) throws Exception {
        Path gateway = gatewayDir();
        run(List.of("bash", gateway.resolve("render.sh").toString(), dir.toString()), Map.of("GATEWAY_PORT", "18080"));
        assertThat(Files.readString(dir.resolve("conf/nginx.conf"))).contains("listen 127.0.0.1:18080");

        String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        String out = run(List.of(nginx, "-t", "-p", dir.toString(), "-e", "logs/error.log", "-c", "conf/nginx.conf"), Map.of());
        assertThat(out).contains("syntax is ok").contains("test is successful");
    }

    @Test
    void aBadPortIsRefusedBeforeNginxSeesIt(@TempDir Path dir) throws Exception {
        Path gateway = gatewayDir();
        ProcessBuilder pb = new ProcessBuilder("bash", gateway.resolve("render.sh").toString(), dir.toString()).redirectErrorStream(true);
        pb.environment().put("MEMBERSHIP_PORT", "80; include /etc/passwd");
        Process bad = pb.start();
        String out = new String(bad.getInputStream().readAllBytes());
        assertThat(bad.waitFor()).isNotZero();
        assertThat(out).contains("MEMBERSHIP_PORT must be a number");
    }

    /** Surefire runs in the module folder, deploy/e2e. */
    private static Path gatewayDir() {
        return Path.of("..", "gateway").toAbsolutePath().normalize();
    }

    private static String run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("%s:%n%s", command, out).isZero();
        return out;
    }
}
