package vn.party.inspection.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseKind;
import vn.party.contracts.inspection.SubjectKind;

import java.util.List;
import java.util.UUID;

/** What the plan endpoints read and write. */
public final class PlanApi {

    @Schema(name = "CreatePlan", description = "A body's plan for a year, with its items (more may be added later)")
    public record CreateRequest(@NotNull UUID bodyId,
                                @NotNull @Min(1930) @Max(9999) @Schema(examples = "2026") Integer year,
                                @Size(max = 500) List<@NotNull @Valid ItemRequest> items) {
    }

    @Schema(name = "PlanItemRequest")
    public record ItemRequest(@NotNull CaseActivity activity, @NotNull CaseKind kind, @NotNull SubjectKind subjectKind,
                              @NotNull @Min(1) @Max(4) Integer quarter,
                              @NotNull @Min(1) @Max(10000) @Schema(description = "How many cases of this line") Integer plannedCount,
                              @Size(max = 1000) String description) {
    }

    @Schema(name = "PlanItem")
    public record ItemView(UUID id, CaseActivity activity, CaseKind kind, SubjectKind subjectKind, int quarter,
                           int plannedCount, String description) {
    }

    @Schema(name = "Plan")
    public record View(UUID id, UUID bodyId, String unitCode, int year, List<ItemView> items, long version) {
    }

    @Schema(name = "PlanProgressLine", description = "One activity and kind: planned against done")
    public record ProgressLine(CaseActivity activity, CaseKind kind,
                               @Schema(description = "Cases the plans provide for") int planned,
                               @Schema(description = "Planned cases concluded (concluded, in follow-up or closed)") long done,
                               @Schema(description = "Planned cases decided or in progress") long underWay,
                               @Schema(description = "Cases run outside the plan (surprise, from denunciations)") long unplanned) {
    }

    @Schema(name = "PlanProgress")
    public record Progress(@Schema(description = "The unit whose bodies are counted (the body's unit for one plan)") String unitCode,
                           @Schema(description = "Null when a whole subtree is counted") UUID bodyId,
                           int year, List<ProgressLine> lines, int planned, long done, long unplanned) {
    }

    private PlanApi() {
    }
}
