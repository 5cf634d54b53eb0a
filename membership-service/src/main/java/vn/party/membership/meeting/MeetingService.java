package vn.party.membership.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.ScopedData;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.MeetingHeld;
import vn.party.contracts.membership.MeetingKind;
import vn.party.contracts.membership.MemberCondition;
import vn.party.membership.member.MemberDirectory;
import vn.party.membership.member.MemberOnDate;
import vn.party.membership.member.MemberService;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Records cell meetings with their attendance and the minutes' totals. */
@ApplicationScoped
@Transactional
public class MeetingService {

    @Inject
    MemberDirectory directory;

    @Inject
    MemberService members;

    @Inject
    OrgUnits units;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    ScopedData scoped;

    public CellMeeting record(MeetingApi.RecordRequest request) {
        UnitRef cell = units.visible(request.cellCode());
        if (!cell.holdsMembers()) {
            throw new RuleViolation(MeetingRules.HELD_BY_CELL, "meetings are held by a cell or a base cell; " + cell.code()
                    + " is a " + cell.kind(), Map.of("unitKind", cell.kind().name()));
        }
        LocalDate heldOn = VietnamTime.requirePlausible("heldOn", request.heldOn());
        if (heldOn.isAfter(VietnamTime.today())) {
            throw ProblemException.invalid("heldOn", "a meeting already held: not after today");
        }
        if (heldOn.isBefore(cell.foundedOn())) {
            throw new RuleViolation(MeetingRules.CELL_EXISTS, cell.code() + " was founded on " + cell.foundedOn(),
                    Map.of("foundedOn", cell.foundedOn().toString()));
        }
        if (cell.dissolvedOn() != null && !heldOn.isBefore(cell.dissolvedOn())) {
            throw new RuleViolation(MeetingRules.CELL_EXISTS, cell.code() + " was dissolved on " + cell.dissolvedOn(),
                    Map.of("dissolvedOn", cell.dissolvedOn().toString()));
        }
        if ((request.kind() == MeetingKind.THEMATIC) != (request.theme() != null && !request.theme().isBlank())) {
            throw ProblemException.invalid("theme", "required for a THEMATIC meeting and absent for a REGULAR one");
        }
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < request.attendance().size(); i++) {
            if (!named.add(request.attendance().get(i).memberId())) {
                throw ProblemException.invalid("attendance[" + i + "].memberId", "the member appears in an earlier row");
            }
        }
        if (request.kind() == MeetingKind.REGULAR) {
            YearMonth month = YearMonth.from(heldOn);
            @SuppressWarnings("unchecked")
            List<CellMeeting> regular = scoped.sql("""
                            select m.*, cast(u.path as text) as cellPath from cell_meeting m join org_unit u on u.id = m.unit_id
                            where m.unit_id = :cell and m.kind = 'REGULAR' and m.held_on between :from and :to
                              and u.path <@ cast(:scope as ltree)""", CellMeeting.class)
                    .setParameter("cell", cell.id()).setParameter("from", month.atDay(1))
                    .setParameter("to", month.atEndOfMonth()).setMaxResults(1).getResultList();
            regular.stream().findFirst().ifPresent(m -> {
                throw ProblemException.conflict(cell.code() + " already held its regular meeting for " + month + " on " + m.heldOn);
            });
        }

        Map<UUID, MeetingRules.OnTheDay> people = people(cell, heldOn);
        List<MeetingRules.Row> rows = request.attendance().stream()
                .map(r -> new MeetingRules.Row(r.memberId(), r.attendance(), Boolean.TRUE.equals(r.committeeMember()))).toList();
        MeetingRules.Minutes minutes = MeetingRules.minutes(people, rows);

        CellMeeting m = new CellMeeting();
        m.id = UUID.randomUUID();
        m.unitId = cell.id();
        m.heldOn = heldOn;
        m.kind = request.kind();
        m.theme = request.kind() == MeetingKind.THEMATIC ? request.theme().trim() : null;
        m.totalMembers = minutes.total();
        m.fullMembers = minutes.full();
        m.probationaryMembers = minutes.probationary();
        m.attachedMembers = minutes.attached();
        m.exemptedMembers = minutes.exempted();
        m.present = minutes.present();
        m.absentWithReason = minutes.absentWithReason();
        m.absentWithoutReason = minutes.absentWithoutReason();
        m.committeeTotal = minutes.committeeTotal();
        m.committeePresent = minutes.committeePresent();
        m.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        m.createdBy = audit.actor();
        m.cellPath = cell.path();
        m.persist();
        for (MeetingRules.Row r : rows) {
            MeetingAttendance a = new MeetingAttendance();
            a.id = new MeetingAttendance.Key(m.id, r.memberId());
            a.attendance = r.attendance();
            a.committeeMember = r.committeeMember();
            a.attached = !people.get(r.memberId()).official();
            a.persist();
        }
        em.flush();
        outbox.publish(new MeetingHeld(m.id.toString(), cell.code(), units.pathCodesOn(cell, heldOn), m.kind, m.totalMembers,
                m.fullMembers, m.probationaryMembers, m.attachedMembers, m.exemptedMembers, m.present,
                m.absentWithReason, m.absentWithoutReason, m.committeeTotal, m.committeePresent, heldOn));
        audit.record("meeting.recorded", "cell_meeting", m.id.toString(),
                Map.of("cell", cell.code(), "heldOn", heldOn.toString(), "kind", m.kind, "rows", rows.size()));
        return m;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CellMeeting get(UUID id) {
        return scoped.find(CellMeeting.class, id, "meeting " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingApi.View view(CellMeeting m) {
        UnitRef cell = units.byId(m.unitId);
        List<MeetingApi.Attendee> attendees = MeetingAttendance.of(m.id).stream()
                .map(a -> new MeetingApi.Attendee(a.id.memberId, members.ref(a.id.memberId).fullName(), a.attendance,
                        a.committeeMember, a.attached))
                .sorted(java.util.Comparator.comparing(MeetingApi.Attendee::fullName))
                .toList();
        return new MeetingApi.View(m.id, cell.code(), cell.name(), m.heldOn, m.kind, m.theme,
                new MeetingApi.Totals(m.totalMembers, m.fullMembers, m.probationaryMembers, m.attachedMembers,
                        m.exemptedMembers, m.present, m.absentWithReason, m.absentWithoutReason, m.committeeTotal,
                        m.committeePresent),
                attendees, m.version);
    }

    /** The cell's official members that day with their conditions, and the members attached to it. */
    private Map<UUID, MeetingRules.OnTheDay> people(UnitRef cell, LocalDate on) {
        List<MemberOnDate> official = directory.officialMembersUnder(cell.path(), on);
        Map<UUID, Set<MemberCondition>> conditions = directory.conditionsOfOfficialMembers(cell.path(), on);
        Map<UUID, MeetingRules.OnTheDay> people = new LinkedHashMap<>();
        for (MemberOnDate p : official) {
            Set<MemberCondition> c = conditions.getOrDefault(p.id(), Set.of());
            people.put(p.id(), new MeetingRules.OnTheDay(p.id(), p.status(), true, c.contains(MemberCondition.EXEMPTED),
                    c.contains(MemberCondition.SUSPENDED) || c.contains(MemberCondition.TEMPORARILY_ATTACHED)));
        }
        for (MemberOnDate p : directory.attachedTo(cell.id(), on)) {
            people.putIfAbsent(p.id(), new MeetingRules.OnTheDay(p.id(), p.status(), false, false, true));
        }
        return people;
    }
}
