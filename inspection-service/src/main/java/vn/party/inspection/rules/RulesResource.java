package vn.party.inspection.rules;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rule tables as in force on a day, so that a front end shows what the service will check. */
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The dated regulations the service judges by")
public class RulesResource {

    @Schema(name = "DisciplineRulesInForce")
    public record DisciplineView(LocalDate on, String regulation, LocalDate appliesFrom,
                                 @Schema(description = "Years per subject and form; a form absent has no limitation")
                                 Map<SubjectKind, Map<DisciplineForm, Integer>> limitationYears,
                                 Set<DisciplineForm> probationaryMemberForms,
                                 List<Competence> competence) {
    }

    @Schema(name = "DisciplineCompetence", description = "What a body of a kind and level may issue")
    public record Competence(BodyKind bodyKind, BodyLevel bodyLevel, Set<DisciplineForm> members, Set<DisciplineForm> organisations) {
    }

    @GET
    @Path("/discipline")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN, Roles.VIEWER})
    @Operation(summary = "Discipline rules in force on a day", description = "Default today")
    public DisciplineView discipline(@QueryParam("on") String on) {
        LocalDate day = day(on);
        DisciplineRules.Regulation r = DisciplineRules.inForce(day);
        List<Competence> competence = new ArrayList<>();
        for (BodyLevel level : BodyLevel.values()) {
            for (BodyKind kind : BodyKind.values()) {
                if ((kind == BodyKind.CELL) == (level == BodyLevel.CELL)) {
                    competence.add(new Competence(kind, level, DisciplineRules.mayIssue(kind, level, SubjectKind.MEMBER),
                            DisciplineRules.mayIssue(kind, level, SubjectKind.ORGANISATION)));
                }
            }
        }
        return new DisciplineView(day, r.name(), r.appliesFrom(), new LinkedHashMap<>(r.limitationYears()),
                DisciplineRules.formsFor(SubjectKind.MEMBER, MemberStatus.PROBATIONARY), competence);
    }

    @GET
    @Path("/procedure")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN, Roles.VIEWER})
    @Operation(summary = "Procedure periods in force on a day", description = "Appeal period, denunciation and complaint "
            + "handling times (the service's documented defaults)")
    public ProcedureRules.Regulation procedure(@QueryParam("on") String on) {
        return ProcedureRules.inForce(day(on));
    }

    @GET
    @Path("/statistics-tables")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN, Roles.VIEWER})
    @Operation(summary = "The statistical table set for a period ending on a day", description = "357-QĐ/UBKTTW before "
            + "2022-12-29, 885-QĐ/UBKTTW from then")
    public StatisticsRules.TableSet statistics(@QueryParam("on") String on) {
        return StatisticsRules.inForce(day(on));
    }

    private static LocalDate day(String on) {
        LocalDate day = QueryParams.optionalDate("on", on);
        return VietnamTime.requirePlausible("on", day == null ? VietnamTime.today() : day);
    }
}
