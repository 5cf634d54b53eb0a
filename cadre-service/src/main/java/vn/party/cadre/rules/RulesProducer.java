package vn.party.cadre.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import vn.party.backbone.time.VietnamTime;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The rule tables and the clock as beans, so that a test or a province can replace them. */
@ApplicationScoped
public class RulesProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }

    @Produces
    @ApplicationScoped
    RetirementRules retirementRules() {
        return RetirementRules.labourCode2019();
    }

    @Produces
    @ApplicationScoped
    PlanningRules planningRules(CadreRulesConfig config, RetirementRules retirement) {
        CadreRulesConfig.Planning p = config.planning();
        return new PlanningRules(List.of(new PlanningRules.Settings(p.from(), p.basis(), p.termYears(),
                p.maxCandidatesPerPosition(), p.maxPositionsPerCadre(), p.disciplineMonths(),
                Map.of(PlanLevel.PROVINCE, p.youngAgeProvince(), PlanLevel.INTERMEDIATE, p.youngAgeIntermediate(),
                        PlanLevel.BASE, p.youngAgeBase()),
                p.youngTarget(), p.womenTarget(), p.ethnicMinorityTarget().orElse(null))), retirement);
    }

    @Produces
    @ApplicationScoped
    AppointmentRules appointmentRules(CadreRulesConfig config, RetirementRules retirement) {
        CadreRulesConfig.Appointment a = config.appointment();
        return new AppointmentRules(List.of(new AppointmentRules.Settings(a.from(), a.basis(),
                a.minWorkingYearsAtFirstAppointment(), a.termYears(), a.maxConsecutiveHeadTerms(), a.consecutiveGapDays())),
                retirement);
    }

    @Produces
    @ApplicationScoped
    TrainingRules trainingRules() {
        return TrainingRules.defaults();
    }
}
