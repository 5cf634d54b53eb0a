package vn.party.membership.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.sql.Columns;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.scope.CallerScope;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.orgunit.OrgUnits;

import java.time.LocalDate;
import java.util.List;
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
    CallerScope caller;

    @Inject
    OrgUnits units;

    @Inject
    EntityManager em;

    public Page<MemberApi.Summary> search(Criteria c, PageRequest page) {
        String under = c.unitCode() == null ? caller.subtreePath() : units.visible(c.unitCode()).path();
        LocalDate today = VietnamTime.today();
        // age a..b today: born after (today - (b+1) years) and on or before (today - a years)
        LocalDate bornOnOrBefore = c.ageFrom() == null ? null : today.minusYears(c.ageFrom());
        LocalDate bornAfter = c.ageTo() == null ? null : today.minusYears(c.ageTo() + 1L);
        List<String> cursor = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select m.id, m.full_name, m.date_of_birth, m.sex, m.party_card_number, u.code, m.status,
                               m.exit_kind, m.admitted_on, m.name_folded
                        from member m join org_unit u on u.id = m.unit_id
                        where u.path <@ cast(?1 as ltree) and u.path <@ cast(?2 as ltree)
                          and (cast(?3 as text) is null or m.name_folded like '%' || cast(?3 as text) || '%')
                          and (cast(?4 as text) is null or m.national_id = ?4)
                          and (cast(?5 as text) is null or m.party_card_number = ?5)
                          and (cast(?6 as text) is null or m.status = ?6)
                          and (cast(?7 as date) is null or m.date_of_birth <= cast(?7 as date))
                          and (cast(?8 as date) is null or m.date_of_birth > cast(?8 as date))
                          and (cast(?9 as integer) is null or extract(year from m.admitted_on) = cast(?9 as integer))
                          and (cast(?10 as text) is null or (m.name_folded, m.id) > (cast(?10 as text), cast(?11 as uuid)))
                        order by m.name_folded, m.id
                        limit ?12""")
                .setParameter(1, caller.subtreePath())
                .setParameter(2, under)
                .setParameter(3, c.name() == null ? null : NameFolding.fold(c.name()))
                .setParameter(4, c.nationalId())
                .setParameter(5, c.cardNumber())
                .setParameter(6, c.status() == null ? null : c.status().name())
                .setParameter(7, bornOnOrBefore)
                .setParameter(8, bornAfter)
                .setParameter(9, c.admissionYear())
                .setParameter(10, cursor == null ? null : cursor.get(0))
                .setParameter(11, cursor == null ? null : Cursor.uuid(cursor.get(1)).toString())
                .setParameter(12, page.limit() + 1)
                .getResultList();
        return Page.fromOverfetch(rows, page.limit(), r -> Cursor.of(r[9], r[0]))
                .map(MemberSearch::summary);
    }

    private static MemberApi.Summary summary(Object[] r) {
        return new MemberApi.Summary((UUID) r[0], (String) r[1], Columns.date(r[2]), Sex.valueOf((String) r[3]), (String) r[4],
                (String) r[5], MemberStatus.valueOf((String) r[6]),
                r[7] == null ? null : vn.party.contracts.membership.ExitKind.valueOf((String) r[7]), Columns.date(r[8]));
    }
}
