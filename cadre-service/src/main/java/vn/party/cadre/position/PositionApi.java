package vn.party.cadre.position;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.cadre.rules.PositionGroup;
import vn.party.cadre.rules.PositionKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the position, appointment, rotation and accountability endpoints read and write. */
public final class PositionApi {

    @Schema(name = "PositionRequest", description = "A post of a unit: party posts and the posts outside the party tree "
            + "(people's committee or council chair, village head, front and mass organisations, agency directors)")
    public record PositionRequest(
            @NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$") @Schema(examples = "bn_xa_phu_chan_cb1") String unitCode,
            @NotNull PositionKind kind,
            @NotBlank @Size(max = 200) @Schema(examples = "Bí thư Chi bộ thôn Phù Chẩn") String title,
            @Min(1) @Max(50) @Schema(description = "How many may hold it at once; 1 when absent", examples = "1") Integer seats) {
    }

    @Schema(name = "Position")
    public record PositionView(UUID id, String unitCode, PositionKind kind, PositionGroup group, boolean partyPost,
                               boolean head, String title, int seats, List<HolderView> currentHolders, long version) {
    }

    @Schema(name = "PositionHolder", description = "Who held a post when, and by which decision")
    public record HolderView(UUID holdingId, UUID positionId, String unitCode, PositionKind kind, UUID cadreId, String fullName,
                             LocalDate startedOn, LocalDate endedOn, String endReason, AppointmentMethod method,
                             String decisionNumber, int terms, LocalDate lastAppointedOn) {
    }

    @Schema(name = "AppointmentRequest", description = "Bổ nhiệm (nomination or competitive selection) or election to a "
            + "post: a first appointment needs 5 years of working age left; a head may not start a third consecutive term")
    public record AppointRequest(
            @NotNull UUID cadreId,
            @NotNull @Schema(description = "NOMINATION, COMPETITIVE_SELECTION or ELECTION") AppointmentMethod method,
            @NotBlank @Size(max = 64) @Schema(examples = "245-QĐ/ĐU") String decisionNumber,
            @NotNull @Schema(examples = "2026-04-01") LocalDate effectiveOn) {
    }

    @Schema(name = "ReappointmentRequest")
    public record ReappointRequest(
            @NotBlank @Size(max = 64) @Schema(examples = "301-QĐ/ĐU") String decisionNumber,
            @NotNull @Schema(examples = "2031-04-01") LocalDate effectiveOn) {
    }

    @Schema(name = "EndHoldingRequest")
    public record EndRequest(
            @NotNull @Schema(description = "The last day held") LocalDate endedOn,
            @NotBlank @Size(max = 500) @Schema(examples = "RETIRED") String reason) {
    }

    @Schema(name = "Appointment", description = "One act: a first appointment, a reappointment or a rotation into the post")
    public record AppointmentView(UUID id, UUID holdingId, UUID cadreId, String unitCode, Appointment.Kind kind,
                                  AppointmentMethod method, String decisionNumber, LocalDate effectiveOn) {
    }

    @Schema(name = "ReappointmentDue", description = "A holder whose appointment runs out by the horizon")
    public record DueView(UUID holdingId, UUID cadreId, String fullName, String unitCode, PositionKind kind,
                          LocalDate lastAppointedOn, int terms, LocalDate dueOn) {
    }

    @Schema(name = "RotationRequest", description = "Luân chuyển: up, down or across to a post of the receiving unit")
    public record RotationRequest(
            @NotNull UUID cadreId,
            @Schema(description = "The holding the cadre leaves; it ends the day before the rotation") UUID fromHoldingId,
            @NotNull @Schema(description = "The post of the receiving unit") UUID toPositionId,
            @NotNull Rotation.Direction direction,
            @NotNull LocalDate effectiveOn,
            @Schema(description = "When the rotation is planned to end") LocalDate plannedUntil,
            @NotBlank @Size(max = 64) String decisionNumber) {
    }

    @Schema(name = "Rotation")
    public record RotationView(UUID id, UUID cadreId, String fromUnitCode, String unitCode, Rotation.Direction direction,
                               UUID fromHoldingId, UUID toHoldingId, LocalDate effectiveOn, LocalDate plannedUntil,
                               String decisionNumber) {
    }

    @Schema(name = "AccountabilityActionRequest")
    public record AccountabilityRequest(
            @NotNull UUID cadreId,
            @NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$") String unitCode,
            @Schema(description = "The post the head failed in") UUID holdingId,
            @NotNull AccountabilityAction.Kind kind,
            @NotBlank @Size(max = 500) String reason,
            @NotBlank @Size(max = 64) String decisionNumber,
            @NotNull LocalDate decidedOn) {
    }

    @Schema(name = "AccountabilityAction")
    public record AccountabilityView(UUID id, UUID cadreId, String unitCode, UUID holdingId, AccountabilityAction.Kind kind,
                                     String reason, String decisionNumber, LocalDate decidedOn) {
    }

    @Schema(name = "AccountabilityCounts", description = "Actions per kind in a subtree and year")
    public record AccountabilityCounts(String unitCode, Integer year, long total, Map<AccountabilityAction.Kind, Long> byKind) {
    }

    @Schema(name = "ConcurrentPosts", description = "Kiêm nhiệm: units of a subtree where one person holds both posts")
    public record ConcurrentPostsReport(String unitCode, PositionKind first, PositionKind second, LocalDate on,
                                        @Schema(description = "Units of the subtree with the first post") long units,
                                        @Schema(description = "Of those, units where one person holds both") long concurrent,
                                        @Schema(description = "concurrent / units in percent, two decimals") BigDecimal percent,
                                        List<ConcurrentUnit> items) {
    }

    @Schema(name = "ConcurrentUnit")
    public record ConcurrentUnit(String unitCode, UUID cadreId, String fullName) {
    }

    private PositionApi() {
    }
}
