package vn.party.reporting.cadre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.backbone.scope.SystemAccess;
import vn.party.contracts.cadre.AccountabilityActionTaken;
import vn.party.contracts.cadre.CadreAppointed;
import vn.party.contracts.cadre.CadreProfileSynced;
import vn.party.reporting.freshness.EventCoverage;
import vn.party.contracts.cadre.CadreReappointed;
import vn.party.contracts.cadre.CadreRotated;
import vn.party.contracts.cadre.PlanEntryAdded;
import vn.party.contracts.cadre.PlanEntryRemoved;
import vn.party.contracts.cadre.PositionHolderAppointed;
import vn.party.contracts.cadre.PositionHolderEnded;
import vn.party.contracts.cadre.TrainingCompleted;
import vn.party.contracts.cadre.TrainingEnrolled;
import vn.party.reporting.freshness.FreshnessProjection;

import java.util.Set;

/**
 * Read models of cadre.events (cán bộ): posts held, succession-plan entries (quy hoạch), training enrolments
 * (đào tạo, bồi dưỡng), appointments, reappointments and rotations, cadre profiles as the HR system syncs them, and
 * accountability actions against heads. Only the flags the events carry (sex, age
 * band, ethnic minority) are kept, for the shares committees report. Each event sets only its own columns, so
 * order and redelivery change nothing.
 */
@ApplicationScoped
@SystemAccess("consumes cadre.events into read models of every unit")
public class CadreProjection {

    public static final String TOPIC = "cadre.events";
    /** Age bands of the events below 40 (the "young cadre" band committees report as under 40). */
    static final Set<String> UNDER_40 = Set.of("UNDER_35", "35_TO_39");

    @Inject
    EntityManager em;

    @Inject
    FreshnessProjection freshness;

