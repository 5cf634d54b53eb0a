package vn.party.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static vn.party.manifests.Repo.at;

/**
 * The overlays as kubectl would apply them. With {@code kubectl} on PATH: {@code kubectl kustomize}'s output. Without
 * it: every resource file the kustomizations name, unpatched (patches and generated files are only checked to exist
 * and parse, by {@link #files(Path)}), plus the names of what their generators would make.
 */
final class Kustomize {

    static final Path KUBERNETES = Repo.path("deploy/kubernetes");
    static final List<String> OVERLAYS = List.of("dev", "province");

    record Rendered(String overlay, List<Map<String, Object>> documents, boolean byKubectl, Set<String> generated) {
    }

    private static final boolean KUBECTL = kubectlWorks();

    private Kustomize() {
    }

    static boolean kubectlAvailable() {
        return KUBECTL;
    }

    private static boolean kubectlWorks() {
        if (Boolean.getBoolean("manifests.no-kubectl")) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return false;
            }
            // kubectl 1.21+ embeds kustomize 4 or 5 and says so; Debian 12's kubernetes-client (1.20, kustomize 2.0)
            // neither says so nor reads today's kustomization fields: then the files are checked instead
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Kustomize Version: v(\\d+)").matcher(version);
            boolean recent = m.find() && Integer.parseInt(m.group(1)) >= 4;
            if (!recent) {
                System.out.println("kubectl on PATH embeds no kustomize 4 or newer: checking the kustomizations' files instead");
            }
            return recent;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Rendered render(String overlay) {
        Path dir = KUBERNETES.resolve("overlays").resolve(overlay);
        if (KUBECTL) {
            return new Rendered(overlay, Repo.documents(kubectl(dir), "kubectl kustomize " + overlay), true, Set.of());
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        Set<String> generated = new LinkedHashSet<>();
        collect(dir, docs, generated);
        return new Rendered(overlay, docs, false, generated);
    }

    private static String kubectl(Path dir) {
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + dir + " did not finish in 120 s");
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + dir + " failed: " + Files.readString(err));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Map<String, Object> kustomization(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(Repo.ROOT.relativize(dir) + " has no kustomization.yaml");
        }
        List<Map<String, Object>> docs = Repo.documents(file);
        if (docs.size() != 1 || !"Kustomization".equals(docs.get(0).get("kind"))) {
            throw new AssertionError(Repo.ROOT.relativize(file) + " is not one Kustomization");
        }
        return docs.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> k, String key) {
        Object v = k.get(key);
        return v == null ? List.of() : (List<String>) v;
    }

    private static void collect(Path dir, List<Map<String, Object>> docs, Set<String> generated) {
        Map<String, Object> k = kustomization(dir);
        for (String resource : strings(k, "resources")) {
            Path p = dir.resolve(resource).normalize();
            if (Files.isDirectory(p)) {
                collect(p, docs, generated);
            } else {
                docs.addAll(Repo.documents(p));
            }
        }
        for (String generator : List.of("configMapGenerator", "secretGenerator")) {
            for (Map<String, Object> g : Repo.list(k, generator)) {
                generated.add((String) g.get("name"));
            }
        }
    }

    /**
     * Every file a kustomization names (resources, patches, generator files), each checked to exist and to parse,
     * recursively; the answer lists them, so a test can see that the walk found something.
     */
    static List<Path> files(Path dir) {
        List<Path> seen = new ArrayList<>();
        walk(dir, seen);
        return seen;
    }

    private static void walk(Path dir, List<Path> seen) {
        Map<String, Object> k = kustomization(dir);
        seen.add(dir.resolve("kustomization.yaml"));
        for (String resource : strings(k, "resources")) {
            Path p = dir.resolve(resource).normalize();
            if (Files.isDirectory(p)) {
                walk(p, seen);
            } else {
                requireManifests(p);
                seen.add(p);
            }
        }
        for (Map<String, Object> patch : Repo.list(k, "patches")) {
            if (patch.get("path") != null) {
                Path p = dir.resolve((String) patch.get("path")).normalize();
                requireManifests(p);
                seen.add(p);
            } else if (patch.get("patch") != null) {
                // an inline JSON 6902 list or a strategic merge document: it must at least be YAML
                Object parsed = Repo.yaml().load((String) patch.get("patch"));
                if (parsed == null) {
                    throw new AssertionError(dir + ": an empty inline patch");
                }
                if (at(patch, "target") == null && parsed instanceof List) {
                    throw new AssertionError(dir + ": an inline JSON patch without a target");
                }
            } else {
                throw new AssertionError(dir + ": a patch with neither path nor patch: " + patch);
            }
        }
        for (Map<String, Object> g : Repo.list(k, "configMapGenerator")) {
            for (String f : strings(g, "files")) {
                String file = f.contains("=") ? f.substring(f.indexOf('=') + 1) : f;
                Path p = dir.resolve(file).normalize();
                if (!Files.isRegularFile(p) || !p.startsWith(dir)) {
                    throw new AssertionError(dir + ": generator file " + f + " is missing or outside the kustomization");
                }
                seen.add(p);
            }
        }
    }

    private static void requireManifests(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(Repo.ROOT.relativize(file) + " is named by a kustomization but does not exist");
        }
        List<Map<String, Object>> docs = Repo.documents(file);
        if (docs.isEmpty()) {
            throw new AssertionError(Repo.ROOT.relativize(file) + " holds no manifest");
        }
        for (Map<String, Object> d : docs) {
            if (d.get("apiVersion") == null || d.get("kind") == null || Repo.name(d) == null) {
                throw new AssertionError(Repo.ROOT.relativize(file) + ": a manifest without apiVersion, kind or metadata.name: " + d.keySet());
            }
        }
    }
}
