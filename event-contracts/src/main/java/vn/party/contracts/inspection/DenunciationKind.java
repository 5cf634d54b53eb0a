package vn.party.contracts.inspection;

/** Tố cáo (against an organisation or a member) or khiếu nại kỷ luật (about a discipline decision). */
public enum DenunciationKind {
    DENUNCIATION,
    COMPLAINT
}
