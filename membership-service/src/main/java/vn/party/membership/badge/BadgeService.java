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
import vn.party.backbone.scope.CallerScope;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.BadgeAwarded;
import vn.party.membership.badge.PartyAgeRules.OutsidePeriod;
import vn.party.membership.badge.PartyAgeRules.PartyAge;
import vn.party.membership.member.MemberDirectory;
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

    /** Candidates read from the database per round trip while filling a page of those due. */
    private static final int BATCH = 500;

    @Inject
    MemberService members;

    @Inject
    MemberDirectory directory;

    @Inject
    OrgUnits units;

    @Inject
    CallerScope caller;

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
        Set<Integer> awarded = BadgeAward.of(memberId).stream().map(a -> a.milestoneYears).collect(Collectors.toCollection(java.util.TreeSet::new));
        LocalDate next = BadgeRules.nextPresentationDate(on);
        Optional<Integer> due = ageOn(life, next).flatMap(a -> BadgeRules.milestoneDueOn(next, a, awarded));
        return new BadgeApi.PartyAgeView(memberId, member.fullName(), life.firstAdmittedOn(), on, age.years(),
                age.period().getMonths(), age.period().getDays(), age.days(),
                life.outside().stream().map(i -> new BadgeApi.Outside(i.from(), i.until())).toList(),
                List.copyOf(awarded), due.orElse(null), due.isPresent() ? next : null);
    }

    public BadgeAward award(BadgeApi.AwardRequest request) {
        MemberRef member = members.visibleRef(request.memberId());
        LocalDate on = VietnamTime.requirePlausible("presentationDate", request.presentationDate());
        BadgeRules.checkAward(on, request.milestoneYears(), ageOn(directory.partyLife(member.id()), on).orElse(null));
        if (BadgeAward.of(member.id()).stream().anyMatch(a -> a.milestoneYears == request.milestoneYears())) {
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
        a.persist();
        em.flush();
        outbox.publish(new BadgeAwarded(member.id().toString(), member.unit().code(), member.unit().pathCodes(),
                a.milestoneYears, on));
        audit.record("badge.awarded", "member", member.id().toString(),
                Map.of("milestoneYears", a.milestoneYears, "presentationDate", on));
        return a;
    }

    /** Visible when its member is. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BadgeAward get(UUID id) {
        BadgeAward a = BadgeAward.<BadgeAward>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("badge award " + id));
        try {
            members.visibleRef(a.memberId);
        } catch (ProblemException e) {
            throw ProblemException.notFound("badge award " + id);
        }
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BadgeApi.Award view(BadgeAward a) {
        MemberRef m = members.ref(a.memberId);
        return new BadgeApi.Award(a.id, a.memberId, m.fullName(), units.byId(a.unitId).code(), a.milestoneYears,
                a.presentationDate, a.decisionNumber, a.recordedAt, a.recordedBy);
    }

    /**
     * Members of a unit's subtree (by their current cell; probationary or full now) due a badge on the presentation
     * date, oldest admissions first. SQL narrows the candidates to those whose first admission, without deducting
     * periods outside party life, reaches a milestone above the highest badge they hold; the exact party age is
     * then computed in Java from {@link MemberDirectory#partyLife}. Deductions only lower party age, so no one due
     * is left out by the narrowing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BadgeApi.Due> due(LocalDate presentationDate, String unitCode, PageRequest page) {
        BadgeRules.requirePresentationDate(presentationDate);
        String under = unitCode == null ? caller.subtreePath() : units.visible(unitCode).path();
        List<Integer> milestones = BadgeRules.milestones(presentationDate);
        LocalDate admittedBy = presentationDate.minusYears(milestones.get(0));
        String milestoneArray = milestones.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        List<String> cursor = Cursor.parse(page.after(), 2);
        LocalDate afterDate = cursor == null ? null : Cursor.date(cursor.get(0));
        String afterId = cursor == null ? null : Cursor.uuid(cursor.get(1)).toString();

        List<BadgeApi.Due> found = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        while (found.size() <= page.limit()) {
            List<Object[]> rows = candidates(under, presentationDate, admittedBy, milestoneArray, afterDate, afterId);
            for (Object[] r : rows) {
                UUID memberId = (UUID) r[0];
                LocalDate first = Columns.date(r[3]);
                afterDate = first;
                afterId = memberId.toString();
                Set<Integer> held = r[4] == null ? Set.of() : Set.of(((Number) r[4]).intValue());
                Optional<PartyAge> age = ageOn(directory.partyLife(memberId), presentationDate);
                Optional<Integer> milestone = age.flatMap(a -> BadgeRules.milestoneDueOn(presentationDate, a, held));
                if (milestone.isPresent()) {
                    found.add(new BadgeApi.Due(memberId, (String) r[1], (String) r[2], first, age.get().years(), milestone.get()));
                    cursors.add(Cursor.of(first, memberId));
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

    private List<Object[]> candidates(String under, LocalDate presentationDate, LocalDate admittedBy, String milestones,
                                      LocalDate afterDate, String afterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select * from (
                          select m.id, m.full_name, u.code, m.first_admitted_on,
                                 (select max(b.milestone_years) from badge_award b where b.member_id = m.id) as held,
                                 (select max(x) from unnest(cast(cast(?5 as text) as int[])) x
                                   where x <= extract(year from age(cast(?3 as date), m.first_admitted_on))) as reachable
                          from member m join org_unit u on u.id = m.unit_id
                          where u.path <@ cast(?1 as ltree) and u.path <@ cast(?2 as ltree)
                            and m.status in ('PROBATIONARY', 'FULL')
                            and m.first_admitted_on <= cast(?4 as date)
                            and (cast(?6 as date) is null or (m.first_admitted_on, m.id) > (cast(?6 as date), cast(?7 as uuid)))
                        ) c
                        where c.reachable > coalesce(c.held, 0)
                        order by c.first_admitted_on, c.id
                        limit ?8""")
                .setParameter(1, caller.subtreePath())
                .setParameter(2, under)
                .setParameter(3, presentationDate)
                .setParameter(4, admittedBy)
                .setParameter(5, milestones)
                .setParameter(6, afterDate)
                .setParameter(7, afterId)
                .setParameter(8, BATCH)
                .getResultList();
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
