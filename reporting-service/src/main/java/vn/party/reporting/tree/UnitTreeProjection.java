package vn.party.reporting.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import org.hibernate.Session;
import vn.party.backbone.inbox.EndOfBatch;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.membership.OrgUnitDissolved;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.contracts.membership.OrgUnitRenamed;
import vn.party.contracts.membership.OrgUnitSplit;
import vn.party.contracts.membership.OrgUnitsMerged;
import vn.party.orgreplica.MembershipEventListener;
import vn.party.reporting.tree.UnitTimeline.Change;
import vn.party.reporting.tree.UnitTimeline.Fact;
import vn.party.reporting.tree.UnitTimeline.Span;
import vn.party.reporting.tree.UnitTimeline.State;
import vn.party.reporting.tree.UnitTimeline.Version;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps report_unit_version in step with the unit events: stores each event as a fact, then recomputes the
 * versions of the unit and of everything that ever stood below it from all their facts. Runs in the
 * consumer's transaction, after the processed-event row, so a redelivery never reaches it; a replay in
 * another order ends in the same rows, since the rows are a function of the set of facts.
 */
@ApplicationScoped
@SystemAccess("consumes membership.events into the dated tree, for every caller")
public class UnitTreeProjection implements MembershipEventListener {

    @Inject
    EntityManager em;

