package vn.party.membership.badge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;

import java.time.LocalDate;

@Path("/badges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Badges", description = "Tuổi đảng và Huy hiệu Đảng: party age, who is due a badge (30, 40, 45, ... 90 years) "
        + "on a presentation date (3/2, 19/5, 2/9, 7/11), and awards")
public class BadgeResource {

    @Inject
    BadgeService badges;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Path("/party-age/{memberId}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "A member's party age", description = "From the first admission decision, minus the periods outside "
            + "party life (after an exit until readmission, out of contact), as of a date (today when absent); with the "
            + "badges held and the one due at the next presentation date. 422 badge.no-party-age before admission.")
    public BadgeApi.PartyAgeView partyAge(@PathParam("memberId") String memberId,
                                          @Parameter(description = "yyyy-mm-dd; today when absent", schema = @Schema(implementation = LocalDate.class))
                                          @QueryParam("asOf") String asOf) {
        return badges.partyAge(QueryParams.pathId("member", memberId), QueryParams.optionalDate("asOf", asOf));
    }

    @GET
    @Path("/due")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Members due a badge on a presentation date", description = "Probationary and full members of a "
            + "unit's subtree (yours when absent) whose party age on the date has reached a milestone above the badges "
            + "they hold, with that milestone; oldest admissions first, paged. 422 badge.presentation-date for a date "
            + "other than 3 February, 19 May, 2 September or 7 November.")
    public Page<BadgeApi.Due> due(
            @Parameter(required = true, description = "yyyy-mm-dd", example = "2026-09-02", schema = @Schema(implementation = LocalDate.class))
            @QueryParam("presentationDate") String presentationDate,
            @QueryParam("unit") String unit, @QueryParam("limit") String limit, @QueryParam("after") String after) {
        LocalDate date = QueryParams.optionalDate("presentationDate", presentationDate);
        if (date == null) {
            throw ProblemException.invalid("presentationDate", "required, e.g. 2026-09-02");
        }
        PageRequest page = PageRequest.of(limit, after);
        return badges.due(date, QueryParams.text(unit), page);
    }

    @POST
    @Path("/awards")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Record a badge award", description = "One per member and milestone: 409 on a second. 422 "
            + "badge.presentation-date, badge.milestone for a number of years that is not a milestone, "
            + "badge.milestone-not-reached when the party age on the presentation date falls short (with partyAgeYears).")
    public Response award(@NotNull @Valid BadgeApi.AwardRequest request,
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            BadgeAward a = badges.award(request);
            return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build()).entity(badges.view(a)).build();
        });
    }

    @GET
    @Path("/awards/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Read a badge award")
    public BadgeApi.Award get(@PathParam("id") String id) {
        return badges.view(badges.get(QueryParams.pathId("badge award", id)));
    }
}
