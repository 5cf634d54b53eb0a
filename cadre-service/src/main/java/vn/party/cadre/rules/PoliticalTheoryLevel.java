package vn.party.cadre.rules;

import java.util.Optional;

/** Trình độ lý luận chính trị held (a bachelor's degree in political theory counts as advanced). */
public enum PoliticalTheoryLevel {
    NONE(null),
    ELEMENTARY(ProgrammeKind.ELEMENTARY_POLITICAL_THEORY),
    INTERMEDIATE(ProgrammeKind.INTERMEDIATE_POLITICAL_THEORY),
    ADVANCED(ProgrammeKind.ADVANCED_POLITICAL_THEORY),
    BACHELOR(ProgrammeKind.ADVANCED_POLITICAL_THEORY);

    private final ProgrammeKind equivalent;

    PoliticalTheoryLevel(ProgrammeKind equivalent) {
        this.equivalent = equivalent;
    }

    /** The programme whose completion this level equals. */
    public Optional<ProgrammeKind> equivalent() {
        return Optional.ofNullable(equivalent);
    }
}
