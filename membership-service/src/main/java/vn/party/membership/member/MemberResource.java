package vn.party.membership.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;
import vn.party.contracts.membership.MemberStatus;


@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Đảng viên: member records, their status through time and their conditions")
public class MemberResource {

    @Inject
    MemberService members;

    @Inject
    MemberSearch search;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Open a member record", description = "One person, one record: a national ID that already has a "
            + "record is a 409, with a link to it when it lies in your subtree. Send Idempotency-Key to make a retry safe.")
    public Response register(@NotNull @Valid MemberApi.RegisterRequest request,
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                             @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            MemberService.Registered registered = members.registerAndView(request);
            Member m = registered.member();
            return Response.created(uri.getAbsolutePathBuilder().path(m.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(m.version)).entity(registered.view()).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Search members", description = "Members of your subtree in name order, paged by cursor. "
            + "Names match with or without diacritics.")
    public Page<MemberApi.Summary> search(
            @Parameter(description = "Part of the name, e.g. 'nguyen thi' or 'Nguyễn Thị'") @QueryParam("name") String name,
            @Parameter(description = "12 digits") @QueryParam("nationalId") String nationalId,
            @QueryParam("cardNumber") String cardNumber,
            @Parameter(description = "Only members of this unit and the units below it") @QueryParam("unit") String unit,
            @Parameter(schema = @Schema(implementation = MemberStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Age band: youngest age in years today", schema = @Schema(implementation = Integer.class))
            @QueryParam("ageFrom") String ageFrom,
            @Parameter(description = "Age band: oldest age in years today", schema = @Schema(implementation = Integer.class))
            @QueryParam("ageTo") String ageTo,
            @Parameter(schema = @Schema(implementation = Integer.class)) @QueryParam("admissionYear") String admissionYear,
            @Parameter(description = "1 to 500, default 50", schema = @Schema(implementation = Integer.class))
            @QueryParam("limit") String limit,
            @Parameter(description = "The 'next' cursor of the previous page") @QueryParam("after") String after) {
        return search.search(new MemberSearch.Criteria(QueryParams.text(name), QueryParams.text(nationalId), QueryParams.text(cardNumber),
                QueryParams.text(unit), QueryParams.enumValue("status", status, MemberStatus.class),
                QueryParams.optionalInteger("ageFrom", ageFrom), QueryParams.optionalInteger("ageTo", ageTo),
                QueryParams.optionalInteger("admissionYear", admissionYear)), PageRequest.of(limit, after));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Read a member record", description = "404 when it does not exist or lies outside your subtree")
    public Response get(@PathParam("id") String id) {
        return withEtag(members.get(QueryParams.pathId("member", id)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Correct a member's details", description = "Needs If-Match with the ETag you read; 409 when it changed since")
    public Response update(@PathParam("id") String id, @NotNull @Valid MemberApi.UpdateRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        return withEtag(members.update(QueryParams.pathId("member", id), request, ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "A record through time", description = "Every status with its date, every official cell, every condition")
    public MemberApi.History history(@PathParam("id") String id) {
        return members.history(QueryParams.pathId("member", id));
    }

    @POST
    @Path("/{id}/exit")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Record an exit", description = "Struck off, released, expelled or deceased, from a date. "
            + "The record stays; 422 when the status does not allow it.")
    public Response exit(@PathParam("id") String id, @NotNull @Valid MemberApi.ExitRequest request) {
        return withEtag(members.exit(QueryParams.pathId("member", id), request));
    }

    @POST
    @Path("/{id}/conditions")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Start a condition", description = "Exempted, suspended (with its end date), temporarily attached "
            + "to a host cell, or out of contact. 409 when the same condition already covers part of the period.")
    public Response startCondition(@PathParam("id") String id, @NotNull @Valid MemberApi.ConditionRequest request) {
        return withEtag(members.startCondition(QueryParams.pathId("member", id), request));
    }

    @POST
    @Path("/{id}/conditions/end")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "End a condition", description = "From the given date on, the condition no longer applies")
    public Response endCondition(@PathParam("id") String id, @NotNull @Valid MemberApi.EndConditionRequest request) {
        return withEtag(members.endCondition(QueryParams.pathId("member", id), request));
    }

    @POST
    @Path("/{id}/readmission-candidacy")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Candidate again for readmission", description = "A person who left (not deceased) becomes a "
            + "candidate in a cell again, once, in the same record; admission then follows its usual course. A person "
            + "expelled only after the waiting time of the rule in force (36 months) and with the province committee's "
            + "consent. 422 member.readmission otherwise.")
    public Response readmissionCandidacy(@PathParam("id") String id,
                                         @NotNull @Valid MemberApi.ReadmissionCandidacyRequest request) {
        return withEtag(members.readmissionCandidacy(QueryParams.pathId("member", id), request));
    }

    private Response withEtag(Member m) {
        return Response.ok(members.view(m)).header(HttpHeaders.ETAG, Versions.etag(m.version)).build();
    }

    /** A malformed id cannot name a record: 404, like any id that names none. */
}
