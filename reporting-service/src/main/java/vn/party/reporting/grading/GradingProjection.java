package vn.party.reporting.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.contracts.membership.MemberGraded;
import vn.party.contracts.membership.OrganisationGraded;
import vn.party.orgreplica.MembershipEventListener;

/** Final annual gradings: the highest version per subject and year, whichever order versions arrive in. */
@ApplicationScoped
@SystemAccess("consumes membership.events into the grading read models, for every caller")
public class GradingProjection implements MembershipEventListener {

    @Inject
    EntityManager em;

    @Override
    public void on(IncomingEvent event) {
        if (event.data() instanceof MemberGraded g) {
            em.createNativeQuery("""
                            insert into report_member_grade (member_id, year, version, unit_code, grade, score)
                            values (:member, :year, :version, :unit, :grade, :score)
                            on conflict (member_id, year) do update set version = excluded.version,
                                unit_code = excluded.unit_code, grade = excluded.grade, score = excluded.score
                            where excluded.version > report_member_grade.version""")
                    .setParameter("member", g.memberId()).setParameter("year", g.year()).setParameter("version", g.version())
                    .setParameter("unit", g.unitCode()).setParameter("grade", g.grade())
                    .setParameter("score", g.score()).executeUpdate();
        } else if (event.data() instanceof OrganisationGraded g) {
            em.createNativeQuery("""
                            insert into report_org_grade (unit_code, year, version, grade, score)
                            values (:unit, :year, :version, :grade, :score)
                            on conflict (unit_code, year) do update set version = excluded.version,
                                grade = excluded.grade, score = excluded.score
                            where excluded.version > report_org_grade.version""")
                    .setParameter("unit", g.unitCode()).setParameter("year", g.year()).setParameter("version", g.version())
                    .setParameter("grade", g.grade()).setParameter("score", g.score()).executeUpdate();
        }
    }
}
