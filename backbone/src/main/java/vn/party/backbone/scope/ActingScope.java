package vn.party.backbone.scope;

import java.util.Set;

/**
 * A caller's scope captured when a request is accepted, for work that goes on after the request has
 * ended (bulk imports in the background): who acts, the subtree they may touch and their roles. Passed
 * explicitly, since no request context exists on a worker thread.
 */
public record ActingScope(String actor, String subtreePath, Set<String> roles) {

    public ActingScope {
        if (actor == null || actor.isBlank() || subtreePath == null || subtreePath.isBlank()) {
            throw new IllegalArgumentException("a scope names its actor and its subtree");
        }
        roles = Set.copyOf(roles);
    }

    /** True when {@code path} is the scope's own unit or lies below it. */
    public boolean covers(String path) {
        return path != null && Subtree.contains(subtreePath, path);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
