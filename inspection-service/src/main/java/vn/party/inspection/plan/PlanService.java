package vn.party.inspection.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseKind;
import vn.party.inspection.body.BodyRef;
import vn.party.inspection.body.BodyService;
import vn.party.inspection.casework.CaseCounts;
import vn.party.inspection.casework.CaseService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Yearly plans of bodies and their progress: planned against done, by activity and kind, and the unplanned. */
@ApplicationScoped
@Transactional
public class PlanService {

    @Inject
    ScopedData scoped;

    @Inject
    BodyService bodies;

    @Inject
    CaseService cases;

    @Inject
    AuditTrail audit;

    public InspectionPlan create(PlanApi.CreateRequest request) {
        BodyRef body = bodies.ref(request.bodyId());
        long existing = ((Number) scoped.sql("""
                        select count(*) from inspection_plan p join org_unit_replica r on r.code = p.unit_code
                        where p.body_id = :body and p.year = :year and r.path <@ cast(:scope as ltree)""")
                .setParameter("body", body.id()).setParameter("year", request.year()).getSingleResult()).longValue();
        if (existing > 0) {
            throw ProblemException.conflict("the body already has a plan for " + request.year() + "; add items to it");
        }
        InspectionPlan p = new InspectionPlan();
        p.id = UUID.randomUUID();
        p.bodyId = body.id();
        p.unitCode = body.unitCode();
        p.year = request.year();
        p.stamp(scoped.actor());
        p.persist();
        p.unitPath = body.unitPath();
        for (PlanApi.ItemRequest item : Objects.requireNonNullElse(request.items(), List.<PlanApi.ItemRequest>of())) {
            addItem(p, item);
        }
        audit.record("plan.created", "inspection_plan", p.id.toString(), Map.of("body", body.id(), "year", p.year));
        return p;
    }

    public InspectionPlan addItem(UUID planId, PlanApi.ItemRequest request) {
        InspectionPlan p = get(planId);
        PlanItem item = addItem(p, request);
        p.stamp(scoped.actor());
        audit.record("plan.item-added", "inspection_plan", p.id.toString(), Map.of("item", item.id, "activity", item.activity,
                "kind", item.kind, "quarter", item.quarter, "count", item.plannedCount));
        return p;
    }

    private PlanItem addItem(InspectionPlan p, PlanApi.ItemRequest request) {
        PlanItem item = new PlanItem();
        item.id = UUID.randomUUID();
        item.planId = p.id;
        item.activity = request.activity();
        item.kind = request.kind();
        item.subjectKind = request.subjectKind();
        item.quarter = request.quarter();
        item.plannedCount = request.plannedCount();
        item.description = request.description();
        item.persist();
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionPlan get(UUID id) {
        return scoped.find(InspectionPlan.class, id, "plan " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InspectionPlan> list(Integer year, UUID bodyId, PageRequest page) {
        List<String> after = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<UUID> ids = scoped.sql("""
                        select p.id from inspection_plan p join org_unit_replica r on r.code = p.unit_code
                        where r.path <@ cast(:scope as ltree) and (:year = 0 or p.year = :year)
                          and (:body = '' or cast(p.body_id as text) = :body)
                          and (p.year, cast(p.id as text)) < (:afterYear, :afterId)
                        order by p.year desc, cast(p.id as text) desc limit :limit""")
                .setParameter("year", year == null ? 0 : year)
                .setParameter("body", bodyId == null ? "" : bodyId.toString())
                .setParameter("afterYear", after == null ? 10000 : QueryParamsInt.of(after.get(0)))
                .setParameter("afterId", after == null ? "~" : after.get(1))
                .setParameter("limit", page.limit() + 1).getResultList();
        return Page.fromOverfetch(ids.stream().map(this::get).toList(), page.limit(), p -> Cursor.of(p.year, p.id));
    }

    /** Progress of one plan: its items against its body's cases of the year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanApi.Progress progress(UUID planId) {
        InspectionPlan p = get(planId);
        BodyRef body = bodies.ref(p.bodyId);
        List<PlanItem> items = PlanItem.of(p.id);
        return progress(body.unitCode(), body.id(), p.year, items, cases.counts(body.unitPath(), body.id(), p.year));
    }

    /** Progress of every body in the subtree of {@code unitCode}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanApi.Progress progress(String unitCode, int year) {
        String path = scoped.requireUnit(unitCode, "unit " + unitCode);
        @SuppressWarnings("unchecked")
        List<UUID> planIds = scoped.sql("""
                        select p.id from inspection_plan p join org_unit_replica r on r.code = p.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree) and p.year = :year""")
                .setParameter("under", path).setParameter("year", year).getResultList();
        List<PlanItem> items = new ArrayList<>();
        planIds.forEach(id -> items.addAll(PlanItem.of(get(id).id)));
        return progress(unitCode, null, year, items, cases.counts(path, null, year));
    }

    private static PlanApi.Progress progress(String unitCode, UUID bodyId, int year, List<PlanItem> items, List<CaseCounts> counts) {
        record Key(CaseActivity activity, CaseKind kind) {
        }
        Map<Key, int[]> planned = new LinkedHashMap<>();
        for (CaseActivity a : CaseActivity.values()) {
            for (CaseKind k : CaseKind.values()) {
                planned.put(new Key(a, k), new int[1]);
            }
        }
        items.forEach(i -> planned.get(new Key(i.activity, i.kind))[0] += i.plannedCount);
        List<PlanApi.ProgressLine> lines = new ArrayList<>();
        for (Map.Entry<Key, int[]> e : planned.entrySet()) {
            CaseCounts c = counts.stream().filter(x -> x.activity() == e.getKey().activity() && x.kind() == e.getKey().kind())
                    .findFirst().orElse(new CaseCounts(e.getKey().activity(), e.getKey().kind(), 0, 0, 0));
            if (e.getValue()[0] > 0 || c.plannedDone() + c.plannedUnderWay() + c.unplanned() > 0) {
                lines.add(new PlanApi.ProgressLine(e.getKey().activity(), e.getKey().kind(), e.getValue()[0], c.plannedDone(),
                        c.plannedUnderWay(), c.unplanned()));
            }
        }
        return new PlanApi.Progress(unitCode, bodyId, year, lines, lines.stream().mapToInt(PlanApi.ProgressLine::planned).sum(),
                lines.stream().mapToLong(PlanApi.ProgressLine::done).sum(),
                lines.stream().mapToLong(PlanApi.ProgressLine::unplanned).sum());
    }

    public PlanApi.View view(InspectionPlan p) {
        return new PlanApi.View(p.id, p.bodyId, p.unitCode, p.year, PlanItem.of(p.id).stream()
                .map(i -> new PlanApi.ItemView(i.id, i.activity, i.kind, i.subjectKind, i.quarter, i.plannedCount, i.description))
                .toList(), p.version);
    }

    /** A cursor's year, which only this list wrote. */
    private static final class QueryParamsInt {
        static int of(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("after", "not a cursor this list gave out");
            }
        }
    }
}
