package vn.party.cadre;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.party.cadre.discipline.InspectionEventsConsumer;
import vn.party.cadre.hr.HrImports;
import vn.party.cadre.hr.HrSync;
import vn.party.cadre.hr.HrSyncResource;
import vn.party.cadre.planning.PlanLedger;
import vn.party.cadre.planning.PlanRemovals;
import vn.party.cadre.planning.PlanningService;
import vn.party.cadre.profile.CadreLookup;
import vn.party.cadre.profile.ProfileUpserts;
import vn.party.cadre.training.CompletedTraining;
import vn.party.cadre.training.TrainingService;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Where the unscoped ({@code @SystemAccess}) classes may be reached from. A request reaches {@link PlanLedger} only
 * through the planning rules, and gets numbers from it, never rows; the discipline consumer alone uses the lookup by
 * member and the removal from every plan; the upserts by national ID serve the scheduled sync and the imports (which
 * hand them the importer's subtree); the sync is started by its resource and answers a run id.
 */
class SystemAccessReachTest {

    private static final JavaClasses CADRE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.party.cadre");

    private static void onlyFrom(Class<?> unscoped, Class<?>... users) {
        String[] allowed = java.util.stream.Stream.concat(Arrays.stream(users), java.util.stream.Stream.of(unscoped))
                .map(Class::getName).toArray(String[]::new);
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.describe("not one of " + Arrays.toString(allowed),
                        c -> Arrays.stream(allowed).noneMatch(a -> c.getName().equals(a) || c.getName().startsWith(a + "$"))))
                .should().dependOnClassesThat().haveFullyQualifiedName(unscoped.getName())
                .allowEmptyShould(false)
                .check(CADRE);
    }

    @Test
    void thePlanLedgerIsReachedOnlyByThePlanningRulesAndAnswersCountsOnly() {
        onlyFrom(PlanLedger.class, PlanningService.class);
        methods().that().areDeclaredIn(PlanLedger.class).should().haveRawReturnType(long.class)
                .because("only counts leave the ledger, never rows of other units' plans").allowEmptyShould(false).check(CADRE);
    }

    @Test
    void theOtherUnscopedClassesAreReachedOnlyFromTheirConsumersSyncAndImports() {
        onlyFrom(CadreLookup.class, InspectionEventsConsumer.class);
        onlyFrom(PlanRemovals.class, InspectionEventsConsumer.class);
        // the lookup upserts one person as the sync does, with a Reach of the caller's unit's subtree
        onlyFrom(ProfileUpserts.class, HrSync.class, HrImports.class, vn.party.cadre.hr.HrLookupResource.class);
        onlyFrom(HrSync.class, HrSyncResource.class);
        onlyFrom(CompletedTraining.class, TrainingService.class);
    }
}