    public void on(IncomingEvent event) {
        boolean known = true;
        Object data = event.data();
        if (data instanceof PositionHolderAppointed h) {
            sql("""
                    insert into report_holding (holding_id, cadre_id, unit_code, position_kind, position_group, party_post,
                        method, female, under_40, ethnic_minority, held_from)
                    values (:id, :cadre, :unit, :kind, :grp, :party, :method, :female, :young, :ethnic, :on)
                    on conflict (holding_id) do update set cadre_id = excluded.cadre_id, unit_code = excluded.unit_code,
                        position_kind = excluded.position_kind, position_group = excluded.position_group,
                        party_post = excluded.party_post, method = excluded.method, female = excluded.female,
                        under_40 = excluded.under_40, ethnic_minority = excluded.ethnic_minority,
                        held_from = excluded.held_from""")
                    .setParameter("id", h.holdingId()).setParameter("cadre", h.cadreId()).setParameter("unit", h.unitCode())
                    .setParameter("kind", h.positionKind()).setParameter("grp", h.positionGroup())
                    .setParameter("party", h.partyPost()).setParameter("method", h.method())
                    .setParameter("female", female(h.sex())).setParameter("young", UNDER_40.contains(h.ageBand()))
                    .setParameter("ethnic", h.ethnicMinority()).setParameter("on", h.effectiveDate()).executeUpdate();
        } else if (data instanceof PositionHolderEnded h) {
            sql("""
                    insert into report_holding (holding_id, cadre_id, unit_code, position_kind, position_group, female,
                        under_40, ethnic_minority, held_to)
                    values (:id, :cadre, :unit, :kind, :grp, :female, :young, :ethnic, :on)
                    on conflict (holding_id) do update set held_to = excluded.held_to""")
                    .setParameter("id", h.holdingId()).setParameter("cadre", h.cadreId()).setParameter("unit", h.unitCode())
                    .setParameter("kind", h.positionKind()).setParameter("grp", h.positionGroup())
                    .setParameter("female", female(h.sex())).setParameter("young", UNDER_40.contains(h.ageBand()))
                    .setParameter("ethnic", h.ethnicMinority()).setParameter("on", h.effectiveDate()).executeUpdate();
        } else if (data instanceof PlanEntryAdded p) {
            sql("""
                    insert into report_plan_entry (entry_id, cadre_id, term, level, unit_code, position_kind, first_time,
                        young, female, ethnic_minority, added_on)
                    values (:id, :cadre, :term, :level, :unit, :kind, :first, :young, :female, :ethnic, :on)
                    on conflict (entry_id) do update set cadre_id = excluded.cadre_id, term = excluded.term,
                        level = excluded.level, unit_code = excluded.unit_code, position_kind = excluded.position_kind,
                        first_time = excluded.first_time, young = excluded.young, female = excluded.female,
                        ethnic_minority = excluded.ethnic_minority, added_on = excluded.added_on""")
                    .setParameter("id", p.entryId()).setParameter("cadre", p.cadreId()).setParameter("term", p.term())
                    .setParameter("level", p.level()).setParameter("unit", p.unitCode()).setParameter("kind", p.positionKind())
                    .setParameter("first", p.firstTime()).setParameter("young", p.young())
                    .setParameter("female", female(p.sex())).setParameter("ethnic", p.ethnicMinority())
                    .setParameter("on", p.effectiveDate()).executeUpdate();
        } else if (data instanceof PlanEntryRemoved p) {
            sql("""
                    insert into report_plan_entry (entry_id, cadre_id, term, level, unit_code, position_kind, young, female,
                        ethnic_minority, removed_on, removed_automatically)
                    values (:id, :cadre, :term, :level, :unit, :kind, :young, :female, :ethnic, :on, :automatic)
                    on conflict (entry_id) do update set removed_on = excluded.removed_on,
                        removed_automatically = excluded.removed_automatically""")
                    .setParameter("id", p.entryId()).setParameter("cadre", p.cadreId()).setParameter("term", p.term())
                    .setParameter("level", p.level()).setParameter("unit", p.unitCode()).setParameter("kind", p.positionKind())
                    .setParameter("young", p.young()).setParameter("female", female(p.sex()))
                    .setParameter("ethnic", p.ethnicMinority()).setParameter("on", p.effectiveDate())
                    .setParameter("automatic", p.automatic()).executeUpdate();
        } else if (data instanceof TrainingEnrolled t) {
            sql("""
                    insert into report_training (enrolment_id, programme_id, programme_kind, year, unit_code, female,
                        ethnic_minority, enrolled_on)
                    values (:id, :programme, :kind, :year, :unit, :female, :ethnic, :on)
                    on conflict (enrolment_id) do update set programme_id = excluded.programme_id,
                        programme_kind = excluded.programme_kind, year = excluded.year, unit_code = excluded.unit_code,
                        female = excluded.female, ethnic_minority = excluded.ethnic_minority,
                        enrolled_on = excluded.enrolled_on""")
                    .setParameter("id", t.enrolmentId()).setParameter("programme", t.programmeId())
                    .setParameter("kind", t.programmeKind()).setParameter("year", t.year()).setParameter("unit", t.unitCode())
                    .setParameter("female", female(t.sex())).setParameter("ethnic", t.ethnicMinority())
                    .setParameter("on", t.effectiveDate()).executeUpdate();
        } else if (data instanceof TrainingCompleted t) {
            sql("""
                    insert into report_training (enrolment_id, programme_id, programme_kind, year, unit_code, female,
                        ethnic_minority, completed_on)
                    values (:id, :programme, :kind, :year, :unit, :female, :ethnic, :on)
                    on conflict (enrolment_id) do update set completed_on = excluded.completed_on""")
                    .setParameter("id", t.enrolmentId()).setParameter("programme", t.programmeId())
                    .setParameter("kind", t.programmeKind()).setParameter("year", t.year()).setParameter("unit", t.unitCode())
                    .setParameter("female", female(t.sex())).setParameter("ethnic", t.ethnicMinority())
                    .setParameter("on", t.effectiveDate()).executeUpdate();
        } else if (data instanceof CadreAppointed a) {
            appointment(event, "APPOINTED", a.cadreId(), a.unitCode(), a.positionKind(), null, a.sex(), a.ethnicMinority(),
                    a.effectiveDate());
        } else if (data instanceof CadreReappointed a) {
            appointment(event, "REAPPOINTED", a.cadreId(), a.unitCode(), a.positionKind(), null, a.sex(),
                    a.ethnicMinority(), a.effectiveDate());
        } else if (data instanceof CadreRotated r) {
            appointment(event, "ROTATED", r.cadreId(), r.unitCode(), r.positionKind(), r.direction(), r.sex(),
                    r.ethnicMinority(), r.effectiveDate());
        } else if (data instanceof CadreProfileSynced p) {
            sql("""
                    insert into report_cadre_profile_sync (event_id, cadre_id, unit_code, female, under_40, ethnic_minority,
                        synced_on, event_time)
                    values (:id, :cadre, :unit, :female, :young, :ethnic, :on, :time)
                    on conflict (event_id) do nothing""")
                    .setParameter("id", event.id()).setParameter("cadre", p.cadreId()).setParameter("unit", p.unitCode())
                    .setParameter("female", female(p.sex())).setParameter("young", UNDER_40.contains(p.ageBand()))
                    .setParameter("ethnic", p.ethnicMinority()).setParameter("on", p.effectiveDate())
                    .setParameter("time", FreshnessProjection.timeOrEpoch(event)).executeUpdate();
        } else if (data instanceof AccountabilityActionTaken a) {
            sql("""
                    insert into report_accountability (event_id, action_id, cadre_id, unit_code, kind, position_kind, female,
                        ethnic_minority, effective_date)
                    values (:id, :action, :cadre, :unit, :kind, :position, :female, :ethnic, :on)
                    on conflict (event_id) do nothing""")
                    .setParameter("id", event.id()).setParameter("action", a.actionId()).setParameter("cadre", a.cadreId())
                    .setParameter("unit", a.unitCode()).setParameter("kind", a.kind()).setParameter("position", a.positionKind())
                    .setParameter("female", female(a.sex())).setParameter("ethnic", a.ethnicMinority())
                    .setParameter("on", a.effectiveDate()).executeUpdate();
        } else {
            // deliberately ignored (see EventCoverage): read all the same, so the watermark passes it
            known = EventCoverage.isIgnored(data.getClass());
        }
        if (known) {
            freshness.record(TOPIC, event);
        }
    }

    private void appointment(IncomingEvent event, String kind, String cadre, String unit, String position, String direction,
                             String sex, boolean ethnic, java.time.LocalDate on) {
        sql("""
                insert into report_appointment (event_id, kind, cadre_id, unit_code, position_kind, direction, female,
                    ethnic_minority, effective_date)
                values (:id, :kind, :cadre, :unit, :position, :direction, :female, :ethnic, :on)
                on conflict (event_id) do nothing""")
                .setParameter("id", event.id()).setParameter("kind", kind).setParameter("cadre", cadre)
                .setParameter("unit", unit).setParameter("position", position).setParameter("direction", direction)
                .setParameter("female", female(sex)).setParameter("ethnic", ethnic).setParameter("on", on).executeUpdate();
    }

    private static boolean female(String sex) {
        return "FEMALE".equals(sex);
    }

    private Query sql(String sql) {
        return em.createNativeQuery(sql);
    }
}
