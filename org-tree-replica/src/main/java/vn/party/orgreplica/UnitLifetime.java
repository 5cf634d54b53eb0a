package vn.party.orgreplica;

import vn.party.backbone.problem.RuleViolation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * When a unit existed, as membership publishes it: from its founding day (OrgUnitFounded's effective date) up to the
 * day before its dissolution (OrgUnitDissolved's; a merger or a split dissolves the units it ends with events of their
 * own). Membership refuses what is dated outside that period (a cell's meeting, a unit founded under a dissolved one),
 * and reporting rolls a figure up the tree as it stood on the figure's date, where a unit counts on the days
 * {@code [foundedOn, dissolvedOn)}: an act dated outside them would be counted nowhere. Plain Java, so that the rule
 * is tested without Quarkus.
 *
 * @param dissolvedOn null while the unit stands
 */
public record UnitLifetime(String unitCode, LocalDate foundedOn, LocalDate dissolvedOn) {

    /** The stable rule name of the 422 problem. */
    public static final String NOT_EXISTING_ON_DATE = "unit.not-existing-on-date";

    public UnitLifetime {
        Objects.requireNonNull(unitCode);
        Objects.requireNonNull(foundedOn);
    }

    /** True from the founding day on, and before the dissolution day (the day a unit is dissolved it is gone). */
    public boolean existedOn(LocalDate day) {
        return !day.isBefore(foundedOn) && (dissolvedOn == null || day.isBefore(dissolvedOn));
    }

    /**
     * Refuses (422, {@link #NOT_EXISTING_ON_DATE}) an act dated {@code day} about this unit when the unit did not exist
     * on that day; the problem names the unit (by code: details are English), the day, the request field that carried it
     * and the unit's lifetime.
     *
     * @param field the request field that holds {@code day} ({@code decidedOn}, {@code effectiveOn}, ...)
     */
    public void requireExistedOn(LocalDate day, String field) {
        Objects.requireNonNull(day);
        if (existedOn(day)) {
            return;
        }
        String why = day.isBefore(foundedOn) ? "it was founded on " + foundedOn
                : !dissolvedOn.isAfter(foundedOn) ? "it was founded and dissolved on " + dissolvedOn
                : "it was dissolved on " + dissolvedOn + " (it existed from " + foundedOn + " to " + dissolvedOn.minusDays(1) + ")";
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("unitCode", unitCode);
        facts.put("field", field);
        facts.put("date", day.toString());
        facts.put("foundedOn", foundedOn.toString());
        if (dissolvedOn != null) {
            facts.put("dissolvedOn", dissolvedOn.toString());
        }
        throw new RuleViolation(NOT_EXISTING_ON_DATE, field + " " + day + ": unit " + unitCode + " did not exist on that day; " + why
                + ". An act about a unit is dated within the unit's lifetime", facts);
    }
}
