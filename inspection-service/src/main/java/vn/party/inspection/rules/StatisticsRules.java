package vn.party.inspection.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Which set of statistical tables the inspection sector files for a period: Quyết định 357-QĐ/UBKTTW (2016, 22
 * tables) until Quyết định 885-QĐ/UBKTTW (2022-12-29, 26 tables). The tables are built by reporting-service from
 * this service's events; this class says which set applies to a period ending on a given day.
 */
public final class StatisticsRules {

    /** @param periods reporting periods of the set; empty where this service does not model them */
    public record TableSet(String name, LocalDate appliesFrom, int tables, List<String> periods) {
    }

    static final List<TableSet> TABLE_SETS = List.of(
            // 357-QĐ/UBKTTW (2016): taken as applying from 2016-01-01; its periods are not modelled here
            new TableSet("357-QĐ/UBKTTW", LocalDate.of(2016, 1, 1), 22, List.of()),
            // 885-QĐ/UBKTTW (2022-12-29)
            new TableSet("885-QĐ/UBKTTW", LocalDate.of(2022, 12, 29), 26,
                    List.of("MONTH", "FIRST_QUARTER", "SIX_MONTHS", "NINE_MONTHS", "YEAR", "TERM")));

    public static TableSet inForce(LocalDate date) {
        return TABLE_SETS.stream().filter(r -> !r.appliesFrom().isAfter(date))
                .max(Comparator.comparing(TableSet::appliesFrom)).orElse(TABLE_SETS.get(0));
    }

    private StatisticsRules() {
    }
}
