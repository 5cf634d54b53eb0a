package vn.party.membership.badge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.sql.Columns;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.BadgeAwarded;
import vn.party.membership.badge.PartyAgeRules.OutsidePeriod;
import vn.party.membership.badge.PartyAgeRules.PartyAge;
import vn.party.membership.member.MemberDirectory;
import vn.party.membership.reports.SqlArrays;
import vn.party.membership.member.MemberRef;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.PartyLife;
import vn.party.membership.orgunit.OrgUnits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Party age, who is due a badge on a presentation date, and awards. Scoped by the member's current cell.
 */
@ApplicationScoped
@Transactional
public class BadgeService {

    static final String NO_PARTY_AGE = "badge.no-party-age";
    static final String FULL_MEMBERS_ONLY = "badge.full-members-only";

    /** Candidates read from the database per round trip while filling a page of those due. */
    private static final int BATCH = 500;

    @Inject
    MemberService members;

    @Inject
    MemberDirectory directory;

    @Inject
    OrgUnits units;

    @Inject
    ScopedData scoped;

    @Inject
    vn.party.membership.reports.ReportTimeLimit limit;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public BadgeApi.PartyAgeView partyAge(UUID memberId, LocalDate asOf) {
        MemberRef member = members.visibleRef(memberId);
        PartyLife life = directory.partyLife(memberId);
        LocalDate on = asOf == null ? VietnamTime.today() : VietnamTime.requirePlausible("asOf", asOf);
        PartyAge age = ageOn(life, on).orElseThrow(() -> new RuleViolation(NO_PARTY_AGE, life.firstAdmittedOn() == null
                ? "the member has never been admitted" : "the member was first admitted on " + life.firstAdmittedOn() + ", after " + on));
        Set<Integer> awarded = awards(memberId).stream().map(a -> a.milestoneYears).collect(Collectors.toCollection(java.util.TreeSet::new));
        LocalDate next = BadgeRules.nextPresentationDate(on);
        Optional<Integer> due = ageOn(life, next).flatMap(a -> BadgeRules.milestoneDueOn(next, a, awarded));
        return new BadgeApi.PartyAgeView(memberId, member.fullName(), life.firstAdmittedOn(), on, age.years(),
                age.period().getMonths(), age.period().getDays(), age.days(),
                life.outside().stream().map(i -> new BadgeApi.Outside(i.from(), i.until())).toList(),
                List.copyOf(awarded), due.orElse(null), due.isPresent() ? next : null);
    }

    public BadgeAward award(BadgeApi.AwardRequest request) {
        MemberRef member = members.visibleRef(request.memberId());
        if (member.status() != vn.party.contracts.membership.MemberStatus.FULL) {
            throw new RuleViolation(FULL_MEMBERS_ONLY, "badges go to full members; the record is " + member.status());
        }
        LocalDate on = VietnamTime.requirePlausible("presentationDate", request.presentationDate());
        BadgeRules.checkAward(on, request.milestoneYears(), ageOn(directory.partyLife(member.id()), on).orElse(null));
        if (awards(member.id()).stream().anyMatch(a -> a.milestoneYears == request.milestoneYears())) {
            throw ProblemException.conflict("the member already holds the " + request.milestoneYears() + "-year badge");
        }
        BadgeAward a = new BadgeAward();
        a.id = UUID.randomUUID();
        a.memberId = member.id();
        a.milestoneYears = request.milestoneYears();
        a.presentationDate = on;
        a.decisionNumber = request.decisionNumber();
        a.unitId = member.unit().id();
        a.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.recordedBy = audit.actor();
        a.memberPath = member.unit().path();
        a.persist();
        em.flush();
        outbox.publish(new BadgeAwarded(member.id().toString(), member.unit().code(), units.pathCodesOn(member.unit(), on),
                a.milestoneYears, on));
        audit.record("badge.awarded", "member", member.id().toString(),
                Map.of("milestoneYears", a.milestoneYears, "presentationDate", on));
        return a;
    }

