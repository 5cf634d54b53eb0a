package vn.party.membership.orgunit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.contracts.CellKind;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;

import java.time.LocalDate;
import java.util.List;

/** What the org-unit endpoints read and write. */
public final class OrgUnitApi {

    public static final String CODE_PATTERN = "^[a-z0-9_]{1,64}$";

    @Schema(name = "FoundOrgUnit", description = "Found (thành lập) a unit under a parent")
    public record FoundRequest(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = "lower-case letters, digits and _, at most 64")
            @Schema(examples = "bn_phuong_kinh_bac") String code,
            @NotBlank @Size(max = 255) @Schema(examples = "Đảng bộ phường Kinh Bắc") String name,
            @NotNull UnitKind kind,
            @Schema(description = "Required for base organisations, absent otherwise. A commune, ward or town is COMMUNE, "
                    + "WARD or TOWN; COMMUNE_WARD is kept for units recorded before and refused for new ones")
            OrganisationType organisationType,
            @Pattern(regexp = CODE_PATTERN, message = "lower-case letters, digits and _, at most 64")
            @Schema(description = "Absent only for the province committee at the top", examples = "bn") String parentCode,
            @Schema(description = "Date of the founding decision; today (Asia/Ho_Chi_Minh) when absent") LocalDate foundedOn,
            @Schema(description = "Loại hình chi bộ, for a cell (CELL) only; a cell founded without it is counted as not "
                    + "classified") CellKind cellKind) {
    }

    @Schema(name = "RenameOrgUnit")
    public record RenameRequest(
            @NotBlank @Size(max = 255) @Schema(examples = "Đảng bộ các cơ quan Đảng tỉnh") String name,
            @Schema(description = "Date the new name applies from; today when absent") LocalDate effectiveOn) {
    }

    @Schema(name = "OrgUnit")
    public record View(
            String code,
            String name,
            UnitKind kind,
            OrganisationType organisationType,
            @Schema(description = "Cells only; null when not recorded") CellKind cellKind,
            String parentCode,
            @Schema(description = "Codes from the top of the tree down to this unit") List<String> path,
            LocalDate foundedOn,
            @Schema(description = "Set once the unit is dissolved; it then stands in the tree of earlier dates only")
            LocalDate dissolvedOn,
            long version) {

        static View of(OrgUnit unit) {
            return new View(unit.code, unit.name, unit.kind, unit.organisationType, unit.cellKind, unit.parentCode(),
                    unit.pathCodes(), unit.foundedOn, unit.dissolvedOn, unit.version);
        }
    }

    @Schema(name = "OrgUnitVersion", description = "A unit as it stood over [validFrom, validTo)")
    public record VersionView(
            String code,
            String name,
            UnitKind kind,
            OrganisationType organisationType,
            CellKind cellKind,
            String parentCode,
            List<String> path,
            LocalDate validFrom,
            @Schema(description = "Null while it still stands so") LocalDate validTo,
            @Schema(description = "What began this version: FOUNDED, RENAMED or MOVED") String change) {

        static VersionView of(OrgUnitVersion v) {
            List<String> codes = List.of(v.path.split("\\."));
            return new VersionView(codes.get(codes.size() - 1), v.name, v.kind, v.organisationType, v.cellKind,
                    codes.size() < 2 ? null : codes.get(codes.size() - 2), codes, v.validFrom, v.validTo, v.change.name());
        }
    }

    @Schema(name = "CellsByKind", description = "Chi bộ theo loại hình: the cells (chi bộ trực thuộc đảng ủy cơ sở) that "
            + "stand below a unit now, counted by kind; counts only")
    public record CellsByKind(
            String unitCode,
            String unitName,
            @Schema(description = "Every cell counted, with a kind or without") long cells,
            @Schema(description = "Every kind, zero included") java.util.Map<CellKind, Long> byKind,
            @Schema(description = "Cells founded without a recorded kind (chưa phân loại)") long unclassified) {
    }

    private OrgUnitApi() {
    }
}
