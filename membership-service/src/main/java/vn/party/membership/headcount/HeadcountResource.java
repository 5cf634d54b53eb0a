package vn.party.membership.headcount;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.time.VietnamTime;
import vn.party.backbone.scope.Roles;
import vn.party.membership.member.MemberDirectory;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Official headcounts as of a date, by the tree as it stood then: members counted in the cells that were
 * under the unit on that date, with the status they had on that date. Temporarily attached members count
 * in their home cell only (their official placement).
 */
@Path("/headcounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Headcounts", description = "Số lượng đảng viên: official headcounts on any date, by the tree of that date")
public class HeadcountResource {

    @Schema(name = "Headcount")
    public record Headcount(String unitCode, String name, LocalDate date, long full, long probationary, long total,
                            @Schema(description = "The same for each unit directly under it on that date") List<Headcount> units) {
    }

    @Inject
    OrgUnits units;

    @Inject
    MemberDirectory directory;

    @Inject
    vn.party.membership.reports.ReportTimeLimit limit;

    @GET
    @Path("/{unitCode}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Headcount of a unit on a date", description = "Counts only, no personal data. 404 when the "
            + "unit lies outside your subtree or did not exist on that date.")
    public Headcount headcount(@PathParam("unitCode") String unitCode,
                               @Parameter(description = "yyyy-mm-dd; today when absent", example = "2025-06-30")
                               @QueryParam("date") String date) {
        LocalDate on = QueryParams.optionalDate("date", date);
        LocalDate asOf = on == null ? VietnamTime.today() : on;
        UnitRef unit = units.visible(unitCode);
        OrgUnits.Then then = units.asOf(unit, asOf)
                .orElseThrow(() -> ProblemException.notFound("unit " + unitCode + " on " + asOf));
        // the count of a whole province runs under the reports' time limit: past it a 503 report.time-limit, never a 500
        List<MemberDirectory.Count> rows = limit.run("headcount", () -> directory.officialCountsAsOf(then.path(), asOf));
        List<String[]> children = units.childrenAsOf(then, asOf);
        long full = 0;
        long probationary = 0;
        List<Headcount> below = new ArrayList<>();
        for (String[] child : children) {
            long f = 0;
            long p = 0;
            for (MemberDirectory.Count r : rows) {
                if (child[0].equals(r.child())) {
                    f = r.full();
                    p = r.probationary();
                }
            }
            below.add(new Headcount(child[0], child[1], asOf, f, p, f + p, List.of()));
        }
        for (MemberDirectory.Count r : rows) {
            full += r.full();
            probationary += r.probationary();
        }
        return new Headcount(unit.code(), then.name(), asOf, full, probationary, full + probationary, below);
    }
}
