package vn.party.membership.badge;

import vn.party.backbone.problem.RuleViolation;
import vn.party.membership.badge.PartyAgeRules.PartyAge;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Party badges (Huy hiệu Đảng): awarded at party-age milestones, presented on fixed days of the year. A member
 * is due at a presentation date for the highest milestone reached by that date (party age counted up to it),
 * unless that or a higher badge was already awarded. So the badge comes at the first presentation date on or
 * after the milestone, and a member missed then stays on the list of later dates. Early award for severe
 * illness or posthumous award is a decision outside these rules.
 */
public final class BadgeRules {

    public static final String PRESENTATION_DATE = "badge.presentation-date";
    public static final String MILESTONE = "badge.milestone";
    public static final String MILESTONE_NOT_REACHED = "badge.milestone-not-reached";

    record BadgeRule(String regulation, LocalDate from, List<Integer> milestones, List<MonthDay> presentationDays) {
    }

    // Hướng dẫn 01-HD/TW (28 Sep 2021), mục 18, on the Statute; used for every date the suite covers (an earlier
    // rule that differs would be an entry before it).
    private static final List<BadgeRule> TABLE = List.of(
            new BadgeRule("01-HD/TW", LocalDate.of(2015, 1, 1),
                    List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90),
                    List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2), MonthDay.of(11, 7))));

    static BadgeRule ruleOn(LocalDate date) {
        BadgeRule found = TABLE.get(0);
        for (BadgeRule rule : TABLE) {
            if (!rule.from().isAfter(date)) {
                found = rule;
            }
        }
        return found;
    }

    public static List<Integer> milestones(LocalDate on) {
        return ruleOn(on).milestones();
    }

    public static boolean isPresentationDate(LocalDate date) {
        return ruleOn(date).presentationDays().contains(MonthDay.from(date));
    }

    /** The first presentation date on or after {@code date}. */
    public static LocalDate nextPresentationDate(LocalDate date) {
        LocalDate d = date;
        while (!isPresentationDate(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * @param ageOnPresentationDate the member's party age as of {@code presentationDate}
     * @param alreadyAwarded        milestones of the badges the member holds
     * @throws RuleViolation {@code badge.presentation-date} when the date is not a presentation day
     */
    public static Optional<Integer> milestoneDueOn(LocalDate presentationDate, PartyAge ageOnPresentationDate,
                                                   Set<Integer> alreadyAwarded) {
        BadgeRule rule = ruleOn(presentationDate);
        if (!rule.presentationDays().contains(MonthDay.from(presentationDate))) {
            throw new RuleViolation(PRESENTATION_DATE, "badges are presented on 3 February, 19 May, 2 September and 7 November, not on "
                    + presentationDate);
        }
        if (!ageOnPresentationDate.asOf().equals(presentationDate)) {
            throw new IllegalArgumentException("party age is as of " + ageOnPresentationDate.asOf() + ", not the presentation date " + presentationDate);
        }
        int years = ageOnPresentationDate.years();
        Optional<Integer> reached = rule.milestones().stream().filter(m -> m <= years).reduce((a, b) -> b);
        int highestAwarded = alreadyAwarded.stream().mapToInt(Integer::intValue).max().orElse(0);
        return reached.filter(m -> m > highestAwarded);
    }

    /**
     * An award recorded for a presentation date: the date is a presentation day, the milestone is one of the rule's,
     * and the member's party age on that date has reached it.
     *
     * @param ageOnPresentationDate the member's party age as of {@code presentationDate}; null when the member was
     *                              not yet admitted on it
     * @throws RuleViolation {@code badge.presentation-date}, {@code badge.milestone} or
     *                       {@code badge.milestone-not-reached} (with the party age and the milestone as facts)
     */
    public static void checkAward(LocalDate presentationDate, int milestoneYears, PartyAge ageOnPresentationDate) {
        requirePresentationDate(presentationDate);
        List<Integer> milestones = milestones(presentationDate);
        if (!milestones.contains(milestoneYears)) {
            throw new RuleViolation(MILESTONE, "badges mark " + milestones + " years of party age, not " + milestoneYears);
        }
        int years = ageOnPresentationDate == null ? 0 : ageOnPresentationDate.years();
        if (years < milestoneYears) {
            throw new RuleViolation(MILESTONE_NOT_REACHED, "the member's party age on " + presentationDate + " is " + years
                    + " years, short of the " + milestoneYears + "-year badge",
                    java.util.Map.of("partyAgeYears", years, "milestoneYears", milestoneYears));
        }
    }

    /** @throws RuleViolation {@code badge.presentation-date} when the date is not a presentation day */
    public static void requirePresentationDate(LocalDate date) {
        if (!isPresentationDate(date)) {
            throw new RuleViolation(PRESENTATION_DATE, "badges are presented on 3 February, 19 May, 2 September and 7 November, not on "
                    + date);
        }
    }

    private BadgeRules() {
    }
}
