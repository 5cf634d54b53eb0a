package vn.party.cadre.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.cadre.discipline.DisciplineHistory;
import vn.party.cadre.position.PositionService;
import vn.party.cadre.profile.CadreDirectory;
import vn.party.cadre.profile.CadreRef;
import vn.party.cadre.rules.CadreFacts;
import vn.party.cadre.rules.PlanLevel;
import vn.party.cadre.rules.PlanningRules;
import vn.party.cadre.rules.PositionGroup;
import vn.party.cadre.rules.Sex;
import vn.party.cadre.rules.Term;
import vn.party.contracts.cadre.PlanEntryAdded;
import vn.party.contracts.cadre.PlanEntryRemoved;
import vn.party.orgreplica.OrgUnitReplica;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Succession planning per term and level: additions under {@link PlanningRules}, removals with a reason, figures. An
 * addition and a removal are dated when the plan's unit existed (422 unit.not-existing-on-date).
 */
@ApplicationScoped
@Transactional
public class PlanningService {

    @Inject
    ScopedData scoped;

    @Inject
    CadreDirectory cadres;

    @Inject
    PositionService positions;

    @Inject
    DisciplineHistory disciplines;

    @Inject
    PlanLedger ledger;

    @Inject
    PlanningRules rules;

    @Inject
    OrgUnitReplica units;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    public PlanEntry add(PlanApi.AddRequest r) {
        String path = scoped.requireUnit(r.unitCode(), "unit " + r.unitCode());
        CadreRef cadre = cadres.visible(r.cadreId());
        LocalDate on = r.addedOn() == null ? LocalDate.now(clock) : VietnamTime.requirePlausible("addedOn", r.addedOn());
        units.requireExistedOn(r.unitCode(), on, "addedOn");
        Term term = term(r.term(), on);
        PlanLevel level = r.level() == null ? positions.levelOf(r.unitCode()) : r.level();
        boolean firstTime = ledger.ever(cadre.id()) == 0;
        long forPosition = activeFor(term, r.unitCode(), r.positionKind());
        if (active(term, r.unitCode(), r.positionKind(), cadre.id())) {
            throw ProblemException.conflict("the cadre is already planned for this post in " + term);
        }
        rules.checkAddition(term, on, new PlanningRules.Candidate(cadre.dateOfBirth(), cadre.sex(), firstTime,
                disciplines.ofMember(cadre.memberId())), (int) forPosition, (int) ledger.activeInTerm(cadre.id(), term.code()));
        PlanEntry e = new PlanEntry();
        e.id = UUID.randomUUID();
        e.term = term.code();
        e.level = level;
        e.unitCode = r.unitCode();
        e.unitPath = path;
        e.positionKind = r.positionKind();
        e.positionGroup = r.positionKind().group();
        e.cadreId = cadre.id();
        e.firstTime = firstTime;
        e.addedOn = on;
        e.addDecision = r.decisionNumber();
        e.stamp(scoped.actor());
        e.persist();
        em.flush();
        outbox.publish(new PlanEntryAdded(e.id.toString(), cadre.id().toString(), e.term, level.name(), e.unitCode,
                CadreFacts.pathCodes(path), e.positionKind.name(), e.positionGroup.name(), firstTime,
                rules.young(level, cadre.dateOfBirth(), term), cadre.sex().name(), cadre.ageBand(on), cadre.ethnicMinority(), on));
        audit.record("cadre.plan_entry_added", "plan_entry", e.id.toString(),
                Map.of("term", e.term, "unitCode", e.unitCode, "positionKind", e.positionKind.name(), "cadreId", cadre.id().toString()));
        return e;
    }

