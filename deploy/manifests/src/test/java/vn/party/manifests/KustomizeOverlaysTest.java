package vn.party.manifests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.manifests.Repo.at;

class KustomizeOverlaysTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @Test
    void theOverlaysDevAndProvinceExistAndNothingElseHidesBesideThem() throws Exception {
        try (Stream<Path> dirs = Files.list(Kustomize.KUBERNETES.resolve("overlays"))) {
            assertThat(dirs.map(d -> d.getFileName().toString())).containsExactlyInAnyOrderElementsOf(OVERLAYS);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyFileAKustomizationNamesExistsAndParses(String overlay) {
        List<Path> files = Kustomize.files(Kustomize.KUBERNETES.resolve("overlays").resolve(overlay));
        // the overlay's own kustomization, the base's, and the base's resources at least
        assertThat(files).contains(Kustomize.KUBERNETES.resolve("base/kustomization.yaml"));
        assertThat(files.stream().filter(f -> f.startsWith(Kustomize.KUBERNETES.resolve("base")))).hasSizeGreaterThan(5);
    }

    @Test
    void everyManifestFileOfTheBaseIsNamedByItsKustomization() throws Exception {
        Path base = Kustomize.KUBERNETES.resolve("base");
        List<Path> named = Kustomize.files(base);
        try (Stream<Path> all = Files.walk(base)) {
            List<Path> yaml = all.filter(f -> f.toString().endsWith(".yaml")).toList();
            assertThat(yaml).isNotEmpty();
            assertThat(named).containsAll(yaml);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyOverlayRendersToManifestsWithKindAndName(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        System.out.printf("overlay %s: %d manifests (%s)%n", overlay, r.documents().size(),
                r.byKubectl() ? "kubectl kustomize" : "files named by the kustomizations, unpatched: no kubectl on PATH");
        assertThat(r.documents()).hasSizeGreaterThan(20);
        for (Map<String, Object> d : r.documents()) {
            assertThat(d.get("apiVersion")).as("apiVersion of %s", d).isNotNull();
            assertThat(Repo.name(d)).as("metadata.name of a %s", Repo.kind(d)).isNotBlank();
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyNamespacedManifestLandsInTheOverlaysNamespace(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        String namespace = (String) Kustomize.kustomization(Kustomize.KUBERNETES.resolve("overlays").resolve(overlay)).get("namespace");
        assertThat(namespace).isNotBlank();
        assertThat(Repo.names(r.documents(), "Namespace")).containsExactly(namespace);
        if (r.byKubectl()) {
            assertThat(r.documents().stream().filter(d -> !"Namespace".equals(Repo.kind(d))))
                    .isNotEmpty()
                    .allSatisfy(d -> assertThat((String) at(d, "metadata.namespace")).as("namespace of %s %s", Repo.kind(d), Repo.name(d))
                            .isEqualTo(namespace));
        }
    }

    @Test
    void theRealmsTheOverlaysImportAreCopiesOfDeployKeycloaksFiles() throws Exception {
        Map<String, String> originals = Map.of(
                "dev", "deploy/keycloak/realm-party.json",
                "province", "deploy/keycloak/realm-party-production.json");
        assertThat(originals.keySet()).containsExactlyInAnyOrderElementsOf(OVERLAYS);
        for (var e : originals.entrySet()) {
            Path copy = Kustomize.KUBERNETES.resolve("overlays").resolve(e.getKey()).resolve("realm-party.json");
            assertThat(Files.readString(copy)).as("%s is a copy of %s (copy it again after editing the original)", copy, e.getValue())
                    .isEqualTo(Files.readString(Repo.path(e.getValue())));
        }
    }

    @Test
    void theProductionOverlayImportsTheRealmWithoutDemoUsers() {
        Path copy = Kustomize.KUBERNETES.resolve("overlays/province/realm-party.json");
        assertThat(Repo.read(copy)).doesNotContain("\"district-a-admin\"").contains("\"bruteForceProtected\": true");
    }
}
