package vn.party.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Starts the embedded stack (a real PostgreSQL and a real Kafka broker) in a child JVM and waits until it
 * reports its addresses. The child exits when this JVM does: it watches the pipe we hold open.
 */
final class EmbeddedStackProcess {

    private static final String CLASSPATH_RESOURCE = "embedded-stack.classpath";
    private static final String MAIN = "vn.party.stack.EmbeddedStack";

    static Properties start() {
        try {
            Path dir = Files.createTempDirectory("party-test-stack");
            Path ready = dir.resolve("ready.properties");
            Path log = dir.resolve("stack.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", classpath(), MAIN, "all",
                    "--dir", dir.toString(),
                    "--pg-port", String.valueOf(freePort()),
                    "--kafka-port", String.valueOf(freePort()),
                    "--controller-port", String.valueOf(freePort()),
                    "--ready-file", ready.toString(),
                    "--exit-on-stdin-eof"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            // Keep our end of its stdin open for as long as this JVM lives; never closed on purpose.
            OutputStream keepAlive = process.getOutputStream();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    keepAlive.close();
                    process.waitFor();
                } catch (IOException | InterruptedException ignored) {
                    process.destroy();
                }
            }));
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (!Files.exists(ready)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("embedded stack exited with " + process.exitValue()
                            + "; its log:\n" + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("embedded stack not ready after 180 s; log at " + log);
                }
                Thread.sleep(100);
            }
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(ready)) {
                props.load(in);
            }
            return props;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded stack", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The launcher jar (or classes folder in a reactor build) followed by the classpath it recorded. */
    private static String classpath() throws IOException {
        URL resource = EmbeddedStackProcess.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " not found: build deploy/embedded-stack first");
        }
        String launcher;
        String url = resource.toString();
        if (url.startsWith("jar:file:")) {
            launcher = url.substring("jar:file:".length(), url.indexOf("!/"));
        } else if (url.startsWith("file:")) {
            launcher = Path.of(java.net.URI.create(url)).getParent().toString();
        } else {
            throw new IllegalStateException("cannot tell where the embedded stack lives from " + url);
        }
        launcher = java.net.URLDecoder.decode(launcher, StandardCharsets.UTF_8);
        try (InputStream in = resource.openStream()) {
            return launcher + java.io.File.pathSeparator + new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private EmbeddedStackProcess() {
    }
}
