package vn.party.cadre.hr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.scope.ScopedData;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/hr-sync/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HR sync", description = "The link to the civil-service HR system: runs of the sync (scheduled, or started "
        + "here), their progress and outcome, and the records they skipped")
public class HrSyncResource {

    @Schema(name = "HrSyncRun", description = "Counts only; a run is PARTIAL when it skipped malformed records")
    public record RunView(UUID id, HrSyncRun.Trigger trigger, String startedBy, OffsetDateTime startedAt,
                          OffsetDateTime finishedAt, HrSyncRun.Status status, int pages, int received, int created,
                          int updated, int unchanged, int skipped, String error) {
        static RunView of(HrSyncRun r) {
            return new RunView(r.id, r.trigger, r.startedBy, r.startedAt, r.finishedAt, r.status, r.pages, r.received,
                    r.created, r.updated, r.unchanged, r.skipped, r.error);
        }
    }

    @Schema(name = "HrSyncIssue", description = "A skipped record, by civil-servant code or place in the page, never national ID")
    public record IssueView(String recordRef, String reason, OffsetDateTime at) {
    }

    @Inject
    HrSync sync;

    @Inject
    ScopedData scoped;

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.HR_SYNC})
    @Operation(summary = "Start a sync now", description = "202 with the run, which goes on in the background; 409 while "
            + "another run holds the lock.")
    public Response start(@Context UriInfo uri) {
        UUID id = sync.start(scoped.actor()).orElseThrow(() -> ProblemException.conflict("an HR sync is running; see its progress"));
        return Response.accepted(RunView.of(HrSyncRuns.get(id))).location(uri.getAbsolutePathBuilder().path(id.toString()).build()).build();
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.HR_SYNC})
    @Operation(summary = "The last runs", description = "Newest first (limit, default 20, at most 100).")
    public List<RunView> list(@QueryParam("limit") String limit) {
        Integer n = QueryParams.optionalInteger("limit", limit);
        if (n != null && (n < 1 || n > 100)) {
            throw ProblemException.invalid("limit", "from 1 to 100");
        }
        return HrSyncRuns.latest(n == null ? 20 : n).stream().map(RunView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.HR_SYNC})
    @Operation(summary = "A run's progress or outcome")
    public RunView get(@PathParam("id") String id) {
        return RunView.of(HrSyncRuns.get(QueryParams.pathId("run", id)));
    }

    @GET
    @Path("/{id}/issues")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.HR_SYNC})
    @Operation(summary = "The records a run skipped, and why")
    public List<IssueView> issues(@PathParam("id") String id) {
        UUID run = HrSyncRuns.get(QueryParams.pathId("run", id)).id;
        return HrSyncRuns.issues(run).stream().map(i -> new IssueView(i.recordRef, i.reason, i.at)).toList();
    }
}
