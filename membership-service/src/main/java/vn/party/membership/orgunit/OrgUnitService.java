package vn.party.membership.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.scope.CallerScope;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.scope.Subtree;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitRenamed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Founding, reading, listing and renaming units, always inside the caller's subtree. */
@ApplicationScoped
@Transactional
public class OrgUnitService {

    /** A cursor is the path of the last unit of the previous page. */
    private static final String LTREE_PATH = "^[a-z0-9_]{1,64}(\\.[a-z0-9_]{1,64})*$";

    @Inject
    CallerScope caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    public OrgUnit found(OrgUnitApi.FoundRequest request) {
        if (OrgUnit.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("unit code " + request.code() + " is already taken");
        }
        OrgUnit parent = null;
        if (request.parentCode() == null) {
            requireMayFoundTheTop(request);
        } else {
            parent = visible(request.parentCode());
        }
        OrgUnitRules.checkPlacement(request.kind(), parent == null ? null : parent.kind, request.organisationType());

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OrgUnit unit = new OrgUnit();
        unit.code = request.code();
        unit.name = request.name().trim();
        unit.kind = request.kind();
        unit.organisationType = request.organisationType();
        unit.parentId = parent == null ? null : parent.id;
        unit.path = Subtree.child(parent == null ? null : parent.path, unit.code);
        unit.foundedOn = request.foundedOn() == null ? VietnamTime.today()
                : VietnamTime.requirePlausible("foundedOn", request.foundedOn());
        unit.createdAt = now;
        unit.updatedAt = now;
        unit.createdBy = caller.actor();
        unit.updatedBy = unit.createdBy;
        unit.persistAndFlush();

        outbox.publish(new OrgUnitFounded(unit.code, unit.name, unit.kind, unit.organisationType, unit.parentCode(),
                unit.pathCodes(), unit.foundedOn));
        audit.record("orgunit.founded", "org_unit", unit.code,
                Map.of("name", unit.name, "kind", unit.kind, "path", unit.path));
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnit get(String code) {
        return visible(code);
    }

    /** Units in the caller's subtree, under {@code underCode} when given, in tree order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrgUnit> list(String underCode, UnitKind kind, PageRequest page) {
        String under = underCode == null ? caller.subtreePath() : visible(underCode).path;
        if (page.after() != null && !page.after().matches(LTREE_PATH)) {
            throw ProblemException.invalid("after", "not a cursor this list gave out");
        }
        @SuppressWarnings("unchecked")
        List<OrgUnit> rows = em.createNativeQuery("""
                        select * from org_unit
                        where path <@ cast(?1 as ltree) and path <@ cast(?2 as ltree)
                          and (cast(?3 as text) is null or kind = ?3)
                          and (cast(?4 as text) is null or path > cast(?4 as ltree))
                        order by path limit ?5""", OrgUnit.class)
                .setParameter(1, caller.subtreePath())
                .setParameter(2, under)
                .setParameter(3, kind == null ? null : kind.name())
                .setParameter(4, page.after())
                .setParameter(5, page.limit() + 1)
                .getResultList();
        return Page.fromOverfetch(rows, page.limit(), u -> u.path);
    }

    public OrgUnit rename(String code, OrgUnitApi.RenameRequest request, String ifMatch) {
        OrgUnit unit = visible(code);
        if (!caller.hasRole(Roles.PROVINCE_ADMIN) && unit.path.equals(caller.subtreePath())) {
            // a committee office manages the units below it; its own unit is managed from above
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "your own unit is renamed by the committee above it"));
        }
        Versions.requireMatch(ifMatch, unit.version);
        String previous = unit.name;
        String name = request.name().trim();
        if (name.equals(previous)) {
            return unit;
        }
        unit.name = name;
        unit.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        unit.updatedBy = caller.actor();
        unit.persistAndFlush();

        outbox.publish(new OrgUnitRenamed(unit.code, previous, unit.name, unit.pathCodes(),
                request.effectiveOn() == null ? VietnamTime.today()
                        : VietnamTime.requirePlausible("effectiveOn", request.effectiveOn())));
        audit.record("orgunit.renamed", "org_unit", unit.code, Map.of("from", previous, "to", unit.name));
        return unit;
    }

    /** The unit if it exists and lies in the caller's subtree; otherwise 404, whichever is the case. */
    private OrgUnit visible(String code) {
        OrgUnit unit = OrgUnit.findByCode(code).orElseThrow(() -> ProblemException.notFound("unit " + code));
        caller.requireVisible(unit.path, "unit " + code);
        return unit;
    }

    /**
     * The top of the tree is founded once, by a province admin whose token names it: scope cannot be
     * resolved before the unit exists, so this is the one write checked against the claim itself.
     */
    private void requireMayFoundTheTop(OrgUnitApi.FoundRequest request) {
        boolean allowed = caller.hasRole(Roles.PROVINCE_ADMIN)
                && caller.unitCode().map(request.code()::equals).orElse(false);
        if (!allowed) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN,
                    "only the province admin of " + request.code() + " may found it as the top unit; others name a parentCode"));
        }
    }
}
