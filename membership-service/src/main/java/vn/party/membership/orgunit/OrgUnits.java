package vn.party.membership.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.scope.ScopedData;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Lookups of units for the other features of this service, scoped to the caller where it says so. */
@ApplicationScoped
public class OrgUnits {

    @Inject
    ScopedData scoped;

    @Inject
    OrgUnitService service;

    @Inject
    MembershipOrgUnitDirectory directory;

    /** Founds a unit in the caller's subtree (see {@link OrgUnitService#found}). */
    public UnitRef found(OrgUnitApi.FoundRequest request) {
        return UnitRef.of(service.found(request));
    }

    public UnitRef move(String code, String newParentCode, LocalDate effectiveOn) {
        return UnitRef.of(service.move(code, newParentCode, effectiveOn));
    }

    public void dissolve(String code, LocalDate effectiveOn) {
        service.dissolve(code, effectiveOn);
    }

    /** Units standing directly under the unit now (dissolved ones left out), in the caller's subtree. */
    public List<UnitRef> children(UnitRef unit) {
        @SuppressWarnings("unchecked")
        List<OrgUnit> rows = scoped.sql("""
                        select * from org_unit where parent_id = :parent and dissolved_on is null
                          and path <@ cast(:scope as ltree) order by code""", OrgUnit.class)
                .setParameter("parent", unit.id()).getResultList();
        return rows.stream().map(UnitRef::of).toList();
    }

    /** The unit if it exists and lies in the caller's subtree; 404 otherwise, whichever is the case. */
    public UnitRef visible(String code) {
        return UnitRef.of(scoped.findBy(OrgUnit.class, "code", code, "unit " + code));
    }

    /**
     * The caller's own unit (the one its token names), 403 as everywhere when the token names none or a
     * dissolved one: reports without a unitCode answer for it.
     */
    public UnitRef callersUnit() {
        String path = scoped.subtreePath();
        String code = path.substring(path.lastIndexOf('.') + 1);
        return visible(code);
    }

    /** The unit given, or the caller's own when none is. */
    public UnitRef visibleOrCallers(String code) {
        return code == null ? callersUnit() : visible(code);
    }

    /** A unit as it stood on a date: its path and name then. */
    public record Then(String path, String name) {
        public int depth() {
            return path.split("\\.").length;
        }
    }

    /** A unit of the caller's subtree as it stood on {@code on}; empty when it did not exist then. */
    public Optional<Then> asOf(UnitRef unit, LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select cast(v.path as text), v.name from org_unit_version v join org_unit u on u.id = v.unit_id
                        where v.unit_id = :unit and u.path <@ cast(:scope as ltree)
                          and v.valid_from <= cast(:on as date) and (v.valid_to is null or v.valid_to > cast(:on as date))""")
                .setParameter("unit", unit.id()).setParameter("on", on).getResultList();
        return rows.stream().findFirst().map(r -> new Then((String) r[0], (String) r[1]));
    }

    /**
     * The units directly under {@code then} on {@code on}, by code (the last label of their path then) with their
     * name then. {@code then} is what {@link #asOf} answered: the query checks that it was the path of a unit in
     * the caller's subtree on that date.
     */
    public List<String[]> childrenAsOf(Then then, LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select subpath(v.path, :depth, 1)::text, v.name from org_unit_version v
                        where v.path <@ cast(:then as ltree) and nlevel(v.path) = :depth + 1
                          and v.valid_from <= cast(:on as date) and (v.valid_to is null or v.valid_to > cast(:on as date))
                          and exists (select 1 from org_unit_version w join org_unit u on u.id = w.unit_id
                                      where w.path = cast(:then as ltree) and u.path <@ cast(:scope as ltree)
                                        and w.valid_from <= cast(:on as date)
                                        and (w.valid_to is null or w.valid_to > cast(:on as date)))
                        order by v.path""")
                .setParameter("then", then.path()).setParameter("depth", then.depth()).setParameter("on", on)
                .getResultList();
        return rows.stream().map(r -> new String[]{(String) r[0], (String) r[1]}).toList();
    }

    /**
     * The unit's path on {@code on}, as event schemas promise ("as of effectiveDate"): a record dated before a move
     * carries the path the unit had then. Before the unit's first version, its first path; after its last (dissolved),
     * its last. Unscoped like {@link #byId}: the unit was already reached in scope, only its history is read.
     */
    public java.util.List<String> pathCodesOn(UnitRef unit, LocalDate on) {
        if (on == null) {
            return unit.pathCodes();
        }
        return OrgUnitVersion.pathOn(unit.id(), on).map(p -> java.util.Arrays.asList(p.split("\\."))).orElse(unit.pathCodes());
    }

    /**
     * {@link #pathCodesOn} for the records of one batch: the histories of the batch's units are read in one query,
     * so a chunk of an import costs one query whatever the number of its records and cells.
     */
    public java.util.function.BiFunction<UnitRef, LocalDate, java.util.List<String>> pathCodesOnForBatch(
            java.util.Collection<UnitRef> batchUnits) {
        // every unit of the batch (in the caller's subtree, as visibleByCodes found them) in one query; a unit not
        // named up front is read when first asked
        java.util.Map<Long, java.util.List<OrgUnitVersion>> versions = new java.util.HashMap<>();
        if (!batchUnits.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<OrgUnitVersion> rows = scoped.sql("""
                            select v.* from org_unit_version v join org_unit u on u.id = v.unit_id
                            where v.unit_id = any(cast(:ids as bigint[])) and u.path <@ cast(:scope as ltree)
                            order by v.valid_from, v.id""",
                            OrgUnitVersion.class)
                    .setParameter("ids", vn.party.membership.reports.SqlArrays.longs(
                            batchUnits.stream().map(UnitRef::id).collect(java.util.stream.Collectors.toSet())))
                    .getResultList();
            rows.forEach(v -> versions.computeIfAbsent(v.unitId, id -> new java.util.ArrayList<>()).add(v));
        }
        return (unit, on) -> OrgUnitVersion.pathIn(versions.computeIfAbsent(unit.id(), OrgUnitVersion::of), on)
                .map(p -> java.util.Arrays.asList(p.split("\\."))).orElse(unit.pathCodes());
    }

    /** A unit by its row id, unscoped: for naming units that a record already reached in scope points at. */
    public UnitRef byId(long id) {
        return directory.byId(id).orElseThrow(() -> new IllegalStateException("no unit with id " + id));
    }

    /** Units by row id, unscoped as {@link #byId}, in one query: for naming the units a page of records points at. */
    public java.util.Map<Long, UnitRef> byIds(java.util.Collection<Long> ids) {
        return directory.byIds(ids);
    }

    /**
     * The units with these codes that lie in the caller's subtree, by code, in ONE query (one array parameter): the
     * cells of an import's chunk. A code outside the subtree is absent, as one that names no unit.
     */
    public java.util.Map<String, UnitRef> visibleByCodes(java.util.Collection<String> codes) {
        java.util.Map<String, UnitRef> result = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<OrgUnit> rows = scoped.sql("""
                        select * from org_unit where code = any(cast(:codes as text[])) and path <@ cast(:scope as ltree)""",
                        OrgUnit.class)
                .setParameter("codes", vn.party.membership.reports.SqlArrays.texts(java.util.Set.copyOf(codes))).getResultList();
        rows.forEach(u -> result.put(u.code, UnitRef.of(u)));
        return result;
    }

    /** A unit by code, unscoped: for naming the other side of a record (a receiving cell, a deciding body). */
    public Optional<UnitRef> byCode(String code) {
        return directory.byCode(code);
    }
}