    /** Visible when its member is. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BadgeAward get(UUID id) {
        return scoped.find(BadgeAward.class, id, "badge award " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BadgeApi.Award view(BadgeAward a) {
        MemberRef m = members.ref(a.memberId);
        return new BadgeApi.Award(a.id, a.memberId, m.fullName(), units.byId(a.unitId).code(), a.milestoneYears,
                a.presentationDate, a.decisionNumber, a.recordedAt, a.recordedBy);
    }

    /**
     * Full members of a unit's subtree (by their current cell; party age counts in full membership, so probationary
     * members are not listed) due a badge on the presentation date, oldest admissions first. The member feature gives
     * the full members first admitted early enough ({@link MemberDirectory#fullMembersAdmittedBy}); those whose first
     * admission, without deducting periods outside party life, reaches no milestone above the highest badge they hold
     * are passed over; the exact party age is then computed from {@link MemberDirectory#partyLife}. Deductions only
     * lower party age, so no one due is left out by the narrowing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BadgeApi.Due> due(LocalDate presentationDate, String unitCode, PageRequest page) {
        return limit.run("badges due", () -> dueWithin(presentationDate, unitCode, page));
    }

    private Page<BadgeApi.Due> dueWithin(LocalDate presentationDate, String unitCode, PageRequest page) {
        BadgeRules.requirePresentationDate(presentationDate);
        // each round trip binds a batch of members as one array: with nested loops a cell of 70,000 ran past 30 s
        limit.preferHashJoins();
        String under = unitCode == null ? scoped.subtreePath() : units.visible(unitCode).path();
        List<Integer> milestones = BadgeRules.milestones(presentationDate);
        LocalDate admittedBy = presentationDate.minusYears(milestones.get(0));
        List<String> cursor = Cursor.parse(page.after(), 2);
        LocalDate afterDate = cursor == null ? null : Cursor.date(cursor.get(0));
        String afterId = cursor == null ? null : Cursor.uuid(cursor.get(1)).toString();

        List<BadgeApi.Due> found = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        UUID afterMember = afterId == null ? null : UUID.fromString(afterId);
        while (found.size() <= page.limit()) {
            List<MemberDirectory.Senior> rows = directory.fullMembersAdmittedBy(under, admittedBy, afterDate, afterMember, BATCH);
            Map<UUID, Integer> held = highestHeld(rows.stream().map(MemberDirectory.Senior::id).toList());
            List<MemberDirectory.Senior> reachable = rows.stream().filter(r -> {
                int highest = held.getOrDefault(r.id(), 0);
                return milestones.stream().anyMatch(x -> x > highest && !r.firstAdmittedOn().plusYears(x).isAfter(presentationDate));
            }).toList();
            Map<UUID, PartyLife> lives = directory.partyLives(reachable);
            for (MemberDirectory.Senior r : rows) {
                afterDate = r.firstAdmittedOn();
                afterMember = r.id();
                int highest = held.getOrDefault(r.id(), 0);
                if (!milestones.stream().anyMatch(x -> x > highest && !r.firstAdmittedOn().plusYears(x).isAfter(presentationDate))) {
                    continue; // narrowing as the SQL did: no milestone above the highest held is reachable even undeducted
                }
                Optional<PartyAge> age = ageOn(lives.get(r.id()), presentationDate);
                Optional<Integer> milestone = age.flatMap(a -> BadgeRules.milestoneDueOn(presentationDate, a,
                        highest == 0 ? Set.of() : Set.of(highest)));
                if (milestone.isPresent()) {
                    found.add(new BadgeApi.Due(r.id(), r.fullName(), r.unitCode(), r.firstAdmittedOn(), age.get().years(),
                            milestone.get()));
                    cursors.add(Cursor.of(r.firstAdmittedOn(), r.id()));
                    if (found.size() > page.limit()) {
                        break;
                    }
                }
            }
            if (rows.size() < BATCH) {
                break;
            }
        }
        if (found.size() <= page.limit()) {
            return new Page<>(found, null);
        }
        return new Page<>(List.copyOf(found.subList(0, page.limit())), cursors.get(page.limit() - 1));
    }

    /** The highest milestone each of the members holds (members without a badge are absent). */
    private Map<UUID, Integer> highestHeld(List<UUID> memberIds) {
        Map<UUID, Integer> held = new java.util.HashMap<>();
        if (memberIds.isEmpty()) {
            return held;
        }
        @SuppressWarnings("unchecked")
        List<BadgeAward> rows = scoped.sql("""
                        select b.*, cast(u.path as text) as memberPath from badge_award b join member m on m.id = b.member_id
                        join org_unit u on u.id = m.unit_id
                        where b.member_id = any(cast(:members as uuid[])) and u.path <@ cast(:scope as ltree)""", BadgeAward.class)
                .setParameter("members", SqlArrays.uuids(memberIds)).getResultList();
        rows.forEach(b -> held.merge(b.memberId, b.milestoneYears, Math::max));
        return held;
    }

    /** The member's badges, lowest milestone first (the member was opened in scope by the caller). */
    private List<BadgeAward> awards(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<BadgeAward> rows = scoped.sql("""
                        select b.*, cast(u.path as text) as memberPath from badge_award b join member m on m.id = b.member_id join org_unit u on u.id = m.unit_id
                        where b.member_id = :member and u.path <@ cast(:scope as ltree)
                        order by b.milestone_years""", BadgeAward.class)
                .setParameter("member", memberId).getResultList();
        return rows;
    }

    /** Party age on a date; empty when the member had not been admitted by then. */
    static Optional<PartyAge> ageOn(PartyLife life, LocalDate on) {
        if (life.firstAdmittedOn() == null || on.isBefore(life.firstAdmittedOn())) {
            return Optional.empty();
        }
        List<OutsidePeriod> outside = new ArrayList<>();
        for (PartyLife.Interval i : life.outside()) {
            LocalDate until = i.until() == null || i.until().isAfter(on) ? on : i.until();
            if (until.isAfter(i.from())) {
                outside.add(new OutsidePeriod(i.from(), until));
            }
        }
        return Optional.of(PartyAgeRules.partyAge(life.firstAdmittedOn(), outside, on));
    }
}
