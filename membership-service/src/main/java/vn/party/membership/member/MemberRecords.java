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

    private Optional<Member> one(String field, String value) {
        List<Member> rows = em.createQuery("select m from Member m where m." + field + " = :value", Member.class)
                .setParameter("value", value).setMaxResults(1).getResultList();
        return rows.stream().findFirst();
    }
}
