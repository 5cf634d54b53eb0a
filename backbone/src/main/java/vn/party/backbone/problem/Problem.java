package vn.party.backbone.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code type} is stable per problem (see
 * {@link ProblemType}); {@code errors} lists the fields at fault for validation problems; {@code rule}
 * names the domain rule that refused a command (422).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String rule,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation; {@code field} is a dotted path into the request. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, rule, errors);
    }

    public Problem withRule(String ruleName) {
        return new Problem(type, title, status, detail, instance, ruleName, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, rule, fieldErrors);
    }
}
