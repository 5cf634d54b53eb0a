package vn.party.backbone.scope;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.party.backbone.problem.ProblemException;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The one way to scoped data (rows of {@link Scoped} entities, and SQL over them): every lookup and query
 * here is bound to the current scope, so a row outside the caller's subtree answers 404 as if it did not
 * exist, and a query that forgets the scope cannot be written. The current scope is the request's caller
 * ({@link CallerScope}), or the {@link ActingScope} that background work runs under ({@link #as}).
 *
 * <p>Native SQL must name the parameter {@code :scope}, bound to the scope's ltree path as text
 * ({@code u.path <@ cast(:scope as ltree)}); use named parameters only, since Hibernate refuses to mix them
 * with {@code ?1}.
 */
@ApplicationScoped
public class ScopedData {

    private static final Pattern SCOPE_PARAMETER = Pattern.compile(":scope\\b");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final ThreadLocal<ActingScope> ACTING = new ThreadLocal<>();

    @Inject
    EntityManager em;

    @Inject
    OrgUnitDirectory directory;

    /** The row with that id; 404 naming {@code what} when it does not exist or lies outside the scope. */
    public <T extends Scoped> T find(Class<T> type, Object id, String what) {
        return findOptional(type, id).orElseThrow(() -> ProblemException.notFound(what));
    }

    /** The row with that id if it exists and lies in the scope. */
    public <T extends Scoped> Optional<T> findOptional(Class<T> type, Object id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(type, id)).filter(row -> covers(row.scopePath()));
    }

    /** The one row whose {@code field} (unique) equals {@code value}; 404 likewise. */
    public <T extends Scoped> T findBy(Class<T> type, String field, Object value, String what) {
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("not a field name: " + field);
        }
        String entity = em.getMetamodel().entity(type).getName();
        List<T> rows = em.createQuery("select e from " + entity + " e where e." + field + " = :value", type)
                .setParameter("value", value).setMaxResults(2).getResultList();
        if (rows.size() > 1) {
            throw new IllegalStateException(entity + "." + field + " is not unique");
        }
        return visible(rows.isEmpty() ? null : rows.get(0), what);
    }

    /** The row itself when it lies in the scope; 404 naming {@code what} when it is null or outside. */
    public <T extends Scoped> T visible(T row, String what) {
        if (row == null || !covers(row.scopePath())) {
            throw ProblemException.notFound(what);
        }
        return row;
    }

    /**
     * The current path of the unit a new or changed record belongs to, after checking it: 404 naming
     * {@code what} when the unit is unknown here, dissolved, or outside the scope.
     */
    public String requireUnit(String unitCode, String what) {
        String path = unitCode == null ? null : directory.currentPathOf(unitCode).orElse(null);
        requireCovered(path, what);
        return path;
    }

    /** 404 naming {@code what} unless {@code path} is the scope's unit or lies below it. */
    public void requireCovered(String path, String what) {
        if (path == null || !covers(path)) {
            throw ProblemException.notFound(what);
        }
    }

    public boolean covers(String path) {
        return path != null && Subtree.contains(subtreePath(), path);
    }

    /** The scope's subtree as an ltree path (403 when the caller's token names no unit known here). */
    public String subtreePath() {
        ActingScope acting = ACTING.get();
        return acting != null ? acting.subtreePath() : caller().subtreePath();
    }

    /** Who acts, as audit trails name them. */
    public String actor() {
        ActingScope acting = ACTING.get();
        return acting != null ? acting.actor() : caller().actor();
    }

    public boolean hasRole(String role) {
        ActingScope acting = ACTING.get();
        return acting != null ? acting.hasRole(role) : caller().hasRole(role);
    }

    /** The current scope, captured for work that goes on after the request (403 as {@link #subtreePath()}). */
    public ActingScope capture() {
        ActingScope acting = ACTING.get();
        return acting != null ? acting : caller().capture();
    }

    /** Native SQL bound to the scope: {@code sql} must use the parameter {@code :scope}. */
    public Query sql(String sql) {
        return em.createNativeQuery(requireScopeParameter(sql)).setParameter("scope", subtreePath());
    }

    /** Native SQL mapped to an entity, bound to the scope likewise. */
    public <T> Query sql(String sql, Class<T> entity) {
        return em.createNativeQuery(requireScopeParameter(sql), entity).setParameter("scope", subtreePath());
    }

    /** Runs background work under a scope captured from a request ({@link CallerScope#capture()}). */
    public <R> R as(ActingScope scope, Supplier<R> work) {
        ActingScope previous = ACTING.get();
        ACTING.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }

    private static String requireScopeParameter(String sql) {
        if (!SCOPE_PARAMETER.matcher(sql).find()) {
            throw new IllegalArgumentException("scoped SQL must bind :scope (the caller's subtree): " + sql);
        }
        return sql;
    }

    private static CallerScope caller() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            throw new IllegalStateException(
                    "no scope outside a request: run background work under ScopedData.as(scope, ...)");
        }
        return Arc.container().instance(CallerScope.class).get();
    }
}
