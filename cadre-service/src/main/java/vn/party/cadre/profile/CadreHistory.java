package vn.party.cadre.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;

import java.util.List;
import java.util.UUID;

/**
 * A cadre's history in time order, from the view {@code cadre_history}: one query a page, whatever the kinds, bound
 * to the caller's subtree through the cadre's profile (404 for a cadre outside it, as every cadre endpoint answers).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CadreHistory {

    @Inject
    ScopedData scoped;

    public Page<ProfileApi.HistoryEntry> of(UUID cadreId, PageRequest page) {
        scoped.find(CadreProfile.class, cadreId, "cadre " + cadreId);
        List<String> cursor = Cursor.parse(page.after(), 3);
        @SuppressWarnings("unchecked")
        List<CadreHistoryEntry> rows = scoped.sql("""
                        select h.* from cadre_history h
                        where h.cadre_id = cast(:cadre as uuid)
                          and exists (select 1 from cadre_profile p join org_unit_replica r on r.code = p.unit_code
                                      where p.id = h.cadre_id and r.path <@ cast(:scope as ltree))
                          and (cast(:afterOn as date) is null or (h.on_date, h.seq, h.entry_id) > (cast(:afterOn as date), cast(:afterSeq as integer), cast(:afterId as text)))
                        order by h.on_date, h.seq, h.entry_id limit :limit""", CadreHistoryEntry.class)
                .setParameter("cadre", cadreId.toString())
                .setParameter("afterOn", cursor == null ? null : Cursor.date(cursor.get(0)).toString())
                .setParameter("afterSeq", cursor == null ? null : seq(cursor.get(1)))
                .setParameter("afterId", cursor == null ? null : cursor.get(2))
                .setParameter("limit", page.limit() + 1)
                .getResultList();
        return Page.fromOverfetch(rows, page.limit(), e -> Cursor.of(e.on, e.seq, e.entryId))
                .map(e -> new ProfileApi.HistoryEntry(e.on, CadreHistoryEntry.Kind.valueOf(e.kind), e.unitCode, e.positionKind,
                        e.title, e.decision, e.detail, UUID.fromString(e.entryId.substring(e.entryId.indexOf(':') + 1))));
    }

    private static Integer seq(String part) {
        if (!part.matches("\\d{1,2}")) {
            throw ProblemException.invalid("after", "not a cursor this list gave out");
        }
        return Integer.valueOf(part);
    }
}
