package vn.party.cadre.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.cadre.rules.PlanLevel;
import vn.party.cadre.rules.PositionGroup;
import vn.party.cadre.rules.PositionKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the planning endpoints read and write. */
public final class PlanApi {

    @Schema(name = "PlanEntryRequest", description = "Add a cadre to the plan of a unit for a post, term and level")
    public record AddRequest(
            @NotNull @Pattern(regexp = "^\\d{4}-\\d{4}$") @Schema(examples = "2025-2030") String term,
            @Schema(description = "From the unit's place in the tree when absent") PlanLevel level,
            @NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$") @Schema(examples = "bn_xa_phu_chan") String unitCode,
            @NotNull PositionKind positionKind,
            @NotNull UUID cadreId,
            @Schema(description = "Day of planning; today when absent") LocalDate addedOn,
            @Size(max = 64) @Schema(examples = "12-QĐ/ĐU") String decisionNumber) {
    }

    @Schema(name = "PlanEntryRemoval")
    public record RemoveRequest(
            @NotBlank @Size(max = 500) @Schema(examples = "no longer meets the standard") String reason,
            @Size(max = 64) String decisionNumber,
            @Schema(description = "Today when absent") LocalDate removedOn) {
    }

    @Schema(name = "PlanEntry")
    public record EntryView(UUID id, String term, PlanLevel level, String unitCode, PositionKind positionKind,
                            PositionGroup positionGroup, UUID cadreId, String fullName, boolean firstTime, LocalDate addedOn,
                            String addDecision, LocalDate removedOn, String removalReason, String removalDecision,
                            boolean removedAutomatically, long version) {
    }

    @Schema(name = "PlanMovement", description = "Additions and removals of a term per level and group of posts")
    public record Movement(PlanLevel level, PositionGroup positionGroup, long additions, long removals) {
    }

    @Schema(name = "PlanShare", description = "A share of the cadres planned (distinct persons) against its target")
    public record Share(long count, long of, @Schema(description = "Percent, two decimals") BigDecimal percent,
                        @Schema(description = "Target percent; null when none is set") BigDecimal targetPercent,
                        @Schema(description = "Null when there is no target") Boolean met) {
    }

    @Schema(name = "PlanFigures", description = "The figures of a term's plan in a subtree")
    public record Figures(String term, PlanLevel level, String unitCode, List<Movement> movements,
                          @Schema(description = "Posts with at least one planned cadre") long positions,
                          @Schema(description = "Active entries") long candidates,
                          @Schema(description = "candidates / positions, two decimals") BigDecimal candidatesPerPosition,
                          @Schema(description = "Distinct persons planned") long cadres,
                          @Schema(description = "Under the age limit of the level on the term's first day") Share young,
                          Share women, Share ethnicMinority) {
    }

    private PlanApi() {
    }
}
