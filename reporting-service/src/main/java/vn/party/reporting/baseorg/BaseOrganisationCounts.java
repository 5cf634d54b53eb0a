package vn.party.reporting.baseorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.CallerScope;
import vn.party.contracts.OrganisationType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Số tổ chức cơ sở đảng theo loại hình: how many base organisations lie below a unit, by type. */
@ApplicationScoped
public class BaseOrganisationCounts {

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Schema(name = "BaseOrganisationCount")
    public record Count(String unitCode, String unitName, long total, Map<OrganisationType, Long> byType) {
    }

    public Count below(String unitCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> unit = em.createNativeQuery(
                        "select cast(path as text), name from org_unit_replica where code = ?1 and dissolved_on is null")
                .setParameter(1, unitCode).getResultList();
        if (unit.isEmpty()) {
            throw ProblemException.notFound("unit " + unitCode);
        }
        String path = (String) unit.get(0)[0];
        caller.requireVisible(path, "unit " + unitCode);

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select organisation_type, count(*) from org_unit_replica
                        where path <@ cast(?1 as ltree) and path <> cast(?1 as ltree)
                          and kind in ('BASE_COMMITTEE', 'BASE_CELL') and organisation_type is not null
                          and dissolved_on is null
                        group by organisation_type""")
                .setParameter(1, path).getResultList();
        Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
        long total = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            byType.put(OrganisationType.valueOf((String) row[0]), n);
            total += n;
        }
        return new Count(unitCode, (String) unit.get(0)[1], total, byType);
    }
}
