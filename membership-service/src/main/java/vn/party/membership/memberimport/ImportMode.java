package vn.party.membership.memberimport;

/** What an import does when some rows fail. */
public enum ImportMode {
    /** Any failing row stops the import: nothing is written, the job ends FAILED with every row error. */
    ALL_OR_NOTHING,
    /** The valid rows are imported, chunk by chunk; the failing ones are reported. */
    VALID_ROWS
}
