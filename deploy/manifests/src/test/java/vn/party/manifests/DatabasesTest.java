package vn.party.manifests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.manifests.Repo.at;

class DatabasesTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceOwnsAPostgresClusterWithAReplicaAndNightlyBackups(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        Map<String, Map<String, Object>> clusters = Repo.byName(r.documents(), "Cluster");
        Set<String> scheduled = new TreeSet<>();
        Repo.ofKind(r.documents(), "ScheduledBackup").forEach(b -> scheduled.add(at(b, "spec.cluster.name")));
        assertThat(clusters.keySet()).contains("keycloak-db");
        for (String s : Repo.services()) {
            Map<String, Object> c = clusters.get(s + "-db");
            assertThat(c).as("CloudNativePG Cluster %s-db", s).isNotNull();
            assertThat((Integer) at(c, "spec.instances")).as("instances of %s-db", s).isGreaterThanOrEqualTo(2);
            assertThat((String) at(c, "spec.bootstrap.initdb.owner")).isEqualTo(s);
            assertThat((String) at(c, "spec.backup.barmanObjectStore.destinationPath")).endsWith("/" + s);
            assertThat((String) at(c, "spec.backup.retentionPolicy")).matches("[0-9]+[dwm]");
            assertThat((Object) at(c, "spec.affinity.enablePodAntiAffinity")).isEqualTo(true);
            assertThat(scheduled).as("a ScheduledBackup of %s-db", s).contains(s + "-db");
        }
        assertThat(scheduled).containsAll(clusters.keySet());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyExtensionAServicesMigrationsCreateIsCreatedWhenItsDatabaseIs(String overlay) {
        Map<String, Map<String, Object>> clusters = Repo.byName(Kustomize.render(overlay).documents(), "Cluster");
        int checked = 0;
        for (String s : Repo.services()) {
            List<String> sql = at(clusters.get(s + "-db"), "spec.bootstrap.initdb.postInitApplicationSQL");
            for (String extension : Repo.extensions(s)) {
                assertThat(sql).as("postInitApplicationSQL of %s-db", s).contains("CREATE EXTENSION IF NOT EXISTS " + extension);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(Repo.services().size());
    }
}
