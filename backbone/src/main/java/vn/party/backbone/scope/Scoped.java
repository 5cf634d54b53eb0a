package vn.party.backbone.scope;

/**
 * An entity whose rows belong to a place in the org tree. Rows of such entities are read and changed only
 * through {@link ScopedData}, which answers 404 for a row outside the caller's subtree; the architecture
 * contract of every service fails the build when code reaches them another way.
 */
public interface Scoped {

    /**
     * The current ltree path (dot form, {@code bn.bn_cqd.x}) of the unit the row belongs to. Services that do
     * not own the tree map it from their replica with a formula, so it follows restructurings.
     */
    String scopePath();
}
