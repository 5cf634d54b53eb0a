package vn.party.membership.memberimport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the member import endpoints answer. */
public final class MemberImportApi {

    @Schema(name = "MemberImport", description = "A bulk import of member records from CSV, run in the background")
    public record View(
            UUID id,
            ImportStatus status,
            ImportMode mode,
            @Schema(description = "Validated only: nothing is written") boolean dryRun,
            @Schema(description = "Non-blank rows below the header") int totalRows,
            @Schema(description = "Rows checked so far (and written, in VALID_ROWS mode)") int processedRows,
            @Schema(description = "Records created; in ALL_OR_NOTHING mode set only once the whole file is written")
            int importedRows,
            @Schema(description = "Rows with at least one error; see the errors endpoint") int failedRows,
            @Schema(description = "Rows that passed every check so far") int validRows,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            @Schema(description = "Why the job as a whole failed, when it is not its rows") String failure,
            @Schema(description = "Where the row errors are listed") String errors) {

        static View of(MemberImport job, String errorsPath) {
            return new View(job.id, job.status, job.mode, job.dryRun, job.totalRows, job.processedRows, job.importedRows,
                    job.failedRows, job.processedRows - job.failedRows, job.createdBy, job.createdAt, job.startedAt,
                    job.finishedAt, job.failure, errorsPath);
        }
    }

    @Schema(name = "MemberImportRowError", description = "Why one row was refused")
    public record Error(
            @Schema(description = "Spreadsheet row number; the header is row 1", examples = "7") int row,
            @Schema(description = "The column at fault; absent when the row as a whole is", examples = "dateOfBirth")
            String column,
            @Schema(examples = "'31/02/1990' is not a date: yyyy-mm-dd or dd/mm/yyyy") String message,
            @Schema(description = "Stable name of the check: import.format, validation, import.duplicate-in-file, "
                    + "import.unit-not-found, member.existing-record, member.card-number-taken, member.cell, "
                    + "member.registration, import.row-failed", examples = "import.format") String rule) {
    }

    private MemberImportApi() {
    }
}