    public PlanEntry remove(UUID id, PlanApi.RemoveRequest r) {
        PlanEntry e = get(id);
        LocalDate on = r.removedOn() == null ? LocalDate.now(clock) : VietnamTime.requirePlausible("removedOn", r.removedOn());
        units.requireExistedOn(e.unitCode, on, "removedOn");
        e.remove(on, r.reason().trim(), r.decisionNumber(), false);
        e.stamp(scoped.actor());
        em.flush();
        CadreRef cadre = cadres.find(e.cadreId).orElseThrow(() -> ProblemException.notFound("cadre " + e.cadreId));
        outbox.publish(removedEvent(e, cadre, rules, on));
        audit.record("cadre.plan_entry_removed", "plan_entry", e.id.toString(), Map.of("reason", e.removalReason));
        return e;
    }

    static PlanEntryRemoved removedEvent(PlanEntry e, CadreRef cadre, PlanningRules rules, LocalDate on) {
        Term term = Term.parse(e.term, rules.on(on).termYears());
        return new PlanEntryRemoved(e.id.toString(), cadre.id().toString(), e.term, e.level.name(), e.unitCode,
                CadreFacts.pathCodes(e.unitPath), e.positionKind.name(), e.positionGroup.name(), e.removalReason,
                e.removedAutomatically, rules.young(e.level, cadre.dateOfBirth(), term), cadre.sex().name(),
                cadre.ageBand(on), cadre.ethnicMinority(), on);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanEntry get(UUID id) {
        return scoped.find(PlanEntry.class, id, "plan entry " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanApi.EntryView> list(String termText, PlanLevel level, String unitCode, UUID cadreId, boolean includeRemoved,
                                        PageRequest page) {
        String term = termText == null ? null : term(termText, LocalDate.now(clock)).code();
        String under = unitCode == null ? scoped.subtreePath() : scoped.requireUnit(unitCode, "unit " + unitCode);
        List<String> cursor = Cursor.parse(page.after(), 1);
        @SuppressWarnings("unchecked")
        List<UUID> ids = scoped.sql("""
                        select e.id from plan_entry e join org_unit_replica r on r.code = e.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                          and (cast(:term as text) is null or e.term = cast(:term as text))
                          and (cast(:level as text) is null or e.level = cast(:level as text))
                          and (cast(:cadre as uuid) is null or e.cadre_id = cast(:cadre as uuid))
                          and (cast(:all as boolean) or e.removed_on is null)
                          and (cast(:after as uuid) is null or e.id > cast(:after as uuid))
                        order by e.id limit :limit""")
                .setParameter("under", under).setParameter("term", term)
                .setParameter("level", level == null ? null : level.name())
                .setParameter("cadre", cadreId == null ? null : cadreId.toString())
                .setParameter("all", includeRemoved)
                .setParameter("after", cursor == null ? null : Cursor.uuid(cursor.get(0)).toString())
                .setParameter("limit", page.limit() + 1).getResultList();
        return Page.fromOverfetch(ids.stream().map(this::get).toList(), page.limit(), e -> Cursor.of(e.id)).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanApi.EntryView view(PlanEntry e) {
        return new PlanApi.EntryView(e.id, e.term, e.level, e.unitCode, e.positionKind, e.positionGroup, e.cadreId,
                cadres.find(e.cadreId).map(CadreRef::fullName).orElse(null), e.firstTime, e.addedOn, e.addDecision,
                e.removedOn, e.removalReason, e.removalDecision, e.removedAutomatically, e.version);
    }

    /**
     * The figures of a term in a subtree: additions and removals per level and group of posts, candidates per
     * post, and the shares of young cadres, women and ethnic minorities among the persons planned now.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanApi.Figures figures(String termText, PlanLevel level, String unitCode) {
        if (termText == null) {
            throw ProblemException.invalid("term", "required, e.g. 2025-2030");
        }
        Term term = term(termText, LocalDate.now(clock));
        String under = unitCode == null ? scoped.subtreePath() : scoped.requireUnit(unitCode, "unit " + unitCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select e.level, e.position_group, e.unit_code, e.position_kind, e.cadre_id, e.removed_on is null
                        from plan_entry e join org_unit_replica r on r.code = e.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                          and e.term = :term and (cast(:level as text) is null or e.level = cast(:level as text))""")
                .setParameter("under", under).setParameter("term", term.code())
                .setParameter("level", level == null ? null : level.name()).getResultList();
        Map<String, long[]> movement = new java.util.TreeMap<>();
        Set<String> posts = new HashSet<>();
        long candidates = 0;
        Map<UUID, PlanLevel> planned = new HashMap<>();
        for (Object[] r : rows) {
            String key = r[0] + "|" + r[1];
            long[] m = movement.computeIfAbsent(key, k -> new long[2]);
            m[0]++;
            boolean active = (Boolean) r[5];
            if (!active) {
                m[1]++;
                continue;
            }
            candidates++;
            posts.add(r[2] + "|" + r[3]);
            PlanLevel l = PlanLevel.valueOf((String) r[0]);
            planned.merge((UUID) r[4], l, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<PlanApi.Movement> movements = new ArrayList<>();
        movement.forEach((k, m) -> {
            String[] parts = k.split("\\|");
            movements.add(new PlanApi.Movement(PlanLevel.valueOf(parts[0]), PositionGroup.valueOf(parts[1]), m[0], m[1]));
        });
        long young = 0;
        long women = 0;
        long minority = 0;
        for (Map.Entry<UUID, PlanLevel> p : planned.entrySet()) {
            Optional<CadreRef> c = cadres.find(p.getKey());
            if (c.isEmpty()) {
                continue;
            }
            if (rules.young(p.getValue(), c.get().dateOfBirth(), term)) {
                young++;
            }
            if (c.get().sex() == Sex.FEMALE) {
                women++;
            }
            if (c.get().ethnicMinority()) {
                minority++;
            }
        }
        long persons = planned.size();
        PlanningRules.Settings s = rules.on(term.firstDay());
        return new PlanApi.Figures(term.code(), level, unitCode, movements, posts.size(), candidates,
                ratio(candidates, posts.size()), persons, share(young, persons, s.youngTarget()), share(women, persons, s.womenTarget()),
                share(minority, persons, s.ethnicMinorityTarget()));
    }

    private static BigDecimal ratio(long a, long b) {
        return b == 0 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
    }

    private static PlanApi.Share share(long count, long of, BigDecimal target) {
        BigDecimal percent = of == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
        BigDecimal targetPercent = target == null ? null : target.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
        return new PlanApi.Share(count, of, percent, targetPercent, targetPercent == null ? null : percent.compareTo(targetPercent) >= 0);
    }

    private Term term(String text, LocalDate on) {
        try {
            return rules.term(text, on);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("term", e.getMessage());
        }
    }

    private long activeFor(Term term, String unitCode, vn.party.cadre.rules.PositionKind kind) {
        return ((Number) scoped.sql("""
                        select count(*) from plan_entry e join org_unit_replica r on r.code = e.unit_code
                        where r.path <@ cast(:scope as ltree) and e.term = :term and e.unit_code = :unit
                          and e.position_kind = :kind and e.removed_on is null""")
                .setParameter("term", term.code()).setParameter("unit", unitCode).setParameter("kind", kind.name())
                .getSingleResult()).longValue();
    }

    private boolean active(Term term, String unitCode, vn.party.cadre.rules.PositionKind kind, UUID cadreId) {
        return ((Number) scoped.sql("""
                        select count(*) from plan_entry e join org_unit_replica r on r.code = e.unit_code
                        where r.path <@ cast(:scope as ltree) and e.term = :term and e.unit_code = :unit
                          and e.position_kind = :kind and e.cadre_id = cast(:cadre as uuid) and e.removed_on is null""")
                .setParameter("term", term.code()).setParameter("unit", unitCode).setParameter("kind", kind.name())
                .setParameter("cadre", cadreId.toString()).getSingleResult()).longValue() > 0;
    }
}
