package vn.party.cadre.rules;

import vn.party.backbone.problem.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Succession planning (quy hoạch cán bộ), Quy định 50-QĐ/TW (2021) on cadre planning, with the figures a
 * province sets as configuration (documented defaults in {@code application.properties}, keys
 * {@code cadre.rules.planning.*}):
 * <ul>
 *   <li>a planned cadre has working age left for the whole term, two terms when planned for the first time,
 *       counted from the later of the term's first day and the day of planning;</li>
 *   <li>no one disciplined at reprimand or above within the rule's period (default 12 months, the time a
 *       discipline is in force) before the day of planning;</li>
 *   <li>at most {@code maxCandidatesPerPosition} cadres planned for one post (default 3) and at most
 *       {@code maxPositionsPerCadre} posts per cadre in one term (default 3);</li>
 *   <li>targets: at least 15% young cadres (under the age limit of the level on the term's first day) and
 *       25% women; ethnic minorities without a target unless configured.</li>
 * </ul>
 * A dated table: a province's new rule is a new row with the date it applies from.
 */
public final class PlanningRules {

    public static final String WORKING_YEARS = "planning.working-years";
    public static final String DISCIPLINED = "planning.disciplined";
    public static final String CANDIDATES_PER_POSITION = "planning.candidates-per-position";
    public static final String POSITIONS_PER_CADRE = "planning.positions-per-cadre";

    /** One row of the table. */
    public record Settings(LocalDate from, String basis, int termYears, int maxCandidatesPerPosition,
                           int maxPositionsPerCadre, int disciplineMonths, Map<PlanLevel, Integer> youngAgeLimits,
                           BigDecimal youngTarget, BigDecimal womenTarget, BigDecimal ethnicMinorityTarget) {
        public Settings {
            Objects.requireNonNull(from, "from");
            youngAgeLimits = Map.copyOf(new EnumMap<>(youngAgeLimits));
            for (PlanLevel level : PlanLevel.values()) {
                if (!youngAgeLimits.containsKey(level)) {
                    throw new IllegalArgumentException("no young-cadre age limit for " + level);
                }
            }
        }
    }

    /** A discipline decision the cadre received. */
    public record Discipline(DisciplineForm form, LocalDate effectiveOn, String decision) {
    }

    /** What the rules need to know of a cadre to be planned. */
    public record Candidate(LocalDate dateOfBirth, Sex sex, boolean firstTimePlanned, List<Discipline> disciplines) {
        public Candidate {
            disciplines = List.copyOf(disciplines);
        }
    }

    private final List<Settings> table;
    private final RetirementRules retirement;

    public PlanningRules(List<Settings> table, RetirementRules retirement) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("a planning rule table needs a row");
        }
        this.table = table.stream().sorted(Comparator.comparing(Settings::from)).toList();
        this.retirement = retirement;
    }

    /** The row in force on {@code date} (the earliest row for dates before it). */
    public Settings on(LocalDate date) {
        Settings found = table.get(0);
        for (Settings s : table) {
            if (!s.from().isAfter(date)) {
                found = s;
            }
        }
        return found;
    }

    public Term term(String text, LocalDate on) {
        return Term.parse(text, on(on).termYears());
    }

    /** Years of working age a cadre needs left: one term, two when planned for the first time. */
    public int requiredWorkingYears(LocalDate on, boolean firstTime) {
        return on(on).termYears() * (firstTime ? 2 : 1);
    }

    /**
     * @param candidatesForPosition cadres already planned for the same post of the same unit, term and level
     * @param positionsOfCadre      posts the cadre is already planned for in the term
     * @throws RuleViolation naming the rule, with the figures behind it as facts
     */
    public void checkAddition(Term term, LocalDate on, Candidate c, int candidatesForPosition, int positionsOfCadre) {
        Settings s = on(on);
        LocalDate countFrom = term.firstDay().isAfter(on) ? term.firstDay() : on;
        int required = requiredWorkingYears(on, c.firstTimePlanned());
        LocalDate retiresOn = retirement.retirementDate(c.dateOfBirth(), c.sex());
        if (retiresOn.isBefore(countFrom.plusYears(required))) {
            throw new RuleViolation(WORKING_YEARS, "the cadre retires on " + retiresOn + ", before " + required
                    + " years of working age from " + countFrom + (c.firstTimePlanned() ? " (two terms when first planned)" : ""),
                    Map.of("retirementDate", retiresOn.toString(), "requiredYears", required, "basis", s.basis()));
        }
        Optional<Discipline> recent = disciplineInForce(c.disciplines(), on);
        if (recent.isPresent()) {
            throw new RuleViolation(DISCIPLINED, "the cadre was disciplined (" + recent.get().form() + ") on "
                    + recent.get().effectiveOn() + ", within " + s.disciplineMonths() + " months",
                    Map.of("form", recent.get().form().name(), "effectiveDate", recent.get().effectiveOn().toString(),
                            "months", s.disciplineMonths()));
        }
        if (candidatesForPosition >= s.maxCandidatesPerPosition()) {
            throw new RuleViolation(CANDIDATES_PER_POSITION, "the post already has " + candidatesForPosition
                    + " planned cadres, the most the rule allows",
                    Map.of("limit", s.maxCandidatesPerPosition(), "planned", candidatesForPosition));
        }
        if (positionsOfCadre >= s.maxPositionsPerCadre()) {
            throw new RuleViolation(POSITIONS_PER_CADRE, "the cadre is already planned for " + positionsOfCadre
                    + " posts in the term, the most the rule allows",
                    Map.of("limit", s.maxPositionsPerCadre(), "planned", positionsOfCadre));
        }
    }

    /** The heaviest discipline of reprimand or above whose effect lasts on {@code on}, if any. */
    public Optional<Discipline> disciplineInForce(List<Discipline> disciplines, LocalDate on) {
        int months = on(on).disciplineMonths();
        return disciplines.stream()
                .filter(d -> d.form().reprimandOrAbove())
                .filter(d -> !d.effectiveOn().isAfter(on) && d.effectiveOn().plusMonths(months).isAfter(on))
                .max(Comparator.comparing(Discipline::form));
    }

    /** Young for the level: under its age limit on the term's first day. */
    public boolean young(PlanLevel level, LocalDate dateOfBirth, Term term) {
        int limit = on(term.firstDay()).youngAgeLimits().get(level);
        return RetirementRules.yearsOn(dateOfBirth, term.firstDay()) < limit;
    }

    public int youngAgeLimit(PlanLevel level, Term term) {
        return on(term.firstDay()).youngAgeLimits().get(level);
    }
}
