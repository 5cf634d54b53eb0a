package vn.party.membership.restructuring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.OrgUnitSplit;
import vn.party.contracts.membership.OrgUnitsMerged;
import vn.party.membership.member.MemberDirectory;
import vn.party.membership.member.MemberOnDate;
import vn.party.membership.member.MemberService;
import vn.party.membership.orgunit.OrgUnitApi;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Restructuring the tree (DOMAIN.md "Membership"): moves, dissolutions, mergers and splits, each dated,
 * each one transaction with its member transfers, so the tree and the headcounts stay answerable "as of"
 * any date. Every step publishes its own event (moved, dissolved, founded, member transferred); mergers
 * and splits then publish a summary.
 */
@ApplicationScoped
@Transactional
public class RestructuringService {

    static final String RESTRUCTURING = "RESTRUCTURING";
    public static final String MEMBERS_REMAIN = "restructuring.members-remain";
    public static final String UNITS_REMAIN = "restructuring.units-remain";
    public static final String NOT_UNDER_SOURCE = "restructuring.not-under-source";

    @Inject
    OrgUnits units;

    @Inject
    MemberService members;

    @Inject
    MemberDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    vn.party.membership.transfer.TransferService transfers;

    public RestructuringApi.Result move(RestructuringApi.MoveRequest request) {
        LocalDate on = dated(request.effectiveOn());
        units.move(request.unitCode(), request.newParentCode(), on);
        return new RestructuringApi.Result("MOVE", on, List.of(), List.of(request.unitCode()), List.of(), 0);
    }

    public RestructuringApi.Result dissolve(RestructuringApi.DissolveRequest request) {
        LocalDate on = dated(request.effectiveOn());
        UnitRef unit = units.visible(request.unitCode());
        int moved = 0;
        List<MemberOnDate> remaining = directory.currentlyPlacedUnder(unit.path());
        if (!remaining.isEmpty()) {
            if (request.membersTo() == null) {
                throw new RuleViolation(MEMBERS_REMAIN, remaining.size() + " members and candidates remain in "
                        + unit.code() + "; transfer them first or name a cell in membersTo", Map.of("remaining", remaining.size()));
            }
            UnitRef target = units.visible(request.membersTo());
            if (target.path().startsWith(unit.path() + ".") || target.id() == unit.id()) {
                throw new RuleViolation(MEMBERS_REMAIN, "the members cannot go to a unit that is dissolved with them");
            }
            moved = transferAll(remaining, target, on);
        }
        List<UnitRef> subtree = subtree(unit);
        settleTransfersInto(subtree, on, "dissolution of " + unit.code());
        List<String> dissolved = subtree.stream().map(UnitRef::code).toList();
        units.dissolve(unit.code(), on);
        return new RestructuringApi.Result("DISSOLVE", on, List.of(), List.of(), dissolved, moved);
    }

    public RestructuringApi.Result merge(RestructuringApi.MergeRequest request) {
        LocalDate on = dated(request.effectiveOn());
        if ((request.intoUnitCode() == null) == (request.newUnit() == null)) {
            throw ProblemException.invalid("intoUnitCode", "give either intoUnitCode (an existing unit) or newUnit");
        }
        Set<String> sourceCodes = new LinkedHashSet<>(request.unitCodes());
        List<UnitRef> sources = sourceCodes.stream().map(units::visible).toList();
        List<String> founded = new ArrayList<>();
        UnitRef target;
        if (request.newUnit() != null) {
            target = units.found(foundedOn(request.newUnit(), on));
            founded.add(target.code());
        } else {
            target = units.visible(request.intoUnitCode());
            if (sourceCodes.contains(target.code())) {
                throw ProblemException.invalid("unitCodes", "the target is not one of the merged units");
            }
        }
        int moved = 0;
        List<String> movedUnits = new ArrayList<>();
        List<String> dissolved = new ArrayList<>();
        for (UnitRef source : sources) {
            if (target.path().startsWith(source.path() + ".")) {
                throw new RuleViolation(NOT_UNDER_SOURCE, "the target stands under " + source.code() + ", which is dissolved");
            }
            for (UnitRef child : units.children(source)) {
                units.move(child.code(), target.code(), on);
                movedUnits.add(child.code());
            }
            moved += transferAll(directory.currentlyPlacedUnder(source.path()), target, on);
            dissolved.add(source.code());
            settleTransfersInto(List.of(source), on, "merger of " + source.code() + " into " + target.code());
            units.dissolve(source.code(), on);
        }
        UnitRef after = units.visible(target.code());
        outbox.publish(new OrgUnitsMerged(after.code(), after.pathCodes(), List.copyOf(sourceCodes), on));
        return new RestructuringApi.Result("MERGE", on, founded, movedUnits, dissolved, moved);
    }

