package vn.party.membership.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The few reads of member records that cannot be bound to one committee's subtree, for {@link MemberService}
 * only (package-private): one person has one record in the province, so duplicate national IDs and party card
 * numbers are looked for everywhere; a transfer's receiving committee, and decisions arriving from other
 * services, act on a record that another committee's subtree holds. What these find is never answered as it is:
 * MemberService opens a found record through ScopedData, or refuses without saying where it is.
 */
@ApplicationScoped
@SystemAccess("one person, one record across the province: duplicate national IDs and card numbers are looked for "
        + "everywhere (the answer never says where), and a transfer's receiving side or a decision from another "
        + "service acts on a record another committee holds, after checking its own side")
class MemberRecords {

    @Inject
    EntityManager em;

    /** The record with this national ID, wherever it is. */
    Optional<Member> withNationalId(String nationalId) {
        return one("nationalId", nationalId);
    }

    /** The record holding this party card number, wherever it is. */
    Optional<Member> withCardNumber(String card) {
        return one("partyCardNumber", card);
    }

    /** The record, for a command whose caller has checked its own side (or that no caller stands behind). */
    Optional<Member> existing(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Member.class, id));
    }

    /**
     * The names of the records, by id, in ONE query with one array parameter: for lists of records in scope that
     * point at members (transfers, admissions, badges), as {@link #existing} names them one by one.
     */
    java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> result = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, full_name from member where id = any(cast(?1 as uuid[]))")
                .setParameter(1, vn.party.membership.reports.SqlArrays.uuids(ids)).getResultList();
        rows.forEach(r -> result.put((UUID) r[0], (String) r[1]));
        return result;
    }

    /** The records holding any of these national IDs, by national ID: one query for a chunk of an import. */
    java.util.Map<String, Member> withNationalIds(java.util.Collection<String> nationalIds) {
        java.util.Map<String, Member> result = new java.util.HashMap<>();
        if (nationalIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Member> rows = em.createNativeQuery("""
                        select m.*, (select cast(u.path as text) from org_unit u where u.id = m.unit_id) as unitPath
                        from member m where m.national_id = any(cast(?1 as text[]))""", Member.class)
                .setParameter(1, vn.party.membership.reports.SqlArrays.texts(nationalIds)).getResultList();
        rows.forEach(m -> result.put(m.nationalId, m));
        return result;
    }

    /** Which of these party card numbers a record holds already: one query for a chunk of an import. */
    java.util.Set<String> takenCardNumbers(java.util.Collection<String> cards) {
        if (cards.isEmpty()) {
            return java.util.Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select party_card_number from member where party_card_number = any(cast(?1 as text[]))")
                .setParameter(1, vn.party.membership.reports.SqlArrays.texts(cards)).getResultList();
        return new java.util.HashSet<>(rows);
    }

    private Optional<Member> one(String field, String value) {
        List<Member> rows = em.createQuery("select m from Member m where m." + field + " = :value", Member.class)
                .setParameter("value", value).setMaxResults(1).getResultList();
        return rows.stream().findFirst();
    }
}
