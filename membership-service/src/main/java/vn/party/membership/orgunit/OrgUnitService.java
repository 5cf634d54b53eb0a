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
import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.membership.OrgUnitDissolved;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.contracts.membership.OrgUnitRenamed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
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
            if (parent.dissolvedOn != null) {
                throw new RuleViolation(OrgUnitRules.HISTORY, parent.code + " was dissolved on " + parent.dissolvedOn
                        + "; nothing is founded under it");
            }
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
        openVersion(unit, OrgUnitVersion.Change.FOUNDED, unit.foundedOn);

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
    public Page<OrgUnit> list(String underCode, UnitKind kind, boolean includeDissolved, PageRequest page) {
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
                          and (?6 or dissolved_on is null)
                        order by path limit ?5""", OrgUnit.class)
                .setParameter(1, caller.subtreePath())
                .setParameter(2, under)
                .setParameter(3, kind == null ? null : kind.name())
                .setParameter(4, page.after())
                .setParameter(5, page.limit() + 1)
                .setParameter(6, includeDissolved)
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
        if (unit.dissolvedOn != null) {
            throw new RuleViolation(OrgUnitRules.HISTORY, unit.code + " was dissolved on " + unit.dissolvedOn
                    + "; its name stays as it was");
        }
        String previous = unit.name;
        String name = request.name().trim();
        if (name.equals(previous)) {
            return unit;
        }
        LocalDate effectiveOn = request.effectiveOn() == null ? VietnamTime.today()
                : VietnamTime.requirePlausible("effectiveOn", request.effectiveOn());
        unit.name = name;
        unit.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        unit.updatedBy = caller.actor();
        unit.persistAndFlush();
        closeVersion(unit, effectiveOn);
        openVersion(unit, OrgUnitVersion.Change.RENAMED, effectiveOn);

        outbox.publish(new OrgUnitRenamed(unit.code, previous, unit.name, unit.pathCodes(), effectiveOn));
        audit.record("orgunit.renamed", "org_unit", unit.code, Map.of("from", previous, "to", unit.name));
        return unit;
    }

    /**
     * Moves a unit, with everything under it, under another parent from {@code effectiveOn}. Called by
     * restructuring, which has checked the caller may change both places.
     */
    public OrgUnit move(String code, String newParentCode, LocalDate effectiveOn) {
        OrgUnit unit = visible(code);
        requireManagedFromAbove(unit);
        OrgUnit parent = visible(newParentCode);
        if (unit.dissolvedOn != null || parent.dissolvedOn != null) {
            throw new RuleViolation(OrgUnitRules.HISTORY, "a dissolved unit neither moves nor takes units in");
        }
        if (Subtree.contains(unit.path, parent.path)) {
            throw new RuleViolation(OrgUnitRules.PLACEMENT, "a unit cannot move under itself or a unit below it");
        }
        OrgUnitRules.checkPlacement(unit.kind, parent.kind, unit.organisationType);
        if (parent.id.equals(unit.parentId)) {
            return unit;
        }
        String previousPath = unit.path;
        List<OrgUnit> subtree = subtreeOf(previousPath);
        for (OrgUnit u : subtree) {
            if (u.dissolvedOn == null) {
                closeVersion(u, effectiveOn);
            }
        }
        em.flush();
        em.createNativeQuery("""
                        update org_unit set path = cast(?1 as ltree) || subpath(path, nlevel(cast(?2 as ltree)) - 1),
                               version = version + 1, updated_at = now(), updated_by = ?3
                        where path <@ cast(?2 as ltree)""")
                .setParameter(1, parent.path)
                .setParameter(2, previousPath)
                .setParameter(3, caller.actor())
                .executeUpdate();
        em.createNativeQuery("update org_unit set parent_id = ?1 where id = ?2")
                .setParameter(1, parent.id).setParameter(2, unit.id).executeUpdate();
        em.clear();
        for (OrgUnit u : subtreeOf(Subtree.child(parent.path, unit.code))) {
            if (u.dissolvedOn == null) {
                openVersion(u, OrgUnitVersion.Change.MOVED, effectiveOn);
            }
        }
        OrgUnit moved = OrgUnit.findByCode(code).orElseThrow();
        outbox.publish(new OrgUnitMoved(moved.code, parent.code, Arrays.asList(previousPath.split("\\.")),
                moved.pathCodes(), effectiveOn));
        audit.record("orgunit.moved", "org_unit", moved.code, Map.of("from", previousPath, "to", moved.path, "on", effectiveOn));
        return moved;
    }

    /**
     * Dissolves a unit and every unit under it from {@code effectiveOn}, deepest first. Restructuring
     * moves the members out before; this only closes the units.
     */
    public void dissolve(String code, LocalDate effectiveOn) {
        OrgUnit unit = visible(code);
        requireManagedFromAbove(unit);
        if (unit.dissolvedOn != null) {
            throw new RuleViolation(OrgUnitRules.HISTORY, code + " was dissolved on " + unit.dissolvedOn);
        }
        List<OrgUnit> subtree = new java.util.ArrayList<>(subtreeOf(unit.path));
        java.util.Collections.reverse(subtree);
        for (OrgUnit u : subtree) {
            if (u.dissolvedOn != null) {
                continue;
            }
            closeVersion(u, effectiveOn);
            u.dissolvedOn = effectiveOn;
            u.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            u.updatedBy = caller.actor();
            outbox.publish(new OrgUnitDissolved(u.code, u.pathCodes(), effectiveOn));
            audit.record("orgunit.dissolved", "org_unit", u.code, Map.of("on", effectiveOn));
        }
        em.flush();
    }

    /** The unit as it stood on {@code date}: 404 when it did not exist then, or lies outside the caller's subtree now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnitVersion asOf(String code, LocalDate date) {
        OrgUnit unit = visible(code);
        return OrgUnitVersion.on(unit.id, date)
                .orElseThrow(() -> ProblemException.notFound("unit " + code + " on " + date));
    }

    /** Every version of the unit, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnitVersion> history(String code) {
        return OrgUnitVersion.of(visible(code).id);
    }

    /**
     * Units as the tree stood on {@code date}, under {@code underCode} as it stood then. Scope is the
     * caller's subtree as it stood then too: a committee sees the units that were under it on that date.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrgUnitVersion> listAsOf(String underCode, UnitKind kind, LocalDate date, PageRequest page) {
        OrgUnit callerUnit = OrgUnit.findByCode(caller.unitCode().orElse("")).orElseThrow(() ->
                ProblemException.notFound("unit"));
        String scope = OrgUnitVersion.on(callerUnit.id, date).map(v -> v.path)
                .orElseThrow(() -> ProblemException.notFound("your unit on " + date));
        String under = underCode == null ? scope : asOf(underCode, date).path;
        if (page.after() != null && !page.after().matches(LTREE_PATH)) {
            throw ProblemException.invalid("after", "not a cursor this list gave out");
        }
        @SuppressWarnings("unchecked")
        List<OrgUnitVersion> rows = em.createNativeQuery("""
                        select * from org_unit_version
                        where path <@ cast(?1 as ltree) and path <@ cast(?2 as ltree)
                          and valid_from <= cast(?3 as date) and (valid_to is null or valid_to > cast(?3 as date))
                          and (cast(?4 as text) is null or kind = ?4)
                          and (cast(?5 as text) is null or path > cast(?5 as ltree))
                        order by path limit ?6""", OrgUnitVersion.class)
                .setParameter(1, scope)
                .setParameter(2, under)
                .setParameter(3, date)
                .setParameter(4, kind == null ? null : kind.name())
                .setParameter(5, page.after())
                .setParameter(6, page.limit() + 1)
                .getResultList();
        return Page.fromOverfetch(rows, page.limit(), v -> v.path);
    }

    private List<OrgUnit> subtreeOf(String path) {
        @SuppressWarnings("unchecked")
        List<OrgUnit> units = em.createNativeQuery("select * from org_unit where path <@ cast(?1 as ltree) order by path",
                OrgUnit.class).setParameter(1, path).getResultList();
        return units;
    }

    /** Restructuring a committee's own unit is the business of the committee above it. */
    private void requireManagedFromAbove(OrgUnit unit) {
        if (!caller.hasRole(Roles.PROVINCE_ADMIN) && Subtree.contains(unit.path, caller.subtreePath())) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN,
                    "your own unit and the units above it are restructured by the committee above"));
        }
    }

    private void closeVersion(OrgUnit unit, LocalDate effectiveOn) {
        OrgUnitVersion open = OrgUnitVersion.open(unit.id).orElseThrow(() ->
                new IllegalStateException("unit " + unit.code + " has no open version"));
        if (effectiveOn.isBefore(open.validFrom)) {
            throw new RuleViolation(OrgUnitRules.HISTORY, unit.code + " last changed on " + open.validFrom
                    + "; a change cannot take effect before it");
        }
        open.validTo = effectiveOn;
    }

    private void openVersion(OrgUnit unit, OrgUnitVersion.Change change, LocalDate from) {
        em.flush();
        OrgUnitVersion v = new OrgUnitVersion();
        v.unitId = unit.id;
        v.name = unit.name;
        v.parentId = unit.parentId;
        v.path = unit.path;
        v.kind = unit.kind;
        v.organisationType = unit.organisationType;
        v.validFrom = from;
        v.change = change;
        v.persist();
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
