package vn.party.cadre.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.cadre.position.PositionService;
import vn.party.cadre.profile.CadreDirectory;
import vn.party.cadre.profile.CadreRef;
import vn.party.cadre.unit.UnitLevels;
import vn.party.cadre.rules.CadreFacts;
import vn.party.cadre.rules.ProgrammeKind;
import vn.party.cadre.rules.TrainingRules;
import vn.party.contracts.cadre.TrainingCompleted;
import vn.party.contracts.cadre.TrainingEnrolled;
import vn.party.orgreplica.OrgUnitReplica;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Programmes, enrolments and completions, their yearly figures, and who lacks the training the post requires. A
 * programme starts, and is enrolled in and completed, on days when its unit existed (422 unit.not-existing-on-date).
 */
@ApplicationScoped
@Transactional
public class TrainingService {

    @Inject
    ScopedData scoped;

    @Inject
    CadreDirectory cadres;

    @Inject
    PositionService positions;

    @Inject
    TrainingRules rules;

    @Inject
    Outbox outbox;

    @Inject
    UnitLevels levels;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CompletedTraining completedTraining;

    @Inject
    EntityManager em;

    @Inject
    OrgUnitReplica units;

    public TrainingProgramme create(TrainingApi.ProgrammeRequest r) {
        String path = scoped.requireUnit(r.unitCode(), "unit " + r.unitCode());
        VietnamTime.requirePlausible("startsOn", r.startsOn());
        VietnamTime.requirePlausible("endsOn", r.endsOn());
        if (r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.invalid("endsOn", "on or after startsOn");
        }
        units.requireExistedOn(r.unitCode(), r.startsOn(), "startsOn");
        TrainingProgramme p = new TrainingProgramme();
        p.id = UUID.randomUUID();
        p.unitCode = r.unitCode();
        p.unitPath = path;
        p.kind = r.kind();
        p.name = r.name().trim();
        p.year = r.startsOn().getYear();
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
        p.stamp(scoped.actor());
        p.persist();
        em.flush();
        audit.record("cadre.programme_created", "training_programme", p.id.toString(), Map.of("kind", p.kind.name()));
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingProgramme programme(UUID id) {
        return scoped.find(TrainingProgramme.class, id, "programme " + id);
    }

    public Enrolment enrol(UUID programmeId, TrainingApi.EnrolRequest r) {
        TrainingProgramme p = programme(programmeId);
        CadreRef cadre = cadres.visible(r.cadreId());
        LocalDate on = r.enrolledOn() == null ? p.startsOn : VietnamTime.requirePlausible("enrolledOn", r.enrolledOn());
        // reports count an enrolment and a completion under the programme's unit on their day
        units.requireExistedOn(p.unitCode, on, "enrolledOn");
        Enrolment e = new Enrolment();
        e.id = UUID.randomUUID();
        e.programmeId = p.id;
        e.unitCode = p.unitCode;
        e.unitPath = p.unitPath;
        e.kind = p.kind;
        e.cadreId = cadre.id();
        e.enrolledOn = on;
        e.stamp(scoped.actor());
        e.persist();
        em.flush();
        outbox.publish(new TrainingEnrolled(e.id.toString(), p.id.toString(), p.kind.name(), p.year, cadre.id().toString(),
                p.unitCode, CadreFacts.pathCodes(p.unitPath), levels.of(p.unitCode), cadre.sex().name(), cadre.ageBand(on), cadre.ethnicMinority(), on));
        audit.record("cadre.enrolled", "enrolment", e.id.toString(), Map.of("programmeId", p.id.toString(), "cadreId", cadre.id().toString()));
        return e;
    }

    public Enrolment complete(UUID enrolmentId, TrainingApi.CompleteRequest r) {
        Enrolment e = scoped.find(Enrolment.class, enrolmentId, "enrolment " + enrolmentId);
        if (e.completedOn != null) {
            throw ProblemException.conflict("completed on " + e.completedOn);
        }
        LocalDate on = VietnamTime.requirePlausible("completedOn", r.completedOn());
        if (on.isBefore(e.enrolledOn)) {
            throw ProblemException.invalid("completedOn", "on or after the enrolment, " + e.enrolledOn);
        }
        units.requireExistedOn(e.unitCode, on, "completedOn");
        e.completedOn = on;
        e.certificate = r.certificate();
        e.stamp(scoped.actor());
        em.flush();
        TrainingProgramme p = programme(e.programmeId);
        CadreRef cadre = cadres.find(e.cadreId).orElseThrow(() -> ProblemException.notFound("cadre " + e.cadreId));
        outbox.publish(new TrainingCompleted(e.id.toString(), p.id.toString(), p.kind.name(), p.year, cadre.id().toString(),
                p.unitCode, CadreFacts.pathCodes(p.unitPath), levels.of(p.unitCode), cadre.sex().name(), cadre.ageBand(on), cadre.ethnicMinority(), on));
        audit.record("cadre.training_completed", "enrolment", e.id.toString(), Map.of("completedOn", on));
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingApi.Figures figures(String unitCode, int year) {
        String under = unitCode == null ? scoped.subtreePath() : scoped.requireUnit(unitCode, "unit " + unitCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select e.kind, count(*) filter (where p.year = :year),
                               count(*) filter (where extract(year from e.completed_on) = :year)
                        from enrolment e join training_programme p on p.id = e.programme_id
                        join org_unit_replica r on r.code = e.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                        group by e.kind""").setParameter("under", under).setParameter("year", year).getResultList();
        Map<ProgrammeKind, Long> enrolled = new EnumMap<>(ProgrammeKind.class);
        Map<ProgrammeKind, Long> completed = new EnumMap<>(ProgrammeKind.class);
        for (ProgrammeKind k : ProgrammeKind.values()) {
            enrolled.put(k, 0L);
            completed.put(k, 0L);
        }
        for (Object[] r : rows) {
            ProgrammeKind k = ProgrammeKind.valueOf((String) r[0]);
            enrolled.put(k, ((Number) r[1]).longValue());
            completed.put(k, ((Number) r[2]).longValue());
        }
        return new TrainingApi.Figures(unitCode, year, enrolled, completed);
    }

    /**
     * Holders of posts in a unit's subtree (the caller's when absent; any unit of it, 404 outside) who lack what their
     * post requires, by completed programmes (wherever run) or levels held; paged by unit, post and holding.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TrainingApi.Gap> gaps(String unitCode, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        List<TrainingApi.Gap> gaps = new ArrayList<>();
        int batch = Math.max(100, page.limit() + 1);
        String after = page.after();
        while (gaps.size() <= page.limit()) {
            List<PositionService.CurrentHolding> holdings = positions.currentHoldings(unitCode, after, batch);
            List<UUID> ids = holdings.stream().map(PositionService.CurrentHolding::cadreId).toList();
            Map<UUID, CadreRef> refs = cadres.findAll(ids);
            Map<UUID, Set<ProgrammeKind>> completed = completedTraining.of(ids);
            for (PositionService.CurrentHolding h : holdings) {
                CadreRef cadre = refs.get(h.cadreId());
                Set<ProgrammeKind> held = EnumSet.noneOf(ProgrammeKind.class);
                if (cadre != null) {
                    held.addAll(cadre.levelsHeld());
                }
                held.addAll(completed.getOrDefault(h.cadreId(), Set.of()));
                Set<ProgrammeKind> missing = rules.missing(h.level(), h.kind(), today, held);
                if (!missing.isEmpty()) {
                    gaps.add(new TrainingApi.Gap(h.holdingId(), h.cadreId(), cadre == null ? null : cadre.fullName(), h.unitCode(),
                            h.kind(), missing));
                    if (gaps.size() > page.limit()) {
                        break;
                    }
                }
            }
            if (holdings.size() < batch) {
                break;
            }
            PositionService.CurrentHolding last = holdings.get(holdings.size() - 1);
            after = PositionService.keyOf(last.unitCode(), last.kind(), last.holdingId());
        }
        return Page.fromOverfetch(gaps, page.limit(), g -> PositionService.keyOf(g.unitCode(), g.positionKind(), g.holdingId()));
    }

    static TrainingApi.ProgrammeView view(TrainingProgramme p) {
        return new TrainingApi.ProgrammeView(p.id, p.unitCode, p.kind, p.name, p.year, p.startsOn, p.endsOn);
    }

    static TrainingApi.EnrolmentView view(Enrolment e) {
        return new TrainingApi.EnrolmentView(e.id, e.programmeId, e.kind, e.cadreId, e.enrolledOn, e.completedOn, e.certificate);
    }
}
