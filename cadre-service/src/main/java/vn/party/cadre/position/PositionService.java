package vn.party.cadre.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.cadre.profile.CadreDirectory;
import vn.party.cadre.profile.CadreRef;
import vn.party.cadre.rules.CadreFacts;
import vn.party.cadre.rules.PlanLevel;
import vn.party.cadre.rules.PositionKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The catalogue of posts per unit, who held them when, and the concurrent-posts report. */
@ApplicationScoped
@Transactional
public class PositionService {

    /** A post held now, for the features that ask who holds what (training requirements). */
    public record CurrentHolding(UUID holdingId, UUID cadreId, String unitCode, PlanLevel level, PositionKind kind) {
    }

    /** Where a batch of {@link #currentHoldings(String, CurrentHolding, int)} starts: after this holding's key. */
    public static String keyOf(String unitCode, PositionKind kind, UUID holdingId) {
        return Cursor.of(unitCode, kind.name(), holdingId);
    }

    @Inject
    ScopedData scoped;

    @Inject
    AuditTrail audit;

    @Inject
    CadreDirectory cadres;

    @Inject
    EntityManager em;

    public Position create(PositionApi.PositionRequest r) {
        String path = scoped.requireUnit(r.unitCode(), "unit " + r.unitCode());
        Position p = new Position();
        p.id = UUID.randomUUID();
        p.unitCode = r.unitCode();
        p.unitPath = path;
        p.kind = r.kind();
        p.title = r.title().trim();
        p.seats = r.seats() == null ? 1 : r.seats();
        p.stamp(scoped.actor());
        p.persist();
        em.flush();
        audit.record("cadre.position_created", "position", p.id.toString(), Map.of("unitCode", p.unitCode, "kind", p.kind.name()));
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Position get(UUID id) {
        return scoped.find(Position.class, id, "position " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PositionHolding holding(UUID id) {
        return scoped.find(PositionHolding.class, id, "holding " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PositionApi.PositionView> list(String unitCode, PositionKind kind, PageRequest page) {
        String under = under(unitCode);
        List<String> cursor = Cursor.parse(page.after(), 1);
        List<UUID> ids = ids(scoped.sql("""
                        select p.id from position p join org_unit_replica r on r.code = p.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                          and (cast(:kind as text) is null or p.kind = cast(:kind as text))
                          and (cast(:after as uuid) is null or p.id > cast(:after as uuid))
                        order by p.id limit :limit""")
                .setParameter("under", under)
                .setParameter("kind", kind == null ? null : kind.name())
                .setParameter("after", cursor == null ? null : Cursor.uuid(cursor.get(0)).toString())
                .setParameter("limit", page.limit() + 1).getResultList());
        List<Position> rows = ids.stream().map(id -> get(id)).toList();
        return Page.fromOverfetch(rows, page.limit(), p -> Cursor.of(p.id)).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PositionApi.PositionView view(Position p) {
        return new PositionApi.PositionView(p.id, p.unitCode, p.kind, p.kind.group(), p.kind.partyPost(), p.kind.head(),
                p.title, p.seats, holders(p.id, false).stream().map(this::view).toList(), p.version);
    }

    /** Holdings of a post, oldest first; only the current ones unless {@code includeEnded}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PositionHolding> holders(UUID positionId, boolean includeEnded) {
        return ids(scoped.sql("""
                        select h.id from position_holding h join org_unit_replica r on r.code = h.unit_code
                        where r.path <@ cast(:scope as ltree) and h.position_id = cast(:position as uuid)
                          and (cast(:all as boolean) or h.ended_on is null)
                        order by h.started_on, h.id""")
                .setParameter("position", positionId.toString())
                .setParameter("all", includeEnded).getResultList())
                .stream().map(this::holding).toList();
    }

    /** The cadre's holdings of the same kind of post at the same unit, for the consecutive-terms rule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<PositionHolding> sameHeadPost(UUID cadreId, String unitCode, PositionKind kind) {
        return ids(scoped.sql("""
                        select h.id from position_holding h join org_unit_replica r on r.code = h.unit_code
                        where r.path <@ cast(:scope as ltree) and h.cadre_id = cast(:cadre as uuid)
                          and h.unit_code = :unit and h.kind = :kind""")
                .setParameter("cadre", cadreId.toString()).setParameter("unit", unitCode).setParameter("kind", kind.name())
                .getResultList()).stream().map(this::holding).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PositionApi.HolderView view(PositionHolding h) {
        String name = cadres.find(h.cadreId).map(CadreRef::fullName).orElse(null);
        return new PositionApi.HolderView(h.id, h.positionId, h.unitCode, h.kind, h.cadreId, name, h.startedOn, h.endedOn,
                h.endReason, h.method, h.decisionNumber, h.terms, h.lastAppointedOn);
    }

    /**
     * Posts held now in a unit's subtree (the caller's when absent; any unit of it, 404 outside), ordered by unit,
     * post and holding, at most {@code batch} of them after the cursor {@code after} ({@link #keyOf}, null from the start).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CurrentHolding> currentHoldings(String unitCode, String after, int batch) {
        String under = under(unitCode);
        List<String> key = Cursor.parse(after, 3);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select h.id, h.cadre_id, h.unit_code, r.kind, h.kind
                        from position_holding h join org_unit_replica r on r.code = h.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree) and h.ended_on is null
                          and (cast(:afterUnit as text) is null
                               or (h.unit_code, h.kind, h.id) > (cast(:afterUnit as text), cast(:afterKind as text), cast(:afterId as uuid)))
                        order by h.unit_code, h.kind, h.id limit :batch""")
                .setParameter("under", under)
                .setParameter("afterUnit", key == null ? null : key.get(0))
                .setParameter("afterKind", key == null ? null : key.get(1))
                .setParameter("afterId", key == null ? null : Cursor.uuid(key.get(2)).toString())
                .setParameter("batch", batch)
                .getResultList();
        return rows.stream().map(r -> new CurrentHolding((UUID) r[0], (UUID) r[1], (String) r[2],
                CadreFacts.levelOfUnitKind((String) r[3]), PositionKind.valueOf((String) r[4]))).toList();
    }

    /**
     * Units of the subtree that have the first post, and those of them where one person held both posts on
     * the date (kiêm nhiệm, e.g. the cell secretary who is also the village head).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PositionApi.ConcurrentPostsReport concurrent(String unitCode, PositionKind first, PositionKind second, LocalDate on) {
        if (first == null || second == null) {
            throw ProblemException.invalid(first == null ? "first" : "second", "required, a position kind");
        }
        if (first == second) {
            throw ProblemException.invalid("second", "a kind other than the first");
        }
        String under = under(unitCode);
        Number units = (Number) scoped.sql("""
                        select count(distinct p.unit_code) from position p join org_unit_replica r on r.code = p.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree) and p.kind = :first""")
                .setParameter("under", under).setParameter("first", first.name()).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select distinct a.unit_code, a.cadre_id
                        from position_holding a
                        join position_holding b on b.unit_code = a.unit_code and b.cadre_id = a.cadre_id
                        join org_unit_replica r on r.code = a.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                          and a.kind = :first and b.kind = :second
                          and a.started_on <= cast(:on as date) and (a.ended_on is null or a.ended_on >= cast(:on as date))
                          and b.started_on <= cast(:on as date) and (b.ended_on is null or b.ended_on >= cast(:on as date))
                        order by a.unit_code""")
                .setParameter("under", under).setParameter("first", first.name()).setParameter("second", second.name())
                .setParameter("on", on).getResultList();
        List<PositionApi.ConcurrentUnit> items = new ArrayList<>();
        for (Object[] r : rows) {
            UUID cadre = (UUID) r[1];
            items.add(new PositionApi.ConcurrentUnit((String) r[0], cadre, cadres.find(cadre).map(CadreRef::fullName).orElse(null)));
        }
        long concurrentUnits = items.stream().map(PositionApi.ConcurrentUnit::unitCode).distinct().count();
        long total = units.longValue();
        BigDecimal percent = total == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(concurrentUnits * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        return new PositionApi.ConcurrentPostsReport(unitCode, first, second, on, total, concurrentUnits, percent, items);
    }

    /** The plan level of a unit in scope, from its kind in the tree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanLevel levelOf(String unitCode) {
        @SuppressWarnings("unchecked")
        List<String> kinds = scoped.sql("select r.kind from org_unit_replica r where r.code = :code and r.path <@ cast(:scope as ltree)")
                .setParameter("code", unitCode).getResultList();
        if (kinds.isEmpty()) {
            throw ProblemException.notFound("unit " + unitCode);
        }
        return CadreFacts.levelOfUnitKind(kinds.get(0));
    }

    String under(String unitCode) {
        return unitCode == null ? scoped.subtreePath() : scoped.requireUnit(unitCode, "unit " + unitCode);
    }

    static List<UUID> ids(List<?> rows) {
        return rows.stream().map(o -> (UUID) o).toList();
    }
}
