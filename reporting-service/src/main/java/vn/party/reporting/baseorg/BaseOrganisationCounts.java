package vn.party.reporting.baseorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.backbone.scope.ScopedData;
import vn.party.contracts.OrganisationType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Số tổ chức cơ sở đảng theo loại hình: how many base organisations lie below a unit now, by type. */
@ApplicationScoped
public class BaseOrganisationCounts {

    @Inject
    ScopedData scoped;

    @Schema(name = "BaseOrganisationCount")
    public record Count(String unitCode, String unitName, long total, Map<OrganisationType, Long> byType) {
    }

    public Count below(String unitCode) {
        String path = scoped.requireUnit(unitCode, "unit " + unitCode);
        @SuppressWarnings("unchecked")
        List<String> names = scoped.sql("""
                        select name from org_unit_replica where code = :code and path <@ cast(:scope as ltree)""")
                .setParameter("code", unitCode).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select organisation_type, count(*) from org_unit_replica
                        where path <@ cast(:path as ltree) and path <> cast(:path as ltree) and path <@ cast(:scope as ltree)
                          and kind in ('BASE_COMMITTEE', 'BASE_CELL') and organisation_type is not null
                          and dissolved_on is null
                        group by organisation_type""")
                .setParameter("path", path).getResultList();
        Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
        long total = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            byType.put(OrganisationType.valueOf((String) row[0]), n);
            total += n;
        }
        return new Count(unitCode, names.isEmpty() ? unitCode : names.get(0), total, byType);
    }
}