    public RestructuringApi.Result split(RestructuringApi.SplitRequest request) {
        LocalDate on = dated(request.effectiveOn());
        UnitRef source = units.visible(request.unitCode());
        Map<UUID, MemberOnDate> sourceMembers = directory.currentlyPlacedUnder(source.path()).stream()
                .filter(m -> m.unitId() == source.id())
                .collect(Collectors.toMap(MemberOnDate::id, m -> m));
        Set<String> sourceChildren = units.children(source).stream().map(UnitRef::code).collect(Collectors.toSet());
        Set<UUID> claimed = new HashSet<>();
        List<String> founded = new ArrayList<>();
        List<String> movedUnits = new ArrayList<>();
        int moved = 0;
        for (RestructuringApi.Part part : request.parts()) {
            UnitRef created = units.found(foundedOn(part.unit(), on));
            founded.add(created.code());
            for (String child : nullToEmpty(part.unitCodes())) {
                if (!sourceChildren.contains(child)) {
                    throw new RuleViolation(NOT_UNDER_SOURCE, child + " does not stand under " + source.code());
                }
                units.move(child, created.code(), on);
                movedUnits.add(child);
            }
            for (UUID memberId : nullToEmpty(part.memberIds())) {
                if (!sourceMembers.containsKey(memberId) || !claimed.add(memberId)) {
                    throw new RuleViolation(NOT_UNDER_SOURCE, "member " + memberId + " is not in " + source.code()
                            + " or is named in two parts");
                }
                members.reassignCell(memberId, created, on, RESTRUCTURING);
                moved++;
            }
        }
        if (!request.sourceRemains()) {
            int leftBehind = sourceMembers.size() - claimed.size();
            if (leftBehind > 0) {
                throw new RuleViolation(MEMBERS_REMAIN, leftBehind + " members of " + source.code()
                        + " are in no part; name them or keep the unit", Map.of("remaining", leftBehind));
            }
            if (!units.children(units.visible(source.code())).isEmpty()) {
                throw new RuleViolation(UNITS_REMAIN, "units still stand under " + source.code() + "; name them in a part or keep it");
            }
            settleTransfersInto(List.of(source), on, "split of " + source.code());
            units.dissolve(source.code(), on);
        }
        outbox.publish(new OrgUnitSplit(source.code(), source.pathCodes(), founded, request.sourceRemains(), on));
        return new RestructuringApi.Result("SPLIT", on, founded, movedUnits,
                request.sourceRemains() ? List.of() : List.of(source.code()), moved);
    }

    private int transferAll(List<MemberOnDate> people, UnitRef target, LocalDate on) {
        for (MemberOnDate person : people) {
            members.reassignCell(person.id(), target, on, RESTRUCTURING);
        }
        return people.size();
    }

    private List<UnitRef> subtree(UnitRef unit) {
        List<UnitRef> all = new ArrayList<>();
        all.add(unit);
        for (UnitRef child : units.children(unit)) {
            all.addAll(subtree(child));
        }
        return all;
    }

    /**
     * Before units are dissolved: temporary attachments to them end on the day, and letters still on their way to
     * them refuse the dissolution (TransferService#settleForDissolution says why), so no member is left attached
     * to, or heading for, a cell that no longer exists.
     */
    private void settleTransfersInto(List<UnitRef> dissolving, LocalDate on, String reason) {
        List<Long> ids = dissolving.stream().map(UnitRef::id).toList();
        transfers.settleForDissolution(ids, on, reason);
        members.endAttachmentsHostedIn(ids, on, reason);
    }

    private static OrgUnitApi.FoundRequest foundedOn(OrgUnitApi.FoundRequest r, LocalDate on) {
        return new OrgUnitApi.FoundRequest(r.code(), r.name(), r.kind(), r.organisationType(), r.parentCode(), on, r.cellKind());
    }

    private static LocalDate dated(LocalDate effectiveOn) {
        VietnamTime.requirePlausible("effectiveOn", effectiveOn);
        if (effectiveOn.isAfter(VietnamTime.today().plusYears(1))) {
            throw ProblemException.invalid("effectiveOn", "at most a year ahead");
        }
        return effectiveOn;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
