package vn.party.cadre.profile;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;

@Path("/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cadre profiles", description = "Hồ sơ cán bộ: the person behind the posts, unique by national ID; personal "
        + "fields (national ID, date of birth, ethnicity, retirement date) only for organisers and province admins")
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Create a cadre profile", description = "In a unit of your subtree (404 otherwise). 409 when "
            + "another profile has the same national ID, member id or civil-servant code.")
    public Response create(@NotNull @Valid ProfileApi.ProfileRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            CadreProfile p = profiles.create(request);
            return Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(p.version)).entity(profiles.view(p)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a cadre profile", description = "404 outside your subtree. ETag for updates.")
    public Response get(@PathParam("id") String id) {
        CadreProfile p = profiles.get(QueryParams.pathId("cadre", id));
        return Response.ok(profiles.view(p)).header(HttpHeaders.ETAG, Versions.etag(p.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Change a cadre profile", description = "Needs If-Match with the ETag read (428 without, 409 when stale).")
    public Response update(@PathParam("id") String id, @NotNull @Valid ProfileApi.ProfileRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CadreProfile p = profiles.update(QueryParams.pathId("cadre", id), request, ifMatch);
        return Response.ok(profiles.view(p)).header(HttpHeaders.ETAG, Versions.etag(p.version)).build();
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Cadre profiles of a subtree", description = "Of a unit's subtree (yours when absent), by name; "
            + "name filters by a part of the full name. Paged by cursor.")
    public Page<ProfileApi.ProfileView> list(@QueryParam("unit") String unit, @QueryParam("name") String name,
                                             @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return profiles.list(QueryParams.text(unit), QueryParams.text(name), PageRequest.of(limit, after));
    }
}
