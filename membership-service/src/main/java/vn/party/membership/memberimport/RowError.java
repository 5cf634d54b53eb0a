package vn.party.membership.memberimport;

/**
 * Why one row of an import was refused. {@code row} is the spreadsheet row (the header is row 1);
 * {@code column} the column at fault, null when the row as a whole is; {@code rule} a stable name.
 */
public record RowError(int row, String column, String message, String rule) {

    /** The row's cells cannot be read as the column set says (a date, a code, the number of cells). */
    public static final String FORMAT = "import.format";
    /** A value breaks the constraints of POST /members (required, length, pattern, plausible dates). */
    public static final String VALIDATION = "validation";
    /** The same national ID or party card number appears on more than one row of the file. */
    public static final String DUPLICATE_IN_FILE = "import.duplicate-in-file";
    /** The unit does not exist or lies outside the importing caller's subtree (they are not told which). */
    public static final String UNIT_NOT_FOUND = "import.unit-not-found";
    /** The person already has a member record (one person, one record). */
    public static final String EXISTING_RECORD = "member.existing-record";
    /** The party card number belongs to another record. */
    public static final String CARD_NUMBER_TAKEN = "member.card-number-taken";
    /** The row could not be written for a reason no rule names (reported with an incident). */
    public static final String ROW_FAILED = "import.row-failed";
}
