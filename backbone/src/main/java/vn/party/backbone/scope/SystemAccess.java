package vn.party.backbone.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that reads or writes the database outside any caller's scope, and says why: event
 * consumers and their projections, the outbox and inbox, rule-table loaders, the scope resolution itself.
 * Nothing a request reaches directly may carry it; the architecture contract lets only these classes (and
 * {@link ScopedData}) use the EntityManager, JDBC or Panache queries of scoped entities.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SystemAccess {

    /** Why this class works without a caller's scope. */
    String value();
}
