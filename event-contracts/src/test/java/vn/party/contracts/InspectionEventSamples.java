package vn.party.contracts;

import vn.party.contracts.inspection.*;

import java.time.LocalDate;
import java.util.List;

/** One realistic instance of every inspection-service event type (see {@link EventSamples}). */
final class InspectionEventSamples {

    private static final String CASE = "5a0d7c3e-2b1f-4c8e-9d6a-3e4f5a6b7c8d";
    private static final String MEMBER = "3f1c2a9e-5b7d-4e21-9a0c-7d2e4b6f8a10";
    private static final String DECISION = "8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f";
    private static final List<String> COMMITTEE = List.of("bn", "bn_cqd");
    private static final List<String> CELL_PATH = List.of("bn", "bn_xa_phu_chan", "bn_xa_phu_chan_cb1");

    static final List<DomainEvent> ALL = List.of(
            new CaseDecided(CASE, "bn_cqd", COMMITTEE, BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                    CaseActivity.INSPECTION, CaseKind.SIGNS_OF_VIOLATION, false, true, 1, 2, 1, LocalDate.of(2026, 3, 2)),
            new CaseConcluded(CASE, "bn_cqd", COMMITTEE, BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                    CaseActivity.INSPECTION, CaseKind.SIGNS_OF_VIOLATION, false, 1, 2, 1, 0, 1, 1, 1, LocalDate.of(2026, 5, 20)),
            new CaseClosed(CASE, "bn_cqd", COMMITTEE, BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                    CaseActivity.INSPECTION, CaseKind.SIGNS_OF_VIOLATION, false, 2, 1, LocalDate.of(2026, 9, 1)),
            new FollowUpOverdue("1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b", CASE, "bn_cqd", COMMITTEE, LocalDate.of(2026, 7, 31),
                    LocalDate.of(2026, 8, 1)),
            new DenunciationReceived("2c3d4e5f-6071-4829-8b1c-2d3e4f5a6b7c", DenunciationKind.DENUNCIATION, "bn_cqd", COMMITTEE,
                    BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, SubjectKind.MEMBER, LocalDate.of(2026, 4, 30),
                    LocalDate.of(2026, 3, 1)),
            new DenunciationResolved("2c3d4e5f-6071-4829-8b1c-2d3e4f5a6b7c", DenunciationKind.DENUNCIATION, "bn_cqd", COMMITTEE,
                    BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, SubjectKind.MEMBER, DenunciationOutcome.PARTLY_FOUNDED,
                    true, LocalDate.of(2026, 4, 20)),
            new DisciplineDecided(DECISION, DisciplineForm.EXPULSION, SubjectKind.MEMBER, MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH,
                    BodyKind.STANDING_BOARD, BodyLevel.INTERMEDIATE, "bn_cqd", CASE, false, "69-QĐ/TW", LocalDate.of(2026, 6, 1)),
            new DisciplineDecided("9d0e1f2a-3b4c-4d5e-9f70-8b9c0d1e2f3a", DisciplineForm.WARNING, SubjectKind.ORGANISATION, null,
                    "bn_xa_phu_chan_cb1", CELL_PATH, BodyKind.COMMITTEE, BodyLevel.BASE, "bn_xa_phu_chan", null, false,
                    "264-QĐ/TW", LocalDate.of(2026, 6, 1)),
            new SuspensionStarted("3d4e5f60-7182-4930-9c2d-3e4f5a6b7c8d", MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH,
                    BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, "bn_cqd", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 3, 1)),
            new SuspensionEnded("3d4e5f60-7182-4930-9c2d-3e4f5a6b7c8d", MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, true,
                    LocalDate.of(2026, 5, 1)),
            new AppealDecided("4e5f6071-8293-4a41-8d3e-4f5a6b7c8d9e", DECISION, AppealOutcome.ANNULLED, DisciplineForm.EXPULSION, null,
                    SubjectKind.MEMBER, MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, BodyKind.STANDING_BOARD, BodyLevel.PROVINCE, "bn",
                    LocalDate.of(2026, 7, 15)));

    private InspectionEventSamples() {
    }
}
