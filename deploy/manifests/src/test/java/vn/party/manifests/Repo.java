package vn.party.manifests;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The repository as the manifests see it: the services, their configuration, YAML files. */
final class Repo {

    static final Path ROOT = findRoot();

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern MODULE = Pattern.compile("<module>([a-z-]+)-service</module>");

    private Repo() {
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("deploy/kubernetes")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root (with deploy/kubernetes) above " + Path.of("").toAbsolutePath());
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The services of the root pom ({@code membership} for module {@code membership-service}), in module order. */
    static List<String> services() {
        Matcher m = MODULE.matcher(read(path("pom.xml")));
        List<String> services = new ArrayList<>();
        while (m.find()) {
            services.add(m.group(1));
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("the root pom names no <module>*-service</module>");
        }
        return services;
    }

    static Properties properties(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static Properties serviceProperties(String service) {
        return properties(path(service + "-service/src/main/resources/application.properties"));
    }

    /** The environment variables the service's %prod configuration reads ({@code ${NAME:default}}). */
    static Set<String> prodEnvironment(String service) {
        Properties p = serviceProperties(service);
        Set<String> names = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                Matcher m = ENV_REFERENCE.matcher(p.getProperty(key));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    static String applicationName(String service) {
        return serviceProperties(service).getProperty("quarkus.application.name");
    }

    static boolean keepsTheTreeReplica(String service) {
        return read(path(service + "-service/pom.xml")).contains("<artifactId>org-tree-replica</artifactId>");
    }

    /** Topics the service reads: its own incoming channels, and membership.events through org-tree-replica. */
    static Set<String> consumedTopics(String service) {
        Set<String> topics = new TreeSet<>(incomingTopics(serviceProperties(service)));
        if (keepsTheTreeReplica(service)) {
            topics.addAll(incomingTopics(properties(path("org-tree-replica/src/main/resources/META-INF/microprofile-config.properties"))));
        }
        return topics;
    }

    private static Set<String> incomingTopics(Properties p) {
        return p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.incoming.") && k.endsWith(".topic"))
                .map(p::getProperty)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The topic the service's outbox publishes to, or null. */
    static String publishedTopic(String service) {
        return serviceProperties(service).getProperty("backbone.outbox.topic");
    }

    /** Migrations' {@code create extension} names of the service. */
    static Set<String> extensions(String service) {
        Set<String> names = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create\\s+extension\\s+if\\s+not\\s+exists\\s+([a-z_]+)");
        for (Path dir : List.of(path(service + "-service/src/main/resources/db"), path("backbone/src/main/resources/db"),
                path("org-tree-replica/src/main/resources/db"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            if (dir.startsWith(path("org-tree-replica")) && !keepsTheTreeReplica(service)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    Matcher m = create.matcher(read(f));
                    while (m.find()) {
                        names.add(m.group(1).toLowerCase());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    // ------------------------------------------------------------------------------------------------ YAML

    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    /** Every non-empty document of a YAML stream, each a mapping. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String text, String what) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : yaml().loadAll(text)) {
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map)) {
                throw new AssertionError(what + ": a document is not a mapping: " + doc);
            }
            docs.add((Map<String, Object>) doc);
        }
        return docs;
    }

    static List<Map<String, Object>> documents(Path file) {
        return documents(read(file), ROOT.relativize(file).toString());
    }

    /** The value at a dotted path ({@code spec.template.spec}); null when any step is missing. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String dotted) {
        Object current = node;
        for (String step : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return (T) current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, String dotted) {
        Object value = at(node, dotted);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static String kind(Map<String, Object> doc) {
        return String.valueOf(doc.get("kind"));
    }

    static String name(Map<String, Object> doc) {
        return at(doc, "metadata.name");
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(kind(d))).toList();
    }

    static Map<String, Map<String, Object>> byName(List<Map<String, Object>> docs, String kind) {
        Map<String, Map<String, Object>> map = new LinkedHashMap<>();
        ofKind(docs, kind).forEach(d -> map.put(name(d), d));
        return map;
    }

    static Set<String> names(List<Map<String, Object>> docs, String kind) {
        return ofKind(docs, kind).stream().map(Repo::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
