package vn.party.membership.grading;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One grading of a member or an organisation for a year. A draft (not final) may be replaced while its round is
 * open; a final row is never changed except to hand "current" to the correction that follows it.
 */
@Entity
@Table(name = "grading")
public class Grading extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false, updatable = false)
    public UUID roundId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false)
    public SubjectKind subjectKind;

    @Column(name = "member_id", updatable = false)
    public UUID memberId;

    /** For a member, the official cell on 31 December of the year; for an organisation, the graded unit. */
    @Column(name = "unit_id", nullable = false, updatable = false)
    public long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade grade;

    public Integer score;

    @Column(name = "grading_version", nullable = false, updatable = false)
    public int gradingVersion;

    @Column(name = "is_final", nullable = false)
    public boolean isFinal;

    @Column(name = "is_current", nullable = false)
    public boolean isCurrent;

    /** Entered after the round closed, for a member left ungraded at the close: final from the start. */
    @Column(nullable = false, updatable = false)
    public boolean late;

    /** Why a correction was made; null on version 1. */
    public String reason;

    /** The day the grading took effect: the closing date for version 1 once final, the correction date after. */
    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    static Optional<Grading> currentOfMember(UUID memberId, int year) {
        return find("subjectKind = ?1 and memberId = ?2 and year = ?3 and isCurrent = true", SubjectKind.MEMBER, memberId, year)
                .firstResultOptional();
    }

    static Optional<Grading> currentOfUnit(long unitId, int year) {
        return find("subjectKind = ?1 and unitId = ?2 and year = ?3 and isCurrent = true", SubjectKind.ORGANISATION, unitId, year)
                .firstResultOptional();
    }

    static List<Grading> historyOfMember(UUID memberId, int year) {
        return list("subjectKind = ?1 and memberId = ?2 and year = ?3 order by gradingVersion desc", SubjectKind.MEMBER, memberId, year);
    }

    static List<Grading> historyOfUnit(long unitId, int year) {
        return list("subjectKind = ?1 and unitId = ?2 and year = ?3 order by gradingVersion desc", SubjectKind.ORGANISATION, unitId, year);
    }

    static List<Grading> currentOfRound(UUID roundId) {
        return list("roundId = ?1 and isCurrent = true", roundId);
    }
}