    @Override
    public void on(IncomingEvent event) {
        Fact fact = fact(event.data(), event.envelope().time() == null ? Instant.EPOCH : event.envelope().time().toInstant(),
                event.id());
        if (fact == null) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into report_unit_fact (event_id, unit_code, change, effective_date, event_time, name, kind,
                        organisation_type, parent_code, path, related_codes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""")) {
                insert.setObject(1, fact.eventId());
                insert.setString(2, fact.unitCode());
                insert.setString(3, fact.change().name());
                insert.setObject(4, fact.effectiveDate());
                insert.setTimestamp(5, Timestamp.from(fact.eventTime()));
                insert.setString(6, fact.name());
                insert.setString(7, fact.kind());
                insert.setString(8, fact.organisationType());
                insert.setString(9, fact.parentCode());
                insert.setString(10, fact.path());
                insert.setString(11, related(event.data()));
                insert.executeUpdate();
            }
            if (fact.change() != Change.MERGED && fact.change() != Change.SPLIT) {
                Optional<EndOfBatch> batch = EndOfBatch.current();
                if (batch.isPresent()) {
                    // nothing reads the versions while a batch is applied: each affected unit once, at its end
                    batch.get().deferred(DirtyUnits.class, DirtyUnits::new, this::recompute).add(fact.unitCode());
                } else {
                    recompute(connection, fact.unitCode());
                }
            }
        });
    }

    /** The units whose facts a batch changed, in the order of their last change. */
    private static final class DirtyUnits {
        final Set<String> codes = new LinkedHashSet<>();

        void add(String code) {
            codes.remove(code);
            codes.add(code);
        }
    }

    /**
     * Recomputes each dirty unit once, from the batch's final facts; a unit already rewritten as part of one recomputed
     * before it (it stands below it) is not again, since its inputs are the same.
     */
    private void recompute(DirtyUnits dirty) {
        em.unwrap(Session.class).doWork(connection -> {
            Set<String> rewritten = new HashSet<>();
            for (String code : dirty.codes) {
                if (!rewritten.contains(code)) {
                    rewritten.addAll(recompute(connection, code));
                }
            }
        });
    }

    /** Rewrites the versions of {@code unitCode} and of every unit that ever stood below it; returns their codes. */
    static Set<String> recompute(java.sql.Connection connection, String unitCode) throws java.sql.SQLException {
        Map<String, List<Fact>> facts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                with recursive below(code) as (
                    select cast(? as text)
                    union
                    select f.unit_code from report_unit_fact f join below b on f.parent_code = b.code)
                select f.event_id, f.unit_code, f.change, f.effective_date, f.event_time, f.name, f.kind,
                       f.organisation_type, f.parent_code, f.path
                from report_unit_fact f join below b on f.unit_code = b.code""")) {
            select.setString(1, unitCode);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Fact f = new Fact(rs.getObject(1, UUID.class), rs.getString(2), Change.valueOf(rs.getString(3)),
                            rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant(), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
                    facts.computeIfAbsent(f.unitCode(), k -> new ArrayList<>()).add(f);
                }
            }
        }
        Map<String, List<State>> states = new HashMap<>();
        facts.forEach((code, fs) -> states.put(code, UnitTimeline.states(fs)));
        Set<String> outsideParents = new HashSet<>();
        states.values().forEach(ss -> ss.forEach(s -> {
            if (s.parentCode() != null && !states.containsKey(s.parentCode())) {
                outsideParents.add(s.parentCode());
            }
        }));
        Map<String, List<Span>> outside = new HashMap<>();
        if (!outsideParents.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement("""
                    select code, cast(path as text), valid_from, valid_to from report_unit_version
                    where code = any(?) order by code, valid_from""")) {
                select.setArray(1, connection.createArrayOf("text", outsideParents.toArray()));
                Map<String, List<Version>> versions = new HashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        LocalDate until = rs.getObject(4, LocalDate.class);
                        versions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Version(rs.getString(1),
                                null, null, null, null, rs.getString(2), rs.getObject(3, LocalDate.class),
                                until == null ? UnitTimeline.OPEN : until));
                    }
                }
                versions.forEach((code, vs) -> outside.put(code, UnitTimeline.spans(vs)));
            }
        }
        List<Version> versions = UnitTimeline.versions(states, outside);
        try (PreparedStatement delete = connection.prepareStatement("delete from report_unit_version where code = any(?)")) {
            delete.setArray(1, connection.createArrayOf("text", facts.keySet().toArray()));
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into report_unit_version (code, name, kind, organisation_type, parent_code, path, valid_from, valid_to)
                values (?, ?, ?, ?, ?, cast(? as ltree), ?, ?)""")) {
            for (Version v : versions) {
                insert.setString(1, v.code());
                insert.setString(2, v.name());
                insert.setString(3, v.kind());
                insert.setString(4, v.organisationType());
                insert.setString(5, v.parentCode());
                insert.setString(6, v.path());
                insert.setObject(7, v.from());
                if (v.until().equals(UnitTimeline.OPEN)) {
                    insert.setNull(8, Types.DATE);
                } else {
                    insert.setObject(8, v.until());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return facts.keySet();
    }

    static Fact fact(DomainEvent data, Instant time, UUID id) {
        if (data instanceof OrgUnitFounded f) {
            return new Fact(id, f.unitCode(), Change.FOUNDED, f.effectiveDate(), time, f.name(), f.kind().name(),
                    f.organisationType() == null ? null : f.organisationType().name(), f.parentCode(), dots(f.path()));
        }
        if (data instanceof OrgUnitRenamed r) {
            return new Fact(id, r.unitCode(), Change.RENAMED, r.effectiveDate(), time, r.name(), null, null, null, dots(r.path()));
        }
        if (data instanceof OrgUnitMoved m) {
            return new Fact(id, m.unitCode(), Change.MOVED, m.effectiveDate(), time, null, null, null, m.parentCode(), dots(m.path()));
        }
        if (data instanceof OrgUnitDissolved d) {
            return new Fact(id, d.unitCode(), Change.DISSOLVED, d.effectiveDate(), time, null, null, null, null, dots(d.path()));
        }
        if (data instanceof OrgUnitsMerged m) {
            return new Fact(id, m.unitCode(), Change.MERGED, m.effectiveDate(), time, null, null, null, null, dots(m.path()));
        }
        if (data instanceof OrgUnitSplit s) {
            return new Fact(id, s.unitCode(), Change.SPLIT, s.effectiveDate(), time, null, null, null, null, dots(s.path()));
        }
        return null;
    }

    private static String related(DomainEvent data) {
        if (data instanceof OrgUnitsMerged m) {
            return String.join(",", m.mergedUnitCodes());
        }
        if (data instanceof OrgUnitSplit s) {
            return String.join(",", s.partUnitCodes());
        }
        return null;
    }

    private static String dots(List<String> path) {
        return String.join(".", path);
    }
}
