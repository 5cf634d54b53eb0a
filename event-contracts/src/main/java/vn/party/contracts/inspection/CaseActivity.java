package vn.party.contracts.inspection;

/** Kiểm tra or giám sát. */
public enum CaseActivity {
    INSPECTION,
    SUPERVISION
}
