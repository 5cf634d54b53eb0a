package vn.party.cadre.hr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.scope.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

@Path("/hr-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HR imports", description = "For offices that exchange files with the HR system: its CSV export imported as "
        + "the sync pulls the feed (upsert by national ID, malformed rows reported and skipped), within your subtree")
public class HrImportResource {

    static final String TEXT_CSV = "text/csv";
    /** 5 MB: some 20,000 employee rows. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Schema(name = "HrImport", description = "Counts only; PARTIAL when rows were skipped (see issues)")
    public record ImportView(UUID id, String unitCode, String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                             HrImport.Status status, int totalRows, int processed, int created, int updated, int unchanged,
                             int skipped, String error) {
        static ImportView of(HrImport i) {
            return new ImportView(i.id, i.unitCode, i.startedBy, i.startedAt, i.finishedAt, i.status, i.totalRows, i.processed,
                    i.created, i.updated, i.unchanged, i.skipped, i.error);
        }
    }

    @Schema(name = "HrImportIssue", description = "A skipped row: its number as in a spreadsheet (the header is row 1), "
            + "its civil-servant code when readable, never its national ID")
    public record IssueView(int row, String recordRef, String reason) {
    }

    /** What a retry with the same Idempotency-Key must repeat: the very same file. */
    record Fingerprint(String sha256) {
    }

    @Inject
    HrImports imports;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Consumes(TEXT_CSV)
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Import the HR system's CSV export", description = "UTF-8 (a byte order mark is accepted), a header "
            + "row, comma separated, RFC 4180 quoting. The columns are the fields of the HR contract's Employee "
            + "(deploy/hr-stub/hr-api.yaml) in any order, named without regard to case: nationalId, fullName, dateOfBirth "
            + "(yyyy-mm-dd), sex (MALE or FEMALE), ethnicity (a code, e.g. KINH), unitCode are required; civilServantCode, "
            + "memberId, education, qualification, politicalTheory, stateManagement, foreignLanguage, itLevel, salaryGrade, "
            + "salaryCoefficient, salaryBaseDong, salaryEffectiveFrom and positions are optional (a blank cell is absent; "
            + "positions holds the civil-service positions, separated by ';', each title|organisation|from|to|salaryGrade, "
            + "and replaces the ones held for the person); other columns "
            + "are ignored. Each row is checked and upserted by national ID as the sync does it, only for units of your "
            + "subtree and profiles you can see; a row that fails is reported and skipped and the rest goes on. Answers "
            + "202 with the import at once; follow Location for its progress and /issues for the skipped rows. A bad "
            + "header, broken quoting, no rows or a file that is not UTF-8 is a 400 at once; over 5 MB a 413. Send "
            + "Idempotency-Key to make a retry safe.")
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
            examples = "nationalId,civilServantCode,fullName,dateOfBirth,sex,ethnicity,unitCode,salaryGrade,salaryCoefficient,"
                    + "salaryBaseDong,salaryEffectiveFrom\n027186004512,CC-27-004512,Nguyễn Thị Hoa,1986-04-11,FEMALE,KINH,"
                    + "bn_x_phu_chan_cb1,01.003,3.99,9336600,2026-07-01\n")))
    @APIResponse(responseCode = "202", description = "Accepted: the import, with Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "Bad header, broken quoting, not UTF-8, no rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is over 5 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, InputStream body, @Context UriInfo uri) {
        byte[] file = readLimited(body);
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), new Fingerprint(sha256(file)), () -> {
            HrImport i = imports.start(file);
            return Response.accepted(ImportView.of(i)).location(uri.getAbsolutePathBuilder().path(i.id.toString()).build()).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "The last imports of your subtree", description = "Newest first (limit, default 20, at most 100).")
    public List<ImportView> list(@QueryParam("limit") String limit) {
        Integer n = QueryParams.optionalInteger("limit", limit);
        if (n != null && (n < 1 || n > 100)) {
            throw ProblemException.invalid("limit", "from 1 to 100");
        }
        return imports.latest(n == null ? 20 : n).stream().map(ImportView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "An import's progress or outcome", description = "404 outside your subtree. Poll until the status "
            + "is no longer RUNNING.")
    public ImportView get(@PathParam("id") String id) {
        return ImportView.of(imports.get(QueryParams.pathId("import", id)));
    }

    @GET
    @Path("/{id}/issues")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "The rows an import skipped, and why", description = "In row order, paged by cursor.")
    public Page<IssueView> issues(@PathParam("id") String id, @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return imports.issues(QueryParams.pathId("import", id), PageRequest.of(limit, after))
                .map(i -> new IssueView(i.rowNumber, i.recordRef, i.reason));
    }

    private static byte[] readLimited(InputStream body) {
        if (body == null) {
            throw ProblemException.invalid("body", "the CSV file is missing");
        }
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ProblemException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "the file is over 5 MB: split it and import the parts"));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
