package vn.party.cadre.hr;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The HR system's API as deploy/hr-stub/hr-api.yaml defines it, with a client-credentials token from the OIDC
 * client "hr". Answers are read as JSON trees so that a malformed record is reported, not a failed page.
 */
@RegisterRestClient(configKey = "hr")
@OidcClientFilter("hr")
@Path("/employees")
@Produces(MediaType.APPLICATION_JSON)
public interface HrSystemApi {

    @GET
    @Path("/changes")
    JsonNode changes(@QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @GET
    @Path("/{nationalId}")
    JsonNode byNationalId(@PathParam("nationalId") String nationalId);

    @GET
    JsonNode byCivilServantCode(@QueryParam("civilServantCode") String code);
}
