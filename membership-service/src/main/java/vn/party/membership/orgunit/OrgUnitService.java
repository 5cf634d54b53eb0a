package vn.party.membership.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.scope.ScopedData;
import org.eclipse.microprofile.jwt.JsonWebToken;
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
    ScopedData scoped;

    @Inject
    MembershipOrgUnitDirectory directory;

    @Inject
    Instance<JsonWebToken> token;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    public OrgUnit found(OrgUnitApi.FoundRequest request) {
        if (directory.codeTaken(request.code())) {
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
        OrgUnitRules.checkNewUnit(request.kind(), request.organisationType(), request.cellKind());

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OrgUnit unit = new OrgUnit();
        unit.code = request.code();
        unit.name = request.name().trim();
        unit.kind = request.kind();
        unit.organisationType = request.organisationType();
        unit.cellKind = request.cellKind();
        unit.parentId = parent == null ? null : parent.id;
        unit.path = Subtree.child(parent == null ? null : parent.path, unit.code);
        unit.foundedOn = request.foundedOn() == null ? VietnamTime.today()
                : VietnamTime.requirePlausible("foundedOn", request.foundedOn());
        unit.createdAt = now;
        unit.updatedAt = now;
        unit.createdBy = scoped.actor();
        unit.updatedBy = unit.createdBy;
        unit.persistAndFlush();
        openVersion(unit, OrgUnitVersion.Change.FOUNDED, unit.foundedOn);

        outbox.publish(new OrgUnitFounded(unit.code, unit.name, unit.kind, unit.organisationType, unit.parentCode(),
                unit.pathCodes(), unit.foundedOn, unit.cellKind));
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
        String under = underCode == null ? scoped.subtreePath() : visible(underCode).path;
        if (page.after() != null && !page.after().matches(LTREE_PATH)) {
            throw ProblemException.invalid("after", "not a cursor this list gave out");
        }
        @SuppressWarnings("unchecked")
        List<OrgUnit> rows = scoped.sql("""
                        select * from org_unit
                        where path <@ cast(:scope as ltree) and path <@ cast(:under as ltree)
                          and (cast(:kind as text) is null or kind = cast(:kind as text))
                          and (cast(:after as text) is null or path > cast(cast(:after as text) as ltree))
                          and (:includeDissolved or dissolved_on is null)
                        order by path limit :limit""", OrgUnit.class)
                .setParameter("under", under)
                .setParameter("kind", kind == null ? null : kind.name())
                .setParameter("after", page.after())
                .setParameter("limit", page.limit() + 1)
                .setParameter("includeDissolved", includeDissolved)
                .getResultList();
        return Page.fromOverfetch(rows, page.limit(), u -> u.path);
    }

    public OrgUnit rename(String code, OrgUnitApi.RenameRequest request, String ifMatch) {
        OrgUnit unit = visible(code);
        if (!scoped.hasRole(Roles.PROVINCE_ADMIN) && unit.path.equals(scoped.subtreePath())) {
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
        unit.updatedBy = scoped.actor();
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
        scoped.sql("""
                        update org_unit set path = cast(:parentPath as ltree) || subpath(path, nlevel(cast(:previous as ltree)) - 1),
                               version = version + 1, updated_at = now(), updated_by = :actor
                        where path <@ cast(:previous as ltree) and path <@ cast(:scope as ltree)""")
                .setParameter("parentPath", parent.path)
                .setParameter("previous", previousPath)
                .setParameter("actor", scoped.actor())
                .executeUpdate();
        scoped.sql("update org_unit set parent_id = :parent where id = :id and path <@ cast(:scope as ltree)")
                .setParameter("parent", parent.id).setParameter("id", unit.id).executeUpdate();
        em.clear();
        for (OrgUnit u : subtreeOf(Subtree.child(parent.path, unit.code))) {
            if (u.dissolvedOn == null) {
                openVersion(u, OrgUnitVersion.Change.MOVED, effectiveOn);
            }
        }
        OrgUnit moved = visible(code);
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
            u.updatedBy = scoped.actor();
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
        // the caller's unit must stand now (403 otherwise, as everywhere); its subtree of that date is the scope
        scoped.subtreePath();
        String under = underCode == null ? null : asOf(underCode, date).path;
        if (page.after() != null && !page.after().matches(LTREE_PATH)) {
            throw ProblemException.invalid("after", "not a cursor this list gave out");
        }
        @SuppressWarnings("unchecked")
        List<String> then = scoped.sql("""
                        select cast(v.path as text) from org_unit_version v join org_unit u on u.id = v.unit_id
                        where u.path = cast(:scope as ltree)
                          and v.valid_from <= cast(:date as date) and (v.valid_to is null or v.valid_to > cast(:date as date))""")
                .setParameter("date", date).getResultList();
        if (then.isEmpty()) {
            throw ProblemException.notFound("your unit on " + date);
        }
        String scope = then.get(0);
        if (under != null && !Subtree.contains(scope, under)) {
            // the unit is in the caller's subtree now, but was not under the caller's unit on that date
            throw ProblemException.notFound("unit " + underCode + " on " + date);
        }
        @SuppressWarnings("unchecked")
        List<OrgUnitVersion> rows = scoped.sql("""
                        select v.* from org_unit_version v
                        where v.path <@ (select w.path from org_unit_version w join org_unit u on u.id = w.unit_id
                                         where u.path = cast(:scope as ltree) and w.valid_from <= cast(:date as date)
                                           and (w.valid_to is null or w.valid_to > cast(:date as date)))
                          and (cast(:under as text) is null or v.path <@ cast(cast(:under as text) as ltree))
                          and v.valid_from <= cast(:date as date) and (v.valid_to is null or v.valid_to > cast(:date as date))
                          and (cast(:kind as text) is null or v.kind = cast(:kind as text))
                          and (cast(:after as text) is null or v.path > cast(cast(:after as text) as ltree))
                        order by v.path limit :limit""", OrgUnitVersion.class)
                .setParameter("date", date)
                .setParameter("under", under)
                .setParameter("kind", kind == null ? null : kind.name())
                .setParameter("after", page.after())
                .setParameter("limit", page.limit() + 1)
                .getResultList();
        return Page.fromOverfetch(rows, page.limit(), v -> v.path);
    }

    /** The cells standing below a unit now, by kind (cells founded without one counted apart). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnitApi.CellsByKind cellsByKind(String code) {
        OrgUnit unit = visible(code);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select cell_kind, count(*) from org_unit
                        where path <@ cast(:path as ltree) and path <@ cast(:scope as ltree)
                          and kind = 'CELL' and dissolved_on is null
                        group by cell_kind""")
                .setParameter("path", unit.path).getResultList();
        Map<vn.party.contracts.CellKind, Long> byKind = new java.util.EnumMap<>(vn.party.contracts.CellKind.class);
        for (vn.party.contracts.CellKind k : vn.party.contracts.CellKind.values()) {
            byKind.put(k, 0L);
        }
        long cells = 0;
        long unclassified = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            cells += n;
            if (row[0] == null) {
                unclassified = n;
            } else {
                byKind.put(vn.party.contracts.CellKind.valueOf((String) row[0]), n);
            }
        }
        return new OrgUnitApi.CellsByKind(unit.code, unit.name, cells, byKind, unclassified);
    }

    private List<OrgUnit> subtreeOf(String path) {
        @SuppressWarnings("unchecked")
        List<OrgUnit> units = scoped.sql(
                        "select * from org_unit where path <@ cast(:path as ltree) and path <@ cast(:scope as ltree) order by path",
                        OrgUnit.class).setParameter("path", path).getResultList();
        return units;
    }

    /** Restructuring a committee's own unit is the business of the committee above it. */
    private void requireManagedFromAbove(OrgUnit unit) {
        if (!scoped.hasRole(Roles.PROVINCE_ADMIN) && Subtree.contains(unit.path, scoped.subtreePath())) {
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
        v.cellKind = unit.cellKind;
        v.validFrom = from;
        v.change = change;
        v.persist();
    }

    /** The unit if it exists and lies in the caller's subtree; otherwise 404, whichever is the case. */
    private OrgUnit visible(String code) {
        return scoped.findBy(OrgUnit.class, "code", code, "unit " + code);
    }

    /**
     * The top of the tree is founded once, by a province admin whose token names it: scope cannot be
     * resolved before the unit exists, so this is the one write checked against the claim itself.
     */
    private void requireMayFoundTheTop(OrgUnitApi.FoundRequest request) {
        Object claim = token.isResolvable() ? token.get().getClaim("org_unit") : null;
        boolean allowed = scoped.hasRole(Roles.PROVINCE_ADMIN) && claim != null
                && request.code().equals(claim.toString().trim());
        if (!allowed) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN,
                    "only the province admin of " + request.code() + " may found it as the top unit; others name a parentCode"));
        }
    }
}
