package vn.party.cadre.discipline;

import jakarta.enterprise.context.ApplicationScoped;
import vn.party.cadre.rules.PlanningRules;

import java.util.List;
import java.util.UUID;

/** The discipline decisions a member received, for the planning rule. */
@ApplicationScoped
public class DisciplineHistory {

    public List<PlanningRules.Discipline> ofMember(UUID memberId) {
        if (memberId == null) {
            return List.of();
        }
        List<ReceivedDiscipline> rows = ReceivedDiscipline.list("memberId = ?1 order by effectiveOn", memberId);
        return rows.stream().map(d -> new PlanningRules.Discipline(d.form, d.effectiveOn, d.decisionId)).toList();
    }
}
