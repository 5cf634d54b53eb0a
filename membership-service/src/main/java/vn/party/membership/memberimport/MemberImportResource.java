package vn.party.membership.memberimport;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

@Path("/member-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member imports", description = "Bulk import of member records from CSV, checked row by row as POST /members checks "
        + "one record, run in the background")
public class MemberImportResource {

    static final String TEXT_CSV = "text/csv";

    /** The documented column set, shown in the OpenAPI description of the upload. */
    static final String COLUMNS = """
            UTF-8 (a byte order mark is accepted), a header row, comma separated, RFC 4180 quoting (a value with a \
            comma, a quote or a line break is quoted; a quote inside is written twice). Columns are named as the \
            fields of POST /members, in any order; the header names are matched without regard to case. Required: \
            nationalId (12 digits; format the spreadsheet column as text so a leading 0 stays), fullName (with \
            diacritics), dateOfBirth, sex (MALE or FEMALE; also Nam or Nữ), ethnicity, unitCode (a cell or base cell \
            in your subtree). Optional (a blank cell is absent): religion, partyCardNumber, hometown, education, \
            professionalQualification, politicalTheory (NONE, ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR; also \
            Không, Sơ cấp, Trung cấp, Cao cấp, Cử nhân), occupation, status (CANDIDATE when blank, PROBATIONARY, \
            FULL; also Quần chúng ưu tú, Dự bị, Chính thức), admittedOn, confirmedOn, inUnitSince. Dates are \
            yyyy-mm-dd or dd/mm/yyyy. Blank lines are skipped; rows are numbered as in a spreadsheet, the header \
            being row 1.""";

    @Inject
    MemberImportService imports;

    @Inject
    MemberImportConfig config;

    @Inject
    IdempotentRequests idempotency;

    /** What a retry with the same Idempotency-Key must repeat: the options and the very same file. */
    record Fingerprint(ImportMode mode, boolean dryRun, String sha256) {
    }

    @POST
    @Consumes(TEXT_CSV)
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Import member records from CSV", description = "Every row is checked as POST /members checks one "
            + "record: its constraints, a unit in your subtree that is a cell, one record per national ID (a person who "
            + "already has a record, or a national ID or party card number on two rows of the file, is a row error), "
            + "and the registration rules (row errors name the rule). ALL_OR_NOTHING writes nothing when any row fails "
            + "and ends FAILED; VALID_ROWS imports the valid rows in chunks and reports the rest. dryRun=true checks "
            + "only. Answers 202 with the job at once (a small file may already be done); follow Location for its "
            + "progress and /errors for the row errors. A bad header, broken quoting or a file that is not UTF-8 is a "
            + "400 at once; a file over 64 MB a 413 (a province of 230,000 members is ~55 MB). Each imported record is published as membership.member.registered.v1. "
            + "Send Idempotency-Key to make a retry safe.\n\n" + COLUMNS)
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
            examples = "nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode,status,admittedOn,confirmedOn\n"
                    + "027090001234,Nguyễn Thị Hoa,08/03/1985,Nữ,Kinh,bn_xa_phu_chan_cb1,FULL,2010-05-19,2011-05-19\n")))
    @APIResponse(responseCode = "202", description = "Accepted: the job, with Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberImportApi.View.class)))
    @APIResponse(responseCode = "400", description = "Bad header, broken quoting, not UTF-8, no rows, bad mode or dryRun",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is over the limit (64 MB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(
            @Parameter(description = "ALL_OR_NOTHING (default) or VALID_ROWS", schema = @Schema(implementation = ImportMode.class))
            @QueryParam("mode") String mode,
            @Parameter(description = "true: check every row, write nothing", schema = @Schema(implementation = Boolean.class))
            @QueryParam("dryRun") String dryRun,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            InputStream body,
            @Context UriInfo uri) {
        ImportMode importMode = mode == null || mode.isBlank() ? ImportMode.ALL_OR_NOTHING
                : QueryParams.enumValue("mode", mode, ImportMode.class);
        boolean dry = flag("dryRun", dryRun);
        byte[] file = readLimited(body, config.maxBytes());
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), new Fingerprint(importMode, dry, sha256(file)), () -> {
            MemberImport job = imports.accept(file, importMode, dry);
            return Response.accepted(view(job, uri)).location(uri.getAbsolutePathBuilder().path(job.id.toString()).build())
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Progress of an import", description = "Readable by callers whose subtree covers the creator's; "
            + "404 otherwise. Poll until status is COMPLETED or FAILED.")
    public MemberImportApi.View get(@PathParam("id") String id, @Context UriInfo uri) {
        return view(imports.get(parse(id)), uri);
    }

    @GET
    @Path("/{id}/errors")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Row errors of an import", description = "In row order, paged by cursor: the spreadsheet row "
            + "(the header is row 1), the column at fault, the message and the rule.")
    public Page<MemberImportApi.Error> errors(
            @PathParam("id") String id,
            @Parameter(description = "1 to 500, default 50", schema = @Schema(implementation = Integer.class))
            @QueryParam("limit") String limit,
            @Parameter(description = "The 'next' cursor of the previous page") @QueryParam("after") String after) {
        return imports.errors(parse(id), PageRequest.of(limit, after));
    }

    private static MemberImportApi.View view(MemberImport job, UriInfo uri) {
        String base = uri.getBaseUri().getPath().replaceAll("/$", "");
        return MemberImportApi.View.of(job, base + "/member-imports/" + job.id + "/errors");
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "true or false");
        };
    }

    /** Reads at most {@code max} bytes; a longer body is refused without reading it all. */
    private static byte[] readLimited(InputStream body, int max) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new ProblemException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                        "the file is over " + (max / (1024 * 1024)) + " MB: split it and import the parts"));
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

    /** A malformed id cannot name a job: 404, like any id that names none. */
    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("member import " + id);
        }
    }
}
