package vn.party.membership.memberimport;

public enum ImportStatus {
    /** Accepted, waiting for the worker. */
    QUEUED,
    RUNNING,
    /** Ran to its end; in VALID_ROWS mode some rows may have failed (see failedRows). */
    COMPLETED,
    /** ALL_OR_NOTHING with failing rows (nothing written), or the job itself could not run (see failure). */
    FAILED
}
