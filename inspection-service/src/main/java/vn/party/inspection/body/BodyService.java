package vn.party.inspection.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.inspection.rules.BodyRules;
import vn.party.orgreplica.OrgUnitReplica;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bodies of the units in the caller's subtree; other features reach a body through {@link #ref}. */
@ApplicationScoped
@Transactional
public class BodyService {

    @Inject
    ScopedData scoped;

    @Inject
    OrgUnitReplica units;

    @Inject
    AuditTrail audit;

    public Body create(BodyApi.CreateRequest request) {
        scoped.requireUnit(request.unitCode(), "unit " + request.unitCode());
        OrgUnitReplica.Unit unit = units.find(request.unitCode()).orElseThrow(() -> ProblemException.notFound("unit " + request.unitCode()));
        BodyRules.checkKindForUnit(request.kind(), unit.kind());
        long existing = ((Number) scoped.sql("""
                        select count(*) from inspection_body b join org_unit_replica r on r.code = b.unit_code
                        where b.unit_code = :unit and b.kind = :kind and r.path <@ cast(:scope as ltree)""")
                .setParameter("unit", request.unitCode()).setParameter("kind", request.kind().name()).getSingleResult()).longValue();
        if (existing > 0) {
            throw ProblemException.conflict("unit " + request.unitCode() + " already has its " + request.kind());
        }
        Body b = new Body();
        b.id = UUID.randomUUID();
        b.unitCode = unit.code();
        b.kind = request.kind();
        b.level = BodyRules.levelOf(unit.kind());
        b.stamp(scoped.actor());
        b.persist();
        b.unitPath = unit.path();
        audit.record("body.created", "inspection_body", b.id.toString(), Map.of("unit", b.unitCode, "kind", b.kind));
        return b;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Body get(UUID id) {
        return scoped.find(Body.class, id, "body " + id);
    }

    /** The body, if the caller may see it; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BodyRef ref(UUID id) {
        Body b = get(id);
        return new BodyRef(b.id, b.unitCode, b.unitPath, b.kind, b.level);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Body> list(String unitCode, PageRequest page) {
        List<String> after = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<UUID> ids = scoped.sql("""
                        select b.id from inspection_body b join org_unit_replica r on r.code = b.unit_code
                        where r.path <@ cast(:scope as ltree) and (:unit = '' or b.unit_code = :unit)
                          and (b.unit_code, b.kind) > (:afterUnit, :afterKind)
                        order by b.unit_code, b.kind limit :limit""")
                .setParameter("unit", unitCode == null ? "" : unitCode)
                .setParameter("afterUnit", after == null ? "" : after.get(0))
                .setParameter("afterKind", after == null ? "" : after.get(1))
                .setParameter("limit", page.limit() + 1).getResultList();
        List<Body> rows = ids.stream().map(this::get).toList();
        return Page.fromOverfetch(rows, page.limit(), b -> Cursor.of(b.unitCode, b.kind.name()));
    }

    public BodyApi.View view(Body b) {
        return new BodyApi.View(b.id, b.unitCode, b.kind, b.level, b.version);
    }
}
