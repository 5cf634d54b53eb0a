package vn.party.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.party.e2e.demo.HrStubFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed HR stub (deploy/hr-stub: employees.json and mappings/) is what {@link HrStubFiles} writes today, so
 * the demo people, the contract's fields (positions among them) and the stub's answers cannot drift apart. No suite
 * needed: {@code mvn -pl deploy/e2e test -De2e.skip=false -Dtest=HrStubFilesCurrentTest}. When it fails, regenerate
 * with the command in deploy/hr-stub/README.md and commit.
 */
class HrStubFilesCurrentTest {

    /** Surefire runs in the module folder, deploy/e2e. */
    private static final Path COMMITTED = Path.of("..", "hr-stub").toAbsolutePath().normalize();

    @Test
    void theCommittedStubFilesAreWhatTheGeneratorWrites(@TempDir Path dir) throws Exception {
        HrStubFiles.main(new String[]{dir.toString()});
        List<Path> generated = jsonFiles(dir);
        assertThat(generated).extracting(Path::toString)
                .as("the generator writes the employees and the three mapping files")
                .contains("employees.json", "mappings/token.json", "mappings/changes.json", "mappings/employees.json");
        assertThat(jsonFiles(COMMITTED)).as("files in deploy/hr-stub that the generator no longer writes").isEqualTo(generated);
        for (Path f : generated) {
            assertThat(Files.readString(COMMITTED.resolve(f), StandardCharsets.UTF_8))
                    .as("deploy/hr-stub/%s is stale: regenerate it (deploy/hr-stub/README.md) and commit", f)
                    .isEqualTo(Files.readString(dir.resolve(f), StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(dir.resolve("employees.json"), StandardCharsets.UTF_8))
                .as("demo employees carry their civil-service positions").contains("\"positions\"").contains("\"organisation\"");
    }

    private static List<Path> jsonFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json")).map(root::relativize).sorted().toList();
        }
    }
}
