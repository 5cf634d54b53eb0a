package vn.party.reporting.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.party.reporting.freshness.Freshness;

/**
 * One report section for a unit's subtree: the unit's figures and the same figures for each unit directly
 * below it (by the tree of the period or date). Aggregates only: no names of people, no personal data.
 *
 * @param period       the period's label for flow figures (2026-Q1, 2020-2025, 2026-01-15..2026-02-20)
 * @param from         first day of the period
 * @param to           last day of the period
 * @param date         the day of stock figures (members, organisations)
 * @param completeUpTo the newest event time the read models include (freshness)
 * @param freshness    per source topic the figures come from, up to which event they are complete
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section<F>(
        String unitCode,
        String unitName,
        String period,
        LocalDate from,
        LocalDate to,
        LocalDate date,
        @Schema(description = "The newest event time the figures include: they are complete up to it")
        OffsetDateTime completeUpTo,
        F figures,
        @Schema(description = "The same figures for each unit directly below, by the tree of the period or date")
        List<Child<F>> children,
        @Schema(description = "Per source topic the figures come from (membership.events for the tree and members, "
                + "inspection.events, cadre.events): the newest event time and id they include, and the events read")
        Map<String, Freshness.Watermark> freshness) {

    /** A unit directly below the reported one, with its figures. */
    public record Child<F>(String unitCode, String unitName, F figures) {
    }
}
