package vn.party.backbone.scope;

/** Materialised-path arithmetic in ltree form: labels joined by dots, the root first. */
public final class Subtree {

    /** True when {@code path} equals {@code ancestor} or lies below it (ltree's {@code path <@ ancestor}). */
    public static boolean contains(String ancestor, String path) {
        return path.equals(ancestor) || path.startsWith(ancestor + ".");
    }

    public static String child(String parentPath, String code) {
        return parentPath == null ? code : parentPath + "." + code;
    }

    private Subtree() {
    }
}
