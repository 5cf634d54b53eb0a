package vn.party.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import vn.party.backbone.scope.CallerScope;
import vn.party.backbone.scope.Scoped;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.scope.SystemAccess;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape every service keeps (STYLE.md): rule classes are plain Java, no service reaches into another
 * service, a feature package never touches another feature's entities (it asks that feature's service), and
 * scoped data is reached only through {@link ScopedData} (outside classes marked {@link SystemAccess}).
 * A module's test extends this and names its service. No rule may match nothing: a rule that goes quiet
 * because a package was renamed would pass while checking nothing.
 */
public abstract class ArchitectureContract {

    private static final List<String> SERVICES = List.of("membership", "inspection", "cadre", "reporting");

    /** EntityManager / Session calls that neither read nor query: writing a row already reached is fine. */
    private static final Set<String> HARMLESS_SESSION_CALLS = Set.of(
            "persist", "flush", "contains", "detach", "refresh", "lock", "isJoinedToTransaction", "getFlushMode",
            "setFlushMode", "clear", "isOpen");

    /** Panache's static query methods, which an entity class offers for its own rows. */
    private static final Set<String> PANACHE_QUERIES = Set.of(
            "find", "findAll", "findById", "findByIdOptional", "list", "listAll", "stream", "streamAll", "count",
            "delete", "deleteAll", "deleteById", "update", "getEntityManager", "getSession");

    /** e.g. {@code membership}: the classes under {@code vn.party.membership} are checked. */
    protected abstract String service();

    private JavaClasses serviceClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.party." + service());
    }

    /**
     * Scope by construction: outside {@link ScopedData} and {@link SystemAccess} classes, no code queries the
     * database itself (EntityManager, Hibernate sessions, JDBC) or runs Panache queries on a {@link Scoped}
     * entity, so every read of scoped rows is bound to the caller's subtree.
     */
    @Test
    void scopedDataIsReachedOnlyThroughTheScopedDataPath() {
        noClasses().that().areNotAnnotatedWith(SystemAccess.class)
                .should().callMethodWhere(reachesTheDatabaseAroundScopedData())
                .allowEmptyShould(false)
                .because("scoped rows are read through ScopedData, which binds the caller's subtree (README: Scope)")
                .check(serviceClasses());
    }

    /** The caller's scope has one door: features ask {@link ScopedData}, never {@link CallerScope} by hand. */
    @Test
    void featuresAskScopedDataNotTheCallerScope() {
        noClasses().should().dependOnClassesThat().areAssignableTo(CallerScope.class)
                .allowEmptyShould(false)
                .check(serviceClasses());
    }

    /** A service with no class on the scoped data path has none: its endpoints cannot be scoped. */
    @Test
    void theServiceUsesTheScopedDataPath() {
        classes().that().areAssignableTo(ScopedData.class).should(beUsedBySomeClassOfTheService())
                .allowEmptyShould(false)
                .check(new ClassFileImporter().importClasses(ScopedData.class));
    }

    private ArchCondition<JavaClass> beUsedBySomeClassOfTheService() {
        JavaClasses service = serviceClasses();
        return new ArchCondition<>("be used by some class of vn.party." + service()) {
            @Override
            public void check(JavaClass scopedData, ConditionEvents events) {
                boolean used = service.stream().anyMatch(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getName().equals(scopedData.getName())));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(scopedData,
                            "no class of vn.party." + service() + " uses ScopedData"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaMethodCall> reachesTheDatabaseAroundScopedData() {
        return new DescribedPredicate<>("reach the database around ScopedData") {
            @Override
            public boolean test(JavaMethodCall call) {
                JavaClass owner = call.getTargetOwner();
                String name = call.getName();
                if (owner.isAssignableTo("jakarta.persistence.EntityManager")
                        || owner.isAssignableTo("org.hibernate.SharedSessionContract")) {
                    return !HARMLESS_SESSION_CALLS.contains(name);
                }
                if (owner.isAssignableTo("javax.sql.DataSource") || owner.isAssignableTo("java.sql.Connection")
                        || owner.isAssignableTo("java.sql.Statement")) {
                    return true;
                }
                if (owner.getName().equals("io.quarkus.hibernate.orm.panache.Panache")) {
                    return name.equals("getEntityManager") || name.equals("getSession");
                }
                return owner.isAssignableTo(Scoped.class) && PANACHE_QUERIES.contains(name);
            }
        };
    }

    @Test
    void ruleClassesArePlainJava() {
        classes().that().haveSimpleNameEndingWith("Rules")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.transaction..",
                        "org.hibernate..", "jakarta.enterprise..", "io.smallrye..")
                .allowEmptyShould(false)
                .check(serviceClasses());
    }

    @Test
    void noServiceReachesIntoAnother() {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service())).map(s -> "vn.party." + s + "..")
                .toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others).allowEmptyShould(false).check(serviceClasses());
    }

    @Test
    void featuresDoNotTouchEachOthersEntities() {
        classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should(beUsedOnlyInTheirOwnFeature())
                .allowEmptyShould(false)
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
