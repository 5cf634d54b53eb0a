package vn.party.orgreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.contracts.membership.MemberStatus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the member replica: a member's name, cell and status, with the cell's current path so that callers
 * check scope (the replica itself knows nothing of callers; every caller checks {@code unitPath} against its scope).
 */
@ApplicationScoped
@SystemAccess("reads the member replica for any caller; callers check the returned unit path against their scope")
public class MemberReplica {

    /** @param unitPath the cell's current path in dot form, null when the tree replica does not know the cell */
    public record Member(UUID memberId, String fullName, String unitCode, MemberStatus status, String unitPath) {
    }

    @Inject
    EntityManager em;

    public Optional<Member> find(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select m.member_id, m.full_name, m.unit_code, m.status, cast(r.path as text)
                        from member_replica m left join org_unit_replica r on r.code = m.unit_code
                        where m.member_id = ?1""")
                .setParameter(1, memberId).getResultList();
        return rows.stream().findFirst().map(r -> new Member((UUID) r[0], (String) r[1], (String) r[2],
                MemberStatus.valueOf((String) r[3]), (String) r[4]));
    }
}
