package vn.party.cadre.hr;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.inbox.TransientFailures;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.scope.Subtree;
import vn.party.cadre.profile.ProfileApi;
import vn.party.cadre.profile.ProfileService;
import vn.party.cadre.profile.ProfileUpserts;


/**
 * An organiser looks one person up in the HR system and gets the profile, upserted by national ID as the sync does it:
 * the same person looked up twice, or looked up and synced, is one profile.
 */
@Path("/hr-lookups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "HR lookups", description = "One person from the civil-service HR system, by national ID or civil-servant code")
public class HrLookupResource {

    static final String NOT_FOUND = "hr.not-found";
    static final String MALFORMED = "hr.malformed";
    static final String REFUSED = "hr.record-refused";
    private static final java.util.regex.Pattern NATIONAL_ID = java.util.regex.Pattern.compile("^(\\d{9}|\\d{12})$");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("^[A-Za-z0-9._-]{1,32}$");

    @Schema(name = "HrLookupRequest", description = "Exactly one of nationalId and civilServantCode")
    public record LookupRequest(
            @NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$") @Schema(description = "A unit of your subtree: the person's "
                    + "unit in the HR system must lie in its subtree", examples = "bn_x_phu_chan") String unitCode,
            @Size(max = 12) @Schema(description = "Số định danh cá nhân, 9 or 12 digits", examples = "027186004512") String nationalId,
            @Size(max = 32) @Schema(description = "Mã số cán bộ, công chức", examples = "CC-27-004512") String civilServantCode) {
    }

    @Inject
    ScopedData scoped;

    @Inject
    HrClient client;

    @Inject
    ProfileUpserts upserts;

    @Inject
    ProfileService profiles;

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Look a person up in the HR system", description = "By national ID or civil-servant code (exactly "
            + "one, 400 otherwise), for a unit of your subtree (404 otherwise, as for a unit that does not exist). The record "
            + "is upserted by national ID as the sync does it and the profile answered: 201 when it is new, 200 when it "
            + "existed. 404 hr.not-found when the HR system knows no such person; 422 hr.record-refused when the person "
            + "works outside the unit's subtree or the record clashes with another profile; 503 hr.unavailable when the "
            + "HR system does not answer, answers errors or slowly, or has failed so often lately that it is not asked; "
            + "503 hr.malformed when it answers a record that breaks its contract.")
    @APIResponse(responseCode = "200", description = "The existing profile, updated from the HR record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileApi.ProfileView.class)))
    @APIResponse(responseCode = "201", description = "A new profile from the HR record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileApi.ProfileView.class)))
    @APIResponse(responseCode = "404", description = "Unit outside your subtree, or hr.not-found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "hr.record-refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "hr.unavailable or hr.malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lookup(@NotNull @Valid LookupRequest request) {
        // the unit first: another committee's unit reads as one that does not exist, whatever else the body holds
        String under = scoped.requireUnit(request.unitCode(), "unit " + request.unitCode());
        String nationalId = blankToNull(request.nationalId());
        String code = blankToNull(request.civilServantCode());
        if ((nationalId == null) == (code == null)) {
            throw ProblemException.invalid("nationalId", "give exactly one of nationalId and civilServantCode");
        }
        if (nationalId != null && !NATIONAL_ID.matcher(nationalId).matches()) {
            throw ProblemException.invalid("nationalId", "9 or 12 digits");
        }
        if (code != null && !CODE.matcher(code).matches()) {
            throw ProblemException.invalid("civilServantCode", "letters, digits, '.', '_' or '-', at most 32");
        }
        HrRecord record = ask(nationalId, code);
        String actor = scoped.actor();
        ProfileUpserts.Upserted upserted;
        try {
            upserted = QuarkusTransaction.requiringNew().call(() -> upserts.upsertProfile(record, actor,
                    ProfileUpserts.Reach.subtree("hr-lookup", path -> Subtree.contains(under, path))));
        } catch (HrRecord.Malformed m) {
            throw ProblemException.ruleViolated(REFUSED, m.getMessage());
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                throw e;
            }
            // the same new person looked up twice at once: the database keeps one profile, the second asks again
            throw ProblemException.conflict("the person was stored by another request at the same time; look up again");
        }
        ProfileApi.ProfileView view = profiles.view(profiles.get(upserted.profileId()));
        return Response.status(upserted.outcome() == ProfileUpserts.Outcome.CREATED ? 201 : 200).entity(view).build();
    }

    private HrRecord ask(String nationalId, String code) {
        JsonNode answer;
        try {
            answer = client.lookup(nationalId, code);
        } catch (HrNotFound e) {
            throw new ProblemException(Problem.of(ProblemType.NOT_FOUND, "the HR system knows no employee with this "
                    + (nationalId != null ? "national ID" : "civil-servant code")).withRule(NOT_FOUND));
        }
        HrRecord record;
        try {
            record = HrRecord.parse(answer);
        } catch (HrRecord.Malformed m) {
            throw malformed(m.getMessage());
        }
        if (nationalId != null ? !nationalId.equals(record.nationalId()) : !code.equals(record.civilServantCode())) {
            throw malformed("it answered another person's record");
        }
        return record;
    }

    private static ProblemException malformed(String why) {
        return new ProblemException(Problem.of(ProblemType.UNAVAILABLE, "the HR system answered a record that breaks its "
                + "contract (" + why + "); try again later").withRule(MALFORMED));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
