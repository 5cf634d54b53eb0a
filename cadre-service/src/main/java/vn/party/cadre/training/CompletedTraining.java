package vn.party.cadre.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.cadre.rules.ProgrammeKind;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The programme kinds cadres have completed, wherever the programme was run: a commune secretary trained in the
 * province's school has the training, though the province's programme lies outside the commune organiser's scope.
 * Only the training-gaps list asks, for holders of posts inside the caller's scope, and shows what is missing.
 */
@ApplicationScoped
@SystemAccess("a holder's completed programmes count wherever they were run; callers ask only for holders in their scope")
public class CompletedTraining {

    @Inject
    EntityManager em;

    public Map<UUID, Set<ProgrammeKind>> of(Collection<UUID> cadres) {
        if (cadres.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select distinct e.cadre_id, e.kind from enrolment e
                        where e.cadre_id = any(cast(:ids as uuid[])) and e.completed_on is not null""")
                .setParameter("ids", cadres.stream().map(UUID::toString).distinct().collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        Map<UUID, Set<ProgrammeKind>> done = new HashMap<>();
        for (Object[] r : rows) {
            done.computeIfAbsent((UUID) r[0], k -> EnumSet.noneOf(ProgrammeKind.class)).add(ProgrammeKind.valueOf((String) r[1]));
        }
        return done;
    }
}
