package vn.party.testsupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape every service keeps (STYLE.md): rule classes are plain Java, no service reaches into another
 * service, and a feature package never touches another feature's entities (it asks that feature's service).
 * A module's test extends this and names its service.
 */
public abstract class ArchitectureContract {

    private static final List<String> SERVICES = List.of("membership", "inspection", "cadre", "reporting");

    /** e.g. {@code membership}: the classes under {@code vn.party.membership} are checked. */
    protected abstract String service();

    private JavaClasses serviceClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.party." + service());
    }

    @Test
    void ruleClassesArePlainJava() {
        classes().that().haveSimpleNameEndingWith("Rules")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.transaction..",
                        "org.hibernate..", "jakarta.enterprise..", "io.smallrye..")
                .allowEmptyShould(true)
                .check(serviceClasses());
    }

    @Test
    void noServiceReachesIntoAnother() {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service())).map(s -> "vn.party." + s + "..")
                .toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others).allowEmptyShould(true).check(serviceClasses());
    }

    @Test
    void featuresDoNotTouchEachOthersEntities() {
        classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should(beUsedOnlyInTheirOwnFeature())
                .allowEmptyShould(true)
                .check(serviceClasses());
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnFeature() {
        return new ArchCondition<>("be used only inside their own feature package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                entity.getDirectDependenciesToSelf().stream()
                        .filter(d -> !d.getOriginClass().getPackageName().equals(entity.getPackageName()))
                        .filter(d -> d.getOriginClass().getPackageName().startsWith(
                                entity.getPackageName().substring(0, entity.getPackageName().lastIndexOf('.'))))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}
