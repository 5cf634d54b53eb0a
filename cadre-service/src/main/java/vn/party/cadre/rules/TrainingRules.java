package vn.party.cadre.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The training a post requires (tiêu chuẩn chức danh), by the level of the unit. Documented defaults after
 * the standards of titles of Quy định 89-QĐ/TW (2017) and 214-QĐ/TW (2020): advanced political theory for
 * the party posts of a province and the heads of an intermediate committee, intermediate for the other posts
 * there and for the leaders of a base organisation, elementary for the rest; state management for the heads
 * of government and agencies. A new standard is a new row with the date it applies from.
 */
public final class TrainingRules {

    record Row(LocalDate from, String basis, Map<PlanLevel, Map<PositionKind, Set<ProgrammeKind>>> required) {
    }

    private static final Set<PositionKind> LEADERS = EnumSet.of(PositionKind.SECRETARY, PositionKind.STANDING_DEPUTY_SECRETARY,
            PositionKind.DEPUTY_SECRETARY, PositionKind.INSPECTION_COMMISSION_CHAIR, PositionKind.DEPARTMENT_HEAD,
            PositionKind.PEOPLES_COMMITTEE_CHAIR, PositionKind.PEOPLES_COUNCIL_CHAIR);
    private static final Set<PositionKind> STATE_HEADS = EnumSet.of(PositionKind.PEOPLES_COMMITTEE_CHAIR,
            PositionKind.PEOPLES_COUNCIL_CHAIR, PositionKind.AGENCY_DIRECTOR);

    private final List<Row> table;

    private TrainingRules(List<Row> table) {
        this.table = table;
    }

    public static TrainingRules defaults() {
        Map<PlanLevel, Map<PositionKind, Set<ProgrammeKind>>> required = new java.util.EnumMap<>(PlanLevel.class);
        for (PlanLevel level : PlanLevel.values()) {
            Map<PositionKind, Set<ProgrammeKind>> byKind = new java.util.EnumMap<>(PositionKind.class);
            for (PositionKind kind : PositionKind.values()) {
                Set<ProgrammeKind> needs = EnumSet.noneOf(ProgrammeKind.class);
                needs.add(switch (level) {
                    case PROVINCE -> ProgrammeKind.ADVANCED_POLITICAL_THEORY;
                    case INTERMEDIATE -> LEADERS.contains(kind) ? ProgrammeKind.ADVANCED_POLITICAL_THEORY
                            : ProgrammeKind.INTERMEDIATE_POLITICAL_THEORY;
                    case BASE -> LEADERS.contains(kind) ? ProgrammeKind.INTERMEDIATE_POLITICAL_THEORY
                            : ProgrammeKind.ELEMENTARY_POLITICAL_THEORY;
                });
                if (STATE_HEADS.contains(kind)) {
                    needs.add(switch (level) {
                        case PROVINCE -> ProgrammeKind.STATE_MANAGEMENT_SENIOR;
                        case INTERMEDIATE -> ProgrammeKind.STATE_MANAGEMENT_PRINCIPAL;
                        case BASE -> ProgrammeKind.STATE_MANAGEMENT_SPECIALIST;
                    });
                }
                byKind.put(kind, Set.copyOf(needs));
            }
            required.put(level, Map.copyOf(byKind));
        }
        return new TrainingRules(List.of(new Row(LocalDate.of(2020, 1, 1),
                "documented default after 89-QĐ/TW (2017), 214-QĐ/TW (2020)", Map.copyOf(required))));
    }

    private Row on(LocalDate date) {
        Row found = table.get(0);
        for (Row r : table) {
            if (!r.from().isAfter(date)) {
                found = r;
            }
        }
        return found;
    }

    public Set<ProgrammeKind> required(PlanLevel level, PositionKind kind, LocalDate on) {
        return on(on).required().get(level).get(kind);
    }

    /** The requirements not met by what the cadre has completed (programmes or levels held). */
    public Set<ProgrammeKind> missing(PlanLevel level, PositionKind kind, LocalDate on, Set<ProgrammeKind> held) {
        Set<ProgrammeKind> missing = EnumSet.noneOf(ProgrammeKind.class);
        for (ProgrammeKind need : required(level, kind, on)) {
            if (held.stream().noneMatch(h -> h.satisfies(need))) {
                missing.add(need);
            }
        }
        return missing;
    }
}
