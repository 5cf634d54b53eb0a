package vn.party.inspection.body;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;

import java.util.UUID;

/** What the body endpoints read and write. */
public final class BodyApi {

    @Schema(name = "CreateBody", description = "A unit's committee, standing board or inspection commission, or a cell")
    public record CreateRequest(
            @NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "a unit code") @Schema(examples = "bn_cqd") String unitCode,
            @NotNull BodyKind kind) {
    }

    @Schema(name = "Body")
    public record View(UUID id, String unitCode, BodyKind kind,
                       @Schema(description = "The level of the body's unit, which decides what it may do") BodyLevel level,
                       long version) {
    }

    private BodyApi() {
    }
}
