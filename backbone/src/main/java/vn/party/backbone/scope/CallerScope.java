package vn.party.backbone.scope;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling and which part of the tree they may see: the token's {@code org_unit} claim resolved to
 * a subtree through this service's own {@link OrgUnitDirectory}. Services ask it once per lookup
 * ({@link #requireVisible}) or bind {@link #subtreePath()} into their queries; anything outside the
 * subtree answers 404, as if it did not exist.
 */
@RequestScoped
public class CallerScope {

    public static final String ORG_UNIT_CLAIM = "org_unit";

    @Inject
    SecurityIdentity identity;

    @Inject
    OrgUnitDirectory directory;

    private String resolvedPath;

    /** Name recorded in audit trails: the token's preferred_username, else its subject. */
    public String actor() {
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String username = jwt.getClaim("preferred_username");
            if (username != null) {
                return username;
            }
            return jwt.getSubject();
        }
        return principal.getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> unitCode() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(ORG_UNIT_CLAIM);
            return Optional.ofNullable(claim).map(Object::toString).map(String::trim).filter(s -> !s.isEmpty());
        }
        return Optional.empty();
    }

    /**
     * The caller's subtree as an ltree path. A token without {@code org_unit}, or naming a unit this
     * service does not know, gives no scope at all: 403, since nothing could ever be visible.
     */
    public String subtreePath() {
        if (resolvedPath == null) {
            String code = unitCode().orElseThrow(() -> new ProblemException(
                    Problem.of(ProblemType.FORBIDDEN, "your token names no org_unit")));
            resolvedPath = directory.currentPathOf(code).orElseThrow(() -> new ProblemException(
                    Problem.of(ProblemType.FORBIDDEN, "your org_unit " + code + " is not a unit known here")));
        }
        return resolvedPath;
    }

    /** True when {@code path} is the caller's own unit or lies below it. */
    public boolean covers(String path) {
        return Subtree.contains(subtreePath(), path);
    }

    /**
     * This caller's actor name, subtree and roles, for work that continues after the request (403 when the
     * token gives no scope, as {@link #subtreePath()}).
     */
    public ActingScope capture() {
        return new ActingScope(actor(), subtreePath(), identity.getRoles());
    }

    /** Answers 404 unless the thing at {@code path} lies inside the caller's subtree. */
    public void requireVisible(String path, String what) {
        if (path == null || !covers(path)) {
            throw ProblemException.notFound(what);
        }
    }
}
