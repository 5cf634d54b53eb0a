package vn.party.membership.restructuring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.membership.orgunit.OrgUnitApi;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests of the restructuring operations; each is dated and done in one transaction. */
public final class RestructuringApi {

    static final String CODE = "^[a-z0-9_]{1,64}$";

    @Schema(name = "MoveUnit", description = "A unit, with everything under it, moves under another parent")
    public record MoveRequest(
            @NotBlank @Pattern(regexp = CODE) @Schema(examples = "bn_xa_phu_chan") String unitCode,
            @NotBlank @Pattern(regexp = CODE) @Schema(examples = "bn") String newParentCode,
            @NotNull @Schema(examples = "2025-07-01") LocalDate effectiveOn) {
    }

    @Schema(name = "DissolveUnit", description = "Giải thể: refused while members remain, unless they go to membersTo")
    public record DissolveRequest(
            @NotBlank @Pattern(regexp = CODE) String unitCode,
            @NotNull LocalDate effectiveOn,
            @Pattern(regexp = CODE) @Schema(description = "Cell that takes every remaining member and candidate") String membersTo) {
    }

    @Schema(name = "MergeUnits", description = "Hợp nhất / sáp nhập: members and units under the merged units go to "
            + "the target, then the merged units are dissolved. The target is an existing unit or a new one.")
    public record MergeRequest(
            @NotEmpty @Size(max = 50) List<@NotBlank @Pattern(regexp = CODE) String> unitCodes,
            @Pattern(regexp = CODE) @Schema(description = "An existing unit; or give newUnit") String intoUnitCode,
            @Valid @Schema(description = "A unit founded for the merger; its foundedOn is effectiveOn") OrgUnitApi.FoundRequest newUnit,
            @NotNull LocalDate effectiveOn) {
    }

    @Schema(name = "SplitUnit", description = "Chia tách: new units are founded and take the named members and units")
    public record SplitRequest(
            @NotBlank @Pattern(regexp = CODE) String unitCode,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull Part> parts,
            @Schema(description = "False dissolves the split unit, which must then be left empty") boolean sourceRemains,
            @NotNull LocalDate effectiveOn) {
    }

    @Schema(name = "SplitPart")
    public record Part(
            @NotNull @Valid OrgUnitApi.FoundRequest unit,
            @Schema(description = "Members and candidates of the split unit who move to this part") List<@NotNull UUID> memberIds,
            @Schema(description = "Units under the split unit that move under this part") List<@NotBlank @Pattern(regexp = CODE) String> unitCodes) {
    }

    @Schema(name = "RestructuringResult", description = "What the operation changed")
    public record Result(String kind, LocalDate effectiveOn, List<String> unitsFounded, List<String> unitsMoved,
                         List<String> unitsDissolved, int membersTransferred) {
    }

    private RestructuringApi() {
    }
}
