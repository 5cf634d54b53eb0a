package vn.party.reporting.baseorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.backbone.scope.ScopedData;
import vn.party.contracts.CellKind;
import vn.party.contracts.OrganisationType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Số tổ chức cơ sở đảng theo loại hình, chi bộ theo loại hình: how many base organisations lie below a unit now, by
 * type (communes, wards and towns apart, and the units recorded before they were told apart on a line of their
 * own, COMMUNE_WARD), and how many cells, by kind.
 */
@ApplicationScoped
public class BaseOrganisationCounts {

    @Inject
    ScopedData scoped;

    @Schema(name = "BaseOrganisationCount")
    public record Count(String unitCode, String unitName, long total, Map<OrganisationType, Long> byType,
                        @Schema(description = "Cells (chi bộ trực thuộc đảng ủy cơ sở) standing below the unit") long cells,
                        @Schema(description = "Cells by kind, every kind, zero included") Map<CellKind, Long> cellsByKind,
                        @Schema(description = "Cells founded without a kind (chưa phân loại)") long cellsUnclassified) {
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
        @SuppressWarnings("unchecked")
        List<Object[]> cellRows = scoped.sql("""
                        select k.cell_kind, count(*) from org_unit_replica u
                        left join report_cell_kind k on k.unit_code = u.code
                        where u.path <@ cast(:path as ltree) and u.path <@ cast(:scope as ltree)
                          and u.kind = 'CELL' and u.dissolved_on is null
                        group by k.cell_kind""")
                .setParameter("path", path).getResultList();
        Map<CellKind, Long> byKind = new EnumMap<>(CellKind.class);
        for (CellKind k : CellKind.values()) {
            byKind.put(k, 0L);
        }
        long cells = 0;
        long unclassified = 0;
        for (Object[] row : cellRows) {
            long n = ((Number) row[1]).longValue();
            cells += n;
            if (row[0] == null) {
                unclassified = n;
            } else {
                byKind.put(CellKind.valueOf((String) row[0]), n);
            }
        }
        return new Count(unitCode, names.isEmpty() ? unitCode : names.get(0), total, byType, cells, byKind, unclassified);
    }
}
