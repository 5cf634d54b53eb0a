package vn.party.membership.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.scope.ActingScope;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MemberCondition;
import vn.party.contracts.membership.MemberConditionEnded;
import vn.party.contracts.membership.MemberConditionStarted;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberRenamed;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.MemberStatusChanged;
import vn.party.contracts.membership.MemberTransferred;
import vn.party.contracts.membership.MemberTransferredIn;
import vn.party.contracts.membership.MemberTransferredOut;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;
import vn.party.membership.reports.SqlArrays;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Member records and their lifecycle. Commands from requests are scoped to the caller's subtree; the
 * {@code *FromDecision} commands carry out decisions taken elsewhere (inspection-service events) and are
 * not scoped, since no caller stands behind them.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    /** Audit action of a read of a member's personal data (national ID, birth date, ethnicity, religion, hometown). */
    public static final String PERSONAL_DATA_READ = "member.personal-data-read";

    @Inject
    ScopedData scoped;

    @Inject
    MemberRecords records;

    @Inject
    vn.party.membership.bulk.BulkWrites bulk;

    @Inject
    OrgUnits units;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    public Member register(MemberApi.RegisterRequest request) {
        return register(request, scoped.capture());
    }

    /**
     * Opens a record for a caller captured earlier ({@link ScopedData#capture()}): the same checks and writes
     * as a request, with the unit judged against {@code scope}'s subtree and the record, its history and its
     * audit row naming {@code scope}'s actor. Bulk imports run here, on a thread no request stands behind.
     */
    public Member register(MemberApi.RegisterRequest request, ActingScope scope) {
        return scoped.as(scope, () -> registerAs(request, scope)).member();
    }

    /** A registration's record and the answer to it, built from what was written: a new record has no conditions. */
    public record Registered(Member member, MemberApi.View view) {
    }

    /** {@link #register(MemberApi.RegisterRequest)} with its answer, reading nothing back. */
    public Registered registerAndView(MemberApi.RegisterRequest request) {
        ActingScope scope = scoped.capture();
        return scoped.as(scope, () -> registerAs(request, scope));
    }

    private Registered registerAs(MemberApi.RegisterRequest request, ActingScope scope) {
        Registration checked = checkRegistration(request, scope);
        UnitRef unit = checked.unit();
        MemberStatus status = checked.status();
        LocalDate since = checked.inUnitSince();

        OffsetDateTime now = now();
        Member m = new Member();
        m.id = UUID.randomUUID();
        m.nationalId = request.nationalId();
        applyDetails(m, request.fullName(), request.dateOfBirth(), request.sex(), request.ethnicity(), request.religion(),
                request.partyCardNumber(), request.hometown(), request.education(), request.professionalQualification(),
                request.politicalTheory(), request.occupation());
        m.unitId = unit.id();
        m.unitPath = unit.path();
        m.status = status;
        m.statusSince = switch (status) {
            case FULL -> request.confirmedOn() == null ? request.admittedOn() : request.confirmedOn();
            case PROBATIONARY -> request.admittedOn();
            default -> since;
        };
        m.admittedOn = request.admittedOn();
        m.firstAdmittedOn = request.admittedOn();
        m.confirmedOn = request.confirmedOn();
        m.fromPaper = request.paper();
        m.confirmationDateUnknown = m.fromPaper && m.status == MemberStatus.FULL && m.confirmedOn == null;
        m.createdAt = now;
        m.updatedAt = now;
        m.createdBy = scope.actor();
        m.updatedBy = m.createdBy;
        m.persist();
        if (m.status == MemberStatus.FULL) {
            // the probationary year before confirmation is part of the record: counts for past dates need it
            MemberStatusEntry probation = new MemberStatusEntry();
            probation.memberId = m.id;
            probation.status = MemberStatus.PROBATIONARY;
            probation.effectiveOn = m.admittedOn;
            probation.reason = "registered: admitted";
            probation.recordedAt = now();
            probation.recordedBy = scope.actor();
            probation.persist();
        }
        addStatusEntry(m, m.statusSince, "registered", scope.actor());
        // a new record has no placement to close: no read before the insert (the exclusion constraint still holds)
        MemberPlacement placement = new MemberPlacement();
        placement.memberId = m.id;
        placement.unitId = unit.id();
        placement.startsOn = since;
        placement.persist();
        em.flush();

        // the path on the effective date (inUnitSince), as the schema promises: an old record entered after a move
        outbox.publish(new MemberRegistered(m.id.toString(), m.fullName, m.status, unit.code(), units.pathCodesOn(unit, since),
                m.admittedOn, m.confirmedOn, since));
        audit.recordAs(scope.actor(), "member.registered", "member", m.id.toString(),
                Map.of("unit", unit.code(), "status", m.status));
        return new Registered(m, MemberApi.View.of(m, unit, List.of()));
    }

    /**
     * Everything {@link #register} checks, writing nothing: throws what register would throw (400, 404, 409
     * as {@link MemberConflict}, 422). Those refusals leave the caller's transaction usable.
     */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = {ProblemException.class, RuleViolation.class})
    public void validateRegistration(MemberApi.RegisterRequest request, ActingScope scope) {
        scoped.as(scope, () -> checkRegistration(request, scope));
    }

    /**
     * {@link #validateRegistration} of many requests at once (an import's chunk): the same checks, with the units
     * and existing records looked up in three queries for the whole list. Per request, in order, the refusal that
     * register would throw, or null.
     */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = {ProblemException.class, RuleViolation.class})
    public List<RuntimeException> validateRegistrations(List<MemberApi.RegisterRequest> requests, ActingScope scope) {
        return scoped.as(scope, () -> {
            Lookups prefetched = prefetched(requests, true);
            List<RuntimeException> refusals = new java.util.ArrayList<>(requests.size());
            for (MemberApi.RegisterRequest request : requests) {
                try {
                    checkRegistration(request, scope, prefetched);
                    refusals.add(null);
                } catch (ProblemException | RuleViolation e) {
                    refusals.add(e);
                }
            }
            return refusals;
        });
    }

    /**
     * Opens the records of requests that {@link #validateRegistrations} passed in this transaction, set-based: the
     * members in JDBC batches, their status history and placements in one statement each, their events and audit
     * rows in bulk. Duplicates are not looked for again: the unique constraints on national ID and card number
     * refuse a record created meanwhile, and the caller's transaction rolls back.
     */
    public List<UUID> registerChecked(List<MemberApi.RegisterRequest> requests, ActingScope scope) {
        return scoped.as(scope, () -> registerCheckedAs(requests, scope));
    }

    private List<UUID> registerCheckedAs(List<MemberApi.RegisterRequest> requests, ActingScope scope) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Lookups unitsOnly = prefetched(requests, false);
        var pathOn = units.pathCodesOnForBatch(requests.stream().map(r -> unitsOnly.unit(r.unitCode()))
                .flatMap(Optional::stream).distinct().toList());
        OffsetDateTime now = now();
        String actor = scope.actor();
        List<UUID> ids = new java.util.ArrayList<>(requests.size());
        List<UUID> historyMembers = new java.util.ArrayList<>();
        List<String> historyStatus = new java.util.ArrayList<>();
        List<String> historyOn = new java.util.ArrayList<>();
        List<String> historyReason = new java.util.ArrayList<>();
        List<UUID> placedMembers = new java.util.ArrayList<>(requests.size());
        List<Long> placedUnits = new java.util.ArrayList<>(requests.size());
        List<String> placedSince = new java.util.ArrayList<>(requests.size());
        List<vn.party.contracts.DomainEvent> events = new java.util.ArrayList<>(requests.size());
        List<vn.party.membership.bulk.BulkWrites.AuditEntry> entries = new java.util.ArrayList<>(requests.size());
        for (MemberApi.RegisterRequest request : requests) {
            Registration checked = checkRegistration(request, scope, unitsOnly);
            UnitRef unit = checked.unit();
            Member m = new Member();
            m.id = UUID.randomUUID();
            m.nationalId = request.nationalId();
            applyDetails(m, request.fullName(), request.dateOfBirth(), request.sex(), request.ethnicity(), request.religion(),
                    request.partyCardNumber(), request.hometown(), request.education(), request.professionalQualification(),
                    request.politicalTheory(), request.occupation());
            m.unitId = unit.id();
            m.unitPath = unit.path();
            m.status = checked.status();
            m.statusSince = switch (m.status) {
                case FULL -> request.confirmedOn() == null ? request.admittedOn() : request.confirmedOn();
                case PROBATIONARY -> request.admittedOn();
                default -> checked.inUnitSince();
            };
            m.admittedOn = request.admittedOn();
            m.firstAdmittedOn = request.admittedOn();
            m.confirmedOn = request.confirmedOn();
            m.fromPaper = request.paper();
            m.confirmationDateUnknown = m.fromPaper && m.status == MemberStatus.FULL && m.confirmedOn == null;
            m.createdAt = now;
            m.updatedAt = now;
            m.createdBy = actor;
            m.updatedBy = actor;
            m.persist();
            ids.add(m.id);
            if (m.status == MemberStatus.FULL) {
                // as register: the probationary year before confirmation is part of the record
                historyMembers.add(m.id);
                historyStatus.add(MemberStatus.PROBATIONARY.name());
                historyOn.add(m.admittedOn.toString());
                historyReason.add("registered: admitted");
            }
            historyMembers.add(m.id);
            historyStatus.add(m.status.name());
            historyOn.add(m.statusSince.toString());
            historyReason.add("registered");
            placedMembers.add(m.id);
            placedUnits.add(unit.id());
            placedSince.add(checked.inUnitSince().toString());
            events.add(new MemberRegistered(m.id.toString(), m.fullName, m.status, unit.code(),
                    pathOn.apply(unit, checked.inUnitSince()), m.admittedOn, m.confirmedOn, checked.inUnitSince()));
            entries.add(new vn.party.membership.bulk.BulkWrites.AuditEntry(m.id.toString(),
                    Map.of("unit", unit.code(), "status", m.status)));
        }
        em.flush();
        scoped.sql("""
                        insert into member_status_history (member_id, status, effective_on, reason, recorded_at, recorded_by)
                        select e.member_id, e.status, e.effective_on, e.reason, cast(:at as timestamptz), :by
                        from unnest(cast(:members as uuid[]), cast(:statuses as text[]), cast(:dates as date[]),
                                    cast(:reasons as text[])) with ordinality as e(member_id, status, effective_on, reason, n)
                        join member m on m.id = e.member_id join org_unit u on u.id = m.unit_id
                        where u.path <@ cast(:scope as ltree)
                        order by e.n""")
                .setParameter("at", now).setParameter("by", actor)
                .setParameter("members", SqlArrays.uuids(historyMembers)).setParameter("statuses", SqlArrays.texts(historyStatus))
                .setParameter("dates", SqlArrays.texts(historyOn)).setParameter("reasons", SqlArrays.texts(historyReason))
                .executeUpdate();
        // new records have no placement yet: nothing to close before the first one opens
        scoped.sql("""
                        insert into member_placement (member_id, unit_id, starts_on)
                        select e.member_id, e.unit_id, e.starts_on
                        from unnest(cast(:members as uuid[]), cast(:units as bigint[]), cast(:dates as date[]))
                             with ordinality as e(member_id, unit_id, starts_on, n)
                        join org_unit u on u.id = e.unit_id
                        where u.path <@ cast(:scope as ltree)
                        order by e.n""")
                .setParameter("members", SqlArrays.uuids(placedMembers)).setParameter("units", SqlArrays.longs(placedUnits))
                .setParameter("dates", SqlArrays.texts(placedSince))
                .executeUpdate();
        bulk.publishAll(events);
        bulk.auditAll(actor, "member.registered", "member", entries);
        return ids;
    }

    /**
     * The requests' units in one query before anything is written (a lookup per cell while the chunk's records are
     * pending made Hibernate flush-check the whole session each time); with {@code records}, their existing records
     * and card numbers too. Only units in the caller's subtree are found: the others read as absent.
     */
    private Lookups prefetched(List<MemberApi.RegisterRequest> requests, boolean withRecords) {
        Map<String, UnitRef> unitsByCode = units.visibleByCodes(requests.stream().map(MemberApi.RegisterRequest::unitCode)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, Member> existing = withRecords ? records.withNationalIds(requests.stream()
                .map(MemberApi.RegisterRequest::nationalId).filter(Objects::nonNull).distinct().toList()) : Map.of();
        java.util.Set<String> takenCards = withRecords ? records.takenCardNumbers(requests.stream()
                .map(MemberApi.RegisterRequest::partyCardNumber).filter(c -> c != null && !c.isBlank()).map(String::trim)
                .distinct().toList()) : java.util.Set.of();
        return new Lookups() {
            @Override
            public Optional<UnitRef> unit(String code) {
                return Optional.ofNullable(code == null ? null : unitsByCode.get(code));
            }

            @Override
            public Optional<Member> withNationalId(String nationalId) {
                return Optional.ofNullable(existing.get(nationalId));
            }

            @Override
            public boolean cardTaken(String card) {
                return takenCards.contains(card);
            }
        };
    }

    /** What a registration was checked to be: the cell, the status, and the date the person counts there from. */
    private record Registration(UnitRef unit, MemberStatus status, LocalDate inUnitSince) {
    }

    /** Where checkRegistration finds units and existing records: the database one by one, or a chunk's prefetch. */
    private interface Lookups {
        Optional<UnitRef> unit(String code);

        Optional<Member> withNationalId(String nationalId);

        boolean cardTaken(String card);
    }

    private final Lookups direct = new Lookups() {
        @Override
        public Optional<UnitRef> unit(String code) {
            return units.byCode(code);
        }

        @Override
        public Optional<Member> withNationalId(String nationalId) {
            return records.withNationalId(nationalId);
        }

        @Override
        public boolean cardTaken(String card) {
            return records.withCardNumber(card).isPresent();
        }
    };

    private Registration checkRegistration(MemberApi.RegisterRequest request, ActingScope scope) {
        return checkRegistration(request, scope, direct);
    }

    private Registration checkRegistration(MemberApi.RegisterRequest request, ActingScope scope, Lookups lookups) {
        UnitRef unit = memberUnit(request.unitCode(), scope, lookups);
        refuseDuplicate(request.nationalId(), scope, lookups);
        requirePlausibleBirth("dateOfBirth", request.dateOfBirth());
        MemberStatus status = request.status() == null ? MemberStatus.CANDIDATE : request.status();
        LocalDate today = VietnamTime.today();
        MemberRules.checkRegistration(status, request.dateOfBirth(),
                VietnamTime.requirePlausible("admittedOn", request.admittedOn()),
                VietnamTime.requirePlausible("confirmedOn", request.confirmedOn()), today, request.paper());
        if (request.partyCardNumber() != null && !request.partyCardNumber().isBlank()
                && lookups.cardTaken(request.partyCardNumber().trim())) {
            throw cardTaken(request.partyCardNumber());
        }
        LocalDate since = request.inUnitSince() != null ? VietnamTime.requirePlausible("inUnitSince", request.inUnitSince())
                : defaultInUnitSince(status, request.admittedOn(), unit, today);
        return new Registration(unit, status, since);
    }

    /** The record with its personal data: the read itself is audited (who read whom, when). */
    public Member get(UUID id) {
        Member m = visible(id);
        audit.record(PERSONAL_DATA_READ, "member_read", m.id.toString(), Map.of());
        return m;
    }

    public Member update(UUID id, MemberApi.UpdateRequest request, String ifMatch) {
        Member m = visible(id);
        Versions.requireMatch(ifMatch, m.version);
        requirePlausibleBirth("dateOfBirth", request.dateOfBirth());
        refuseTakenCardNumber(request.partyCardNumber(), m.id);
        String previousName = m.fullName;
        applyDetails(m, request.fullName(), request.dateOfBirth(), request.sex(), request.ethnicity(), request.religion(),
                request.partyCardNumber(), request.hometown(), request.education(), request.professionalQualification(),
                request.politicalTheory(), request.occupation());
        touch(m);
        em.flush();
        if (!previousName.equals(m.fullName)) {
            UnitRef unit = units.byId(m.unitId);
            outbox.publish(new MemberRenamed(m.id.toString(), m.fullName, unit.code(), unit.pathCodes(), VietnamTime.today()));
        }
        audit.record("member.updated", "member", m.id.toString(), Map.of("version", m.version));
        return m;
    }

    public Member exit(UUID id, MemberApi.ExitRequest request) {
        Member m = visible(id);
        if (request.kind() == ExitKind.TRANSFERRED_OUT) {
            throw new RuleViolation(MemberRules.EXIT, "a member leaves for another province by a transfer with a destination");
        }
        return recordExit(m, request.kind(), request.effectiveOn(), request.reason(), null);
    }

    /**
     * The member leaves this province's records for another province's organisation on the letter's date.
     * The status event carries the headcount (LEFT, TRANSFERRED_OUT); the transfer event carries the
     * transfer counts. Scope is checked by the transfer feature.
     */
    public void transferOutOfProvince(UUID id, LocalDate letterOn, String destination) {
        Member m = existing(id);
        if (m.status != MemberStatus.PROBATIONARY && m.status != MemberStatus.FULL) {
            throw new RuleViolation(MemberRules.EXIT, "only members are transferred; the record is " + m.status);
        }
        UnitRef unit = units.byId(m.unitId);
        recordExit(m, ExitKind.TRANSFERRED_OUT, letterOn, "transferred to " + destination, null);
        outbox.publish(new MemberTransferredOut(m.id.toString(), unit.code(), units.pathCodesOn(unit, letterOn), destination, letterOn));
    }

    /**
     * A member from another province reports to a cell here: a new record (registered as usual), or a
     * record that transferred out coming back to the status it had. Either way a transfer-in event follows
     * the status event.
     */
    public MemberRef transferIntoProvince(MemberApi.RegisterRequest request, String origin, LocalDate reportedOn) {
        UnitRef unit = memberUnit(request.unitCode(), scoped.capture());
        // the record comes back only to the person it is: national ID, name and date of birth all match; any
        // other record with this national ID is refused as a registration would be, saying nothing of it
        Member returning = records.withNationalId(request.nationalId())
                .filter(m -> m.status == MemberStatus.LEFT && m.exitKind == ExitKind.TRANSFERRED_OUT)
                .filter(m -> m.nameFolded.equals(NameFolding.fold(request.fullName().trim().replaceAll("\\s+", " ")))
                        && m.dateOfBirth.equals(request.dateOfBirth()))
                .orElse(null);
        Member m;
        if (returning == null) {
            if (request.status() != MemberStatus.PROBATIONARY && request.status() != MemberStatus.FULL) {
                throw ProblemException.invalid("status", "a member transferred in is PROBATIONARY or FULL");
            }
            m = register(new MemberApi.RegisterRequest(request.nationalId(), request.fullName(), request.dateOfBirth(),
                    request.sex(), request.ethnicity(), request.religion(), request.partyCardNumber(), request.hometown(),
                    request.education(), request.professionalQualification(), request.politicalTheory(), request.occupation(),
                    request.unitCode(), request.status(), request.admittedOn(), request.confirmedOn(), reportedOn, null));
        } else {
            m = returning;
            if (!reportedOn.isAfter(m.statusSince)) {
                throw ProblemException.invalid("reportedOn", "after the member left on " + m.statusSince);
            }
            MemberStatus resumed = MemberStatusEntry.of(m.id).stream()
                    .filter(e -> e.status != MemberStatus.LEFT).reduce((a, b) -> b).map(e -> e.status)
                    .orElse(MemberStatus.FULL);
            m.status = resumed;
            m.exitKind = null;
            m.statusSince = reportedOn;
            m.unitId = unit.id();
            m.unitPath = unit.path();
            touch(m);
            addStatusEntry(m, reportedOn, "transferred back from " + origin);
            startPlacement(m.id, unit.id(), reportedOn);
            em.flush();
            outbox.publish(new MemberStatusChanged(m.id.toString(), unit.code(), units.pathCodesOn(unit, reportedOn), MemberStatus.LEFT, resumed,
                    null, reportedOn));
        }
        outbox.publish(new MemberTransferredIn(m.id.toString(), m.fullName, m.status, unit.code(), units.pathCodesOn(unit, reportedOn), origin,
                returning != null, reportedOn));
        audit.record("member.transferred-in", "member", m.id.toString(), Map.of("unit", unit.code(), "origin", origin));
        return ref(m);
    }

    /** Expulsion decided by a discipline decision (inspection-service); {@code source} names the decision. */
    public Member expelFromDecision(UUID id, LocalDate effectiveOn, String source) {
        Member m = existing(id);
        return recordExit(m, ExitKind.EXPELLED, effectiveOn, "discipline decision", source);
    }

    /** Striking off at the end of a failed probation, asked by the admission feature (scope checked there). */
    public Member strikeOffAfterProbation(UUID id, LocalDate effectiveOn, String reason) {
        return recordExit(existing(id), ExitKind.STRUCK_OFF, effectiveOn, reason, null);
    }

    public Member startCondition(UUID id, MemberApi.ConditionRequest request) {
        Member m = visible(id);
        Long hostUnitId = null;
        if (request.condition() == MemberCondition.TEMPORARILY_ATTACHED) {
            UnitRef host = units.byCode(Objects.requireNonNullElse(request.hostUnitCode(), ""))
                    .orElseThrow(() -> ProblemException.invalid("hostUnitCode", "a temporary attachment names an existing host cell"));
            MemberRules.checkHoldsMembers(host.code(), host.holdsMembers());
            if (host.id() == m.unitId) {
                throw new RuleViolation(MemberRules.CONDITION, "the host cell is the member's own cell");
            }
            hostUnitId = host.id();
        } else if (request.hostUnitCode() != null) {
            throw ProblemException.invalid("hostUnitCode", "only a temporary attachment has a host cell");
        }
        return recordCondition(m, request.condition(), request.startsOn(), request.endsOn(), hostUnitId, request.reason(), null);
    }

    /** Suspension decided by a discipline body (inspection-service): temporary, with its end date. */
    public Member suspendFromDecision(UUID id, LocalDate startsOn, LocalDate endsOn, String source) {
        return recordCondition(existing(id), MemberCondition.SUSPENDED, startsOn, endsOn, null, "discipline decision", source);
    }

    /**
     * An appeal annulled the expulsion or reduced it to a lighter form (inspection-service): the member was never
     * expelled. The record takes back the status it had before, from the expulsion's date, in the same cell (its
     * placement runs on). The LEFT entry stays in the history, overridden by an entry of the same date recorded
     * later, so what was recorded when stays readable. Conditions the exit ended stay ended. Returns false, and
     * changes nothing, when the member is not expelled (a repeated or late delivery).
     */
    public boolean restoreAfterAnnulledExpulsion(UUID id, String source) {
        Member m = existing(id);
        if (m.status != MemberStatus.LEFT || m.exitKind != ExitKind.EXPELLED) {
            return false;
        }
        LocalDate expelledOn = m.statusSince;
        MemberStatusEntry before = MemberStatusEntry.of(m.id).stream()
                .filter(e -> e.status != MemberStatus.LEFT && !e.effectiveOn.isAfter(expelledOn))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("member " + m.id + " has no status before the expulsion"));
        m.status = before.status;
        m.exitKind = null;
        m.statusSince = before.effectiveOn;
        touch(m);
        addStatusEntry(m, expelledOn, "expulsion annulled on appeal");
        MemberPlacement.of(m.id).stream()
                .filter(p -> expelledOn.equals(p.endsOn) && p.unitId == m.unitId)
                .reduce((a, b) -> b)
                .ifPresent(p -> p.endsOn = null);
        em.flush();
        UnitRef unit = units.byId(m.unitId);
        outbox.publish(new MemberStatusChanged(m.id.toString(), unit.code(), units.pathCodesOn(unit, expelledOn), MemberStatus.LEFT, m.status,
                null, expelledOn));
        audit.record("member.expulsion-annulled", "member", m.id.toString(),
                Map.of("status", m.status, "from", expelledOn, "source", source));
        return true;
    }

    /**
     * A suspension ended before its planned end (inspection-service): the SUSPENDED condition that runs past
     * {@code endsOn} ends then. Returns false, and changes nothing, when none runs past it (already ended).
     */
    public boolean endSuspensionFromDecision(UUID id, LocalDate endsOn, String source) {
        Member m = existing(id);
        LocalDate on = VietnamTime.requirePlausible("endsOn", endsOn);
        Optional<MemberConditionPeriod> open = MemberConditionPeriod.of(m.id).stream()
                .filter(c -> c.condition == MemberCondition.SUSPENDED)
                .filter(c -> c.endsOn == null || c.endsOn.isAfter(on))
                .filter(c -> c.startsOn.isBefore(on))
                .findFirst();
        if (open.isEmpty()) {
            return false;
        }
        open.get().endsOn = on;
        touch(m);
        em.flush();
        UnitRef unit = units.byId(m.unitId);
        outbox.publish(new MemberConditionEnded(m.id.toString(), unit.code(), units.pathCodesOn(unit, on), MemberCondition.SUSPENDED, on));
        audit.record("member.condition-ended", "member", m.id.toString(),
                Map.of("condition", MemberCondition.SUSPENDED, "on", on, "source", source));
        return true;
    }

    public Member endCondition(UUID id, MemberApi.EndConditionRequest request) {
        Member m = visible(id);
        MemberConditionPeriod open = MemberConditionPeriod.of(m.id).stream()
                .filter(c -> c.condition == request.condition())
                .filter(c -> c.endsOn == null || c.endsOn.isAfter(request.endsOn()))
                .filter(c -> c.startsOn.isBefore(request.endsOn()))
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("the member has no " + request.condition()
                        + " running on " + request.endsOn()));
        open.endsOn = VietnamTime.requirePlausible("endsOn", request.endsOn());
        touch(m);
        em.flush();
        UnitRef unit = units.byId(m.unitId);
        outbox.publish(new MemberConditionEnded(m.id.toString(), unit.code(), units.pathCodesOn(unit, open.endsOn), open.condition, open.endsOn));
        audit.record("member.condition-ended", "member", m.id.toString(), Map.of("condition", open.condition, "on", open.endsOn));
        return m;
    }

    public Member readmissionCandidacy(UUID id, MemberApi.ReadmissionCandidacyRequest request) {
        Member m = visible(id);
        UnitRef unit = memberUnit(request.unitCode(), scoped.capture());
        LocalDate on = VietnamTime.requirePlausible("effectiveOn", request.effectiveOn());
        MemberRules.checkReadmissionCandidacy(m.status, m.exitKind, m.readmitted, m.statusSince, on,
                VietnamTime.requirePlausible("provinceConsentOn", request.provinceConsentOn()));
        if (on.isBefore(m.statusSince)) {
            throw ProblemException.invalid("effectiveOn", "must not be before the exit on " + m.statusSince);
        }
        MemberStatus previous = m.status;
        m.status = MemberStatus.CANDIDATE;
        m.exitKind = null;
        m.statusSince = on;
        m.unitId = unit.id();
        m.unitPath = unit.path();
        touch(m);
        addStatusEntry(m, on, "readmission candidacy");
        startPlacement(m.id, unit.id(), on);
        em.flush();
        outbox.publish(new MemberStatusChanged(m.id.toString(), unit.code(), units.pathCodesOn(unit, on), previous, m.status, null, on));
        audit.record("member.readmission-candidacy", "member", m.id.toString(), Map.of("unit", unit.code()));
        return m;
    }

    /**
     * The admission decision makes a candidate probationary. Returns true when this is a readmission
     * (the record has left before), which the admission feature publishes.
     */
    public boolean recordAdmission(UUID id, LocalDate decidedOn) {
        Member m = existing(id);
        if (m.status != MemberStatus.CANDIDATE) {
            throw new RuleViolation("admission.candidate", "only a candidate is admitted; the record is " + m.status);
        }
        // a transfer out of the province and back is not leaving the party
        boolean readmission = MemberStatusEntry.of(m.id).stream()
                .anyMatch(e -> e.status == MemberStatus.LEFT && e.exitKind != ExitKind.TRANSFERRED_OUT);
        m.status = MemberStatus.PROBATIONARY;
        m.statusSince = decidedOn;
        m.admittedOn = decidedOn;
        if (m.firstAdmittedOn == null) {
            m.firstAdmittedOn = decidedOn;
        }
        m.confirmedOn = null;
        m.readmitted = m.readmitted || readmission;
        touch(m);
        addStatusEntry(m, decidedOn, readmission ? "readmitted" : "admitted");
        return readmission;
    }

    /** Confirmation as a full member, effective on the end of probation. */
    public void recordConfirmation(UUID id, LocalDate effectiveOn) {
        Member m = existing(id);
        if (m.status != MemberStatus.PROBATIONARY) {
            throw new RuleViolation("admission.probationary", "only a probationary member is confirmed; the record is " + m.status);
        }
        m.status = MemberStatus.FULL;
        m.statusSince = effectiveOn;
        m.confirmedOn = effectiveOn;
        touch(m);
        addStatusEntry(m, effectiveOn, "confirmed");
    }

    /**
     * Moves a record's official cell from {@code effectiveOn}: never two at once. Used by transfers and by
     * restructuring (mergers, splits, dissolutions), which check the caller's scope over both cells.
     */
    public void reassignCell(UUID id, UnitRef to, LocalDate effectiveOn, String reason) {
        Member m = existing(id);
        if (m.status == MemberStatus.LEFT) {
            throw new RuleViolation(MemberRules.CELL, m.fullName + " has left; a record that left is not moved");
        }
        MemberRules.checkHoldsMembers(to.code(), to.holdsMembers());
        if (to.dissolved()) {
            throw new RuleViolation(MemberRules.CELL, to.code() + " has been dissolved");
        }
        UnitRef from = units.byId(m.unitId);
        if (from.id() == to.id()) {
            return;
        }
        startPlacement(m.id, to.id(), effectiveOn);
        m.unitId = to.id();
        m.unitPath = to.path();
        touch(m);
        em.flush();
        outbox.publish(new MemberTransferred(m.id.toString(), from.code(), units.pathCodesOn(from, effectiveOn), to.code(), units.pathCodesOn(to, effectiveOn),
                reason, effectiveOn));
        audit.record("member.transferred", "member", m.id.toString(),
                Map.of("from", from.code(), "to", to.code(), "on", effectiveOn, "reason", reason));
    }

    /**
     * A temporary transfer received by the host cell: the member attends there over [startsOn, endsOn) and
     * keeps counting in the home cell. The transfer feature has checked the caller's side of it.
     */
    public void attachTemporarily(UUID id, UnitRef host, LocalDate startsOn, LocalDate endsOn, String source) {
        Member m = existing(id);
        MemberRules.checkHoldsMembers(host.code(), host.holdsMembers());
        if (host.id() == m.unitId) {
            throw new RuleViolation(MemberRules.CONDITION, "the host cell is the member's own cell");
        }
        recordCondition(m, MemberCondition.TEMPORARILY_ATTACHED, startsOn, endsOn, host.id(), "temporary transfer", source);
    }

    /** A temporary attachment ends early on {@code on} (the member returns to the home cell). */
    public void endAttachment(UUID id, LocalDate on) {
        endAttachment(id, on, null);
    }

    /**
     * Temporary attachments hosted in units dissolved on {@code on}, other than those a temporary transfer made (the
     * transfer feature settles those): each ends that day, with its event and an audit entry giving {@code reason}.
     * The member goes on counting in the home cell, so nothing else changes.
     *
     * @throws ProblemException 409 for an attachment due to begin on or after the day: it cannot begin in a cell
     *                          that no longer exists, and only the committee that recorded it may withdraw it
     */
    public int endAttachmentsHostedIn(java.util.Collection<Long> hostIds, LocalDate on, String reason) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select c.member_id, c.starts_on, h.code from member_condition c join org_unit h on h.id = c.host_unit_id
                        where c.condition = 'TEMPORARILY_ATTACHED' and c.host_unit_id = any(cast(:hosts as bigint[]))
                          and h.path <@ cast(:scope as ltree) and (c.ends_on is null or c.ends_on > cast(:on as date))
                        order by c.starts_on, c.member_id""")
                .setParameter("hosts", vn.party.membership.reports.SqlArrays.longs(hostIds)).setParameter("on", on)
                .getResultList();
        List<Map<String, Object>> later = rows.stream().filter(r -> !vn.party.backbone.sql.Columns.date(r[1]).isBefore(on))
                .map(r -> Map.<String, Object>of("memberId", r[0].toString(), "hostUnitCode", r[2],
                        "startsOn", vn.party.backbone.sql.Columns.date(r[1]).toString()))
                .toList();
        if (!later.isEmpty()) {
            throw new ProblemException(vn.party.backbone.problem.Problem.of(vn.party.backbone.problem.ProblemType.CONFLICT,
                            later.size() + " temporary attachment(s) to the units dissolved on " + on
                                    + " begin on or after that day: end or withdraw them first")
                    .withRule("restructuring.attachments-begin-after").with("openAttachments", later));
        }
        for (Object[] r : rows) {
            endAttachment((UUID) r[0], on, reason);
        }
        return rows.size();
    }

    private void endAttachment(UUID id, LocalDate on, String reason) {
        Member m = existing(id);
        MemberConditionPeriod open = MemberConditionPeriod.of(m.id).stream()
                .filter(c -> c.condition == MemberCondition.TEMPORARILY_ATTACHED && c.appliesOn(on.minusDays(1)))
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("the member is not temporarily attached on " + on));
        if (!on.isAfter(open.startsOn)) {
            throw ProblemException.invalid("on", "after the attachment began on " + open.startsOn);
        }
        open.endsOn = on;
        touch(m);
        em.flush();
        UnitRef unit = units.byId(m.unitId);
        outbox.publish(new MemberConditionEnded(m.id.toString(), unit.code(), units.pathCodesOn(unit, on), open.condition, on));
        audit.record("member.condition-ended", "member", m.id.toString(), reason == null
                ? Map.of("condition", open.condition, "on", on)
                : Map.of("condition", open.condition, "on", on, "reason", reason));
    }

    /** The member, for another feature, if in the caller's subtree; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberRef visibleRef(UUID id) {
        return ref(visible(id));
    }

    /** The member, for work no caller stands behind (decisions arriving from other services). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberRef ref(UUID id) {
        return ref(existing(id));
    }

    /** Names of members that records already reached in scope point at, by id: one query for a page of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> names(java.util.Collection<UUID> ids) {
        return records.names(ids);
    }

    private MemberRef ref(Member m) {
        return new MemberRef(m.id, m.fullName, m.dateOfBirth, m.status, units.byId(m.unitId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberApi.View view(Member m) {
        LocalDate today = VietnamTime.today();
        List<MemberCondition> conditions = MemberConditionPeriod.of(m.id).stream()
                .filter(c -> c.appliesOn(today)).map(c -> c.condition).distinct().toList();
        return MemberApi.View.of(m, units.byId(m.unitId), conditions);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberApi.History history(UUID id) {
        Member m = visible(id);
        Map<Long, String> codes = new LinkedHashMap<>();
        java.util.function.Function<Long, String> code = unitId -> unitId == null ? null
                : codes.computeIfAbsent(unitId, k -> units.byId(k).code());
        return new MemberApi.History(
                MemberStatusEntry.of(m.id).stream()
                        .map(e -> new MemberApi.StatusEntry(e.status, e.exitKind, e.effectiveOn, e.reason)).toList(),
                MemberPlacement.of(m.id).stream()
                        .map(p -> new MemberApi.Placement(code.apply(p.unitId), p.startsOn, p.endsOn)).toList(),
                MemberConditionPeriod.of(m.id).stream()
                        .map(c -> new MemberApi.Condition(c.condition, c.startsOn, c.endsOn, code.apply(c.hostUnitId),
                                c.reason, c.source)).toList());
    }

    /** The record if it exists and its cell lies in the caller's subtree; 404 otherwise. */
    public Member visible(UUID id) {
        return scoped.find(Member.class, id, "member " + id);
    }

    private Member existing(UUID id) {
        return records.existing(id).orElseThrow(() -> ProblemException.notFound("member " + id));
    }

    private Member recordExit(Member m, ExitKind kind, LocalDate effectiveOn, String reason, String source) {
        MemberRules.checkExit(m.status, kind);
        LocalDate on = VietnamTime.requirePlausible("effectiveOn", effectiveOn);
        if (on.isBefore(m.statusSince)) {
            throw ProblemException.invalid("effectiveOn", "must not be before the current status began, " + m.statusSince);
        }
        MemberStatus previous = m.status;
        m.status = MemberStatus.LEFT;
        m.exitKind = kind;
        m.statusSince = on;
        touch(m);
        addStatusEntry(m, on, reason == null ? kind.name() : reason);
        // the record stays where it was; it no longer counts in any cell from the exit on
        MemberPlacement.current(m.id).ifPresent(p -> {
            if (!p.startsOn.isBefore(on)) {
                throw ProblemException.invalid("effectiveOn", "must be after the member joined the current cell on " + p.startsOn);
            }
            p.endsOn = on;
        });
        MemberConditionPeriod.of(m.id).stream()
                .filter(c -> c.endsOn == null || c.endsOn.isAfter(on))
                .forEach(c -> c.endsOn = c.startsOn.isBefore(on) ? on : c.startsOn.plusDays(1));
        em.flush();
        UnitRef unit = units.byId(m.unitId);
        outbox.publish(new MemberStatusChanged(m.id.toString(), unit.code(), units.pathCodesOn(unit, on), previous, m.status, kind, on));
        audit.record("member.exited", "member", m.id.toString(),
                source == null ? Map.of("kind", kind, "on", on) : Map.of("kind", kind, "on", on, "source", source));
        return m;
    }

    private Member recordCondition(Member m, MemberCondition condition, LocalDate startsOn, LocalDate endsOn,
                                   Long hostUnitId, String reason, String source) {
        MemberRules.checkCondition(m.status, condition, startsOn, endsOn);
        VietnamTime.requirePlausible("startsOn", startsOn);
        VietnamTime.requirePlausible("endsOn", endsOn);
        boolean overlaps = MemberConditionPeriod.of(m.id).stream()
                .anyMatch(c -> c.condition == condition && (c.endsOn == null || c.endsOn.isAfter(startsOn))
                        && (endsOn == null || endsOn.isAfter(c.startsOn)));
        if (overlaps) {
            throw ProblemException.conflict("the member is already " + condition + " over part of that period");
        }
        MemberConditionPeriod period = new MemberConditionPeriod();
        period.memberId = m.id;
        period.condition = condition;
        period.startsOn = startsOn;
        period.endsOn = endsOn;
        period.hostUnitId = hostUnitId;
        period.reason = reason;
        period.source = source;
        period.recordedAt = now();
        period.recordedBy = audit.actor();
        period.persist();
        touch(m);
        em.flush();
        UnitRef unit = units.byId(m.unitId);
        String hostCode = hostUnitId == null ? null : units.byId(hostUnitId).code();
        outbox.publish(new MemberConditionStarted(m.id.toString(), unit.code(), units.pathCodesOn(unit, startsOn), condition, endsOn,
                hostCode, startsOn));
        audit.record("member.condition-started", "member", m.id.toString(),
                source == null ? Map.of("condition", condition, "from", startsOn)
                        : Map.of("condition", condition, "from", startsOn, "source", source));
        return m;
    }

    /**
     * Without a date, a candidate is in the cell from today and an existing member since admission (or
     * since the cell was founded, if later): the best that is known of where they were counted.
     */
    private static LocalDate defaultInUnitSince(MemberStatus status, LocalDate admittedOn, UnitRef unit, LocalDate today) {
        if (status == MemberStatus.CANDIDATE) {
            return today;
        }
        return admittedOn.isAfter(unit.foundedOn()) ? admittedOn : unit.foundedOn();
    }

    /** The cell if it exists and lies in the scope's subtree; 404 otherwise, whichever is the case. */
    private UnitRef memberUnit(String code, ActingScope scope) {
        return memberUnit(code, scope, direct);
    }

    private UnitRef memberUnit(String code, ActingScope scope, Lookups lookups) {
        UnitRef unit = lookups.unit(code).filter(u -> scope.covers(u.path()))
                .orElseThrow(() -> ProblemException.notFound("unit " + code));
        MemberRules.checkHoldsMembers(unit.code(), unit.holdsMembers());
        if (unit.dissolved()) {
            throw new RuleViolation(MemberRules.CELL, unit.code() + " has been dissolved");
        }
        return unit;
    }

    /**
     * One person, one record. The caller learns where the record is only when it lies in their subtree;
     * otherwise only that the person must be transferred in.
     */
    private void refuseDuplicate(String nationalId, ActingScope scope, Lookups lookups) {
        lookups.withNationalId(nationalId).ifPresent(existing -> {
            UnitRef unit = units.byId(existing.unitId);
            if (scope.covers(existing.scopePath())) {
                throw new MemberConflict("nationalId", Problem.of(ProblemType.CONFLICT,
                                "a record with this national ID exists: " + existing.fullName + ", " + unit.name())
                        .with("existingMember", "/api/membership/v1/members/" + existing.id));
            }
            // the same answer whatever and wherever the record is: a party member comes by a transfer
            throw new MemberConflict("nationalId", Problem.of(ProblemType.CONFLICT, "this national ID cannot open a new "
                    + "record here: a party member comes by a transfer, and the province office answers questions about it"));
        });
    }

    private void refuseTakenCardNumber(String card, UUID self) {
        if (card == null || card.isBlank()) {
            return;
        }
        boolean taken = records.withCardNumber(card.trim())
                .filter(other -> !other.id.equals(self)).isPresent();
        if (taken) {
            throw cardTaken(card);
        }
    }

    private static MemberConflict cardTaken(String card) {
        return new MemberConflict("partyCardNumber", Problem.of(ProblemType.CONFLICT,
                "party card number " + card.trim() + " cannot be given to this record: check the number on the card"));
    }

    private static void requirePlausibleBirth(String field, LocalDate dateOfBirth) {
        if (dateOfBirth.getYear() < 1900 || Period.between(dateOfBirth, VietnamTime.today()).getYears() < 16) {
            throw ProblemException.invalid(field, "a person born after 1900 and at least 16 years old");
        }
    }

    private static void applyDetails(Member m, String fullName, LocalDate dateOfBirth, Sex sex, String ethnicity,
                                     String religion, String card, String hometown, String education,
                                     String qualification, PoliticalTheory theory, String occupation) {
        m.fullName = fullName.trim().replaceAll("\\s+", " ");
        m.nameFolded = NameFolding.fold(m.fullName);
        m.dateOfBirth = dateOfBirth;
        m.sex = sex;
        m.ethnicity = ethnicity.trim();
        m.religion = blankToNull(religion);
        m.partyCardNumber = blankToNull(card);
        m.hometown = blankToNull(hometown);
        m.education = blankToNull(education);
        m.professionalQualification = blankToNull(qualification);
        m.politicalTheory = theory;
        m.occupation = blankToNull(occupation);
    }

    private void addStatusEntry(Member m, LocalDate effectiveOn, String reason) {
        addStatusEntry(m, effectiveOn, reason, audit.actor());
    }

    private void addStatusEntry(Member m, LocalDate effectiveOn, String reason, String actor) {
        MemberStatusEntry entry = new MemberStatusEntry();
        entry.memberId = m.id;
        entry.status = m.status;
        entry.exitKind = m.exitKind;
        entry.effectiveOn = effectiveOn;
        entry.reason = reason;
        entry.recordedAt = now();
        entry.recordedBy = actor;
        entry.persist();
    }

    /** Ends the current official cell the day the next begins: never two at once (also a database constraint). */
    static void startPlacement(UUID memberId, long unitId, LocalDate startsOn) {
        MemberPlacement.current(memberId).ifPresent(p -> {
            if (!p.startsOn.isBefore(startsOn)) {
                throw ProblemException.invalid("effectiveOn", "must be after the member joined the current cell on " + p.startsOn);
            }
            p.endsOn = startsOn;
            // Hibernate inserts before it updates: close the old period first, or the database sees two at once
            MemberPlacement.flush();
        });
        MemberPlacement placement = new MemberPlacement();
        placement.memberId = memberId;
        placement.unitId = unitId;
        placement.startsOn = startsOn;
        placement.persist();
    }

    private void touch(Member m) {
        m.updatedAt = now();
        m.updatedBy = audit.actor();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
