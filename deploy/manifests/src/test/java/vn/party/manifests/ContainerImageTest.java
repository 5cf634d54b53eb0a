package vn.party.manifests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' images come from Quarkus' container-image support (quarkus-container-image-jib): named as compose
 * and Kubernetes run them, on a base image a registry serves without credentials, and never built by a plain
 * {@code mvn package} (this machine, CI and most developers have no Docker engine and reach no image registry).
 */
class ContainerImageTest {

    static final String ROOT_POM = Repo.read(Repo.path("pom.xml"));

    static String rootProperty(String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(ROOT_POM);
        assertThat(m.find()).as("root pom property %s", name).isTrue();
        return m.group(1).trim();
    }

    static String version() {
        Matcher m = Pattern.compile("<artifactId>party-suite</artifactId>\\s*<version>([^<]+)</version>").matcher(ROOT_POM);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** What Jib names the image: group/name:version (the name is quarkus.application.name). */
    static String jibImage(String service) {
        return rootProperty("quarkus.container-image.group") + "/" + Repo.applicationName(service) + ":" + version();
    }

    @BeforeAll
    static void loadCompose() {
        ComposeTest.load();
    }

    @Test
    void everyServiceBuildsItsImageWithJibOnlyWhenAskedTo() {
        for (String s : Repo.services()) {
            String pom = Repo.read(Repo.path(s + "-service/pom.xml"));
            assertThat(pom).as("%s-service/pom.xml", s).contains("<artifactId>quarkus-container-image-jib</artifactId>");
            assertThat(pom).doesNotContain("quarkus.container-image.build>true");
            assertThat(Repo.serviceProperties(s).stringPropertyNames()).as("%s's application.properties", s)
                    .noneMatch(k -> k.endsWith("quarkus.container-image.build") || k.endsWith("quarkus.container-image.push"));
        }
        assertThat(ROOT_POM).doesNotContain("<quarkus.container-image.build>").doesNotContain("<quarkus.container-image.push>");
        assertThat(Repo.read(Repo.path("README.md"))).contains("-Dquarkus.container-image.build=true", "-Dquarkus.jib.base-jvm-image=");
    }

    @Test
    void theBaseImageIsPinnedAndServedByAPublicRegistry() {
        String base = rootProperty("quarkus.jib.base-jvm-image");
        Matcher m = Pattern.compile("([a-z0-9.-]+\\.[a-z]+)/([a-z0-9./-]+):([0-9][0-9.]*)").matcher(base);
        assertThat(m.matches()).as("a registry host, a repository and a version tag: %s", base).isTrue();
        // registries that serve anonymous pulls; Quarkus starts images of Red Hat's with run-java.sh (JAVA_OPTS_APPEND)
        assertThat(m.group(1)).isIn("registry.access.redhat.com", "docker.io", "quay.io");
        // the Java of the build (maven.compiler.release)
        assertThat(m.group(2)).contains("openjdk-" + rootProperty("maven.compiler.release"));
    }

    @Test
    void composeAndKubernetesRunTheImagesJibNames() {
        for (String s : Repo.services()) {
            Map<String, Object> svc = ComposeTest.services.get(s);
            String composeImage = ComposeTest.interpolate(String.valueOf(svc.get("image")),
                    Map.of("PARTY_REGISTRY", rootProperty("quarkus.container-image.group"), "PARTY_VERSION", version()));
            assertThat(composeImage).as("compose image of %s", s).isEqualTo(jibImage(s));
            assertThat(ComposeTest.interpolate(String.valueOf(svc.get("image")), Map.of())).as("compose's defaults").isEqualTo(jibImage(s));
        }
        for (String s : Repo.services()) {
            assertThat(Repo.read(Kustomize.KUBERNETES.resolve("base/services/" + s + ".yaml"))).as("base/services/%s.yaml", s)
                    .contains("image: " + jibImage(s));
        }
    }
}
