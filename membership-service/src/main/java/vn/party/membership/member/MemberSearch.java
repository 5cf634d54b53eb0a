package vn.party.membership.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.sql.Columns;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.orgunit.OrgUnits;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds member records in the caller's subtree, in name order, paged by cursor. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberSearch {

    /**
     * @param name      part of the name, with or without diacritics
     * @param ageFrom   youngest age (years, today) to include; an age band is ageFrom..ageTo
     * @param unitCode  only members of this unit's subtree
     */
    public record Criteria(String name, String nationalId, String cardNumber, String unitCode, MemberStatus status,
                           Integer ageFrom, Integer ageTo, Integer admissionYear) {
    }

    @Inject
    ScopedData scoped;

    @Inject
    OrgUnits units;

    @Inject
    vn.party.backbone.audit.AuditTrail audit;

    /** A page of summaries carries birth dates: the members listed are audited as read, one row per page. */
    @Transactional
    public Page<MemberApi.Summary> search(Criteria c, PageRequest page) {
        String under = c.unitCode() == null ? scoped.subtreePath() : units.visible(c.unitCode()).path();
        requireBetween("ageFrom", c.ageFrom(), 0, 150);
        requireBetween("ageTo", c.ageTo(), 0, 150);
        requireBetween("admissionYear", c.admissionYear(), 1930, 2100);
        LocalDate today = VietnamTime.today();
        // age a..b today: born after (today - (b+1) years) and on or before (today - a years)
        LocalDate bornOnOrBefore = c.ageFrom() == null ? null : today.minusYears(c.ageFrom());
        LocalDate bornAfter = c.ageTo() == null ? null : today.minusYears(c.ageTo() + 1L);
        List<String> cursor = Cursor.parse(page.after(), 2);
        // Only the filters given go into the SQL: with "? is null or ..." for absent ones, the generic plan
        // PostgreSQL caches for a prepared statement cannot use the trigram index.
        // A name is looked up first, by its trigram index, in a materialized step that the units are then
        // joined to by key: otherwise the planner may walk the name-order index, or every unit of the
        // province, filtering as it goes (benchmark: seconds for a rare name).
        StringBuilder sql = new StringBuilder(c.name() == null ? "" : """
                with hits as materialized (select * from member where name_folded like '%' || :name || '%' escape '\\')
                """);
        sql.append("""
                select m.id, m.full_name, m.date_of_birth, m.sex, m.party_card_number, u.code, m.status,
                       m.exit_kind, m.admitted_on, m.name_folded
                """);
        sql.append(c.name() == null ? "from member m" : "from hits m").append(" join org_unit u on u.id = m.unit_id");
        sql.append(" where u.path <@ cast(:scope as ltree) and u.path <@ cast(:under as ltree)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("under", under);
        if (c.name() != null) {
            // % and _ typed by a user are letters to find, not wildcards
            params.put("name", NameFolding.fold(c.name()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        filter(sql, params, c.nationalId(), "m.national_id = :nationalId", "nationalId");
        filter(sql, params, c.cardNumber(), "m.party_card_number = :card", "card");
        filter(sql, params, c.status() == null ? null : c.status().name(), "m.status = :status", "status");
        filter(sql, params, bornOnOrBefore, "m.date_of_birth <= :bornOnOrBefore", "bornOnOrBefore");
        filter(sql, params, bornAfter, "m.date_of_birth > :bornAfter", "bornAfter");
        filter(sql, params, c.admissionYear() == null ? null : LocalDate.of(c.admissionYear(), 1, 1),
                "m.admitted_on >= :yearStart and m.admitted_on < cast(:yearStart as date) + interval '1 year'", "yearStart");
        if (cursor != null) {
            sql.append(" and (m.name_folded, m.id) > (:afterName, cast(:afterId as uuid))");
            params.put("afterName", cursor.get(0));
            params.put("afterId", Cursor.uuid(cursor.get(1)).toString());
        }
        sql.append(" order by m.name_folded, m.id limit :limit");
        params.put("limit", page.limit() + 1);
        var query = scoped.sql(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Page<MemberApi.Summary> found = Page.fromOverfetch(rows, page.limit(), r -> Cursor.of(r[9], r[0]))
                .map(MemberSearch::summary);
        if (!found.items().isEmpty()) {
            audit.record(MemberService.PERSONAL_DATA_READ, "member_read", "search",
                    Map.of("members", found.items().stream().map(s -> s.id().toString()).toList()));
        }
        return found;
    }

    private static void requireBetween(String name, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw ProblemException.invalid(name, "between " + min + " and " + max);
        }
    }

    private static void filter(StringBuilder sql, Map<String, Object> params, Object value, String condition, String name) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    private static MemberApi.Summary summary(Object[] r) {
        return new MemberApi.Summary((UUID) r[0], (String) r[1], Columns.date(r[2]), Sex.valueOf((String) r[3]), (String) r[4],
                (String) r[5], MemberStatus.valueOf((String) r[6]),
                r[7] == null ? null : vn.party.contracts.membership.ExitKind.valueOf((String) r[7]), Columns.date(r[8]));
    }
}
