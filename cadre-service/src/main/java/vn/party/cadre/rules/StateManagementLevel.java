package vn.party.cadre.rules;

import java.util.Optional;

/** Trình độ quản lý nhà nước held: the civil-service rank whose state management course was completed. */
public enum StateManagementLevel {
    NONE(null),
    SPECIALIST(ProgrammeKind.STATE_MANAGEMENT_SPECIALIST),
    PRINCIPAL(ProgrammeKind.STATE_MANAGEMENT_PRINCIPAL),
    SENIOR(ProgrammeKind.STATE_MANAGEMENT_SENIOR);

    private final ProgrammeKind equivalent;

    StateManagementLevel(ProgrammeKind equivalent) {
        this.equivalent = equivalent;
    }

    public Optional<ProgrammeKind> equivalent() {
        return Optional.ofNullable(equivalent);
    }
}
