package vn.party.inspection.casework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.party.contracts.inspection.SubjectKind;

import java.util.List;
import java.util.UUID;

/** An organisation or a member a case covers, with the conclusion about it. Reached only through its case. */
@Entity
@Table(name = "case_subject")
public class CaseSubject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false)
    public SubjectKind subjectKind;

    /** The organisation, or the member's cell when the case was decided. */
    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(name = "member_id", updatable = false)
    public UUID memberId;

    /** A member of a party committee (cấp ủy viên): counted apart in the statistics. */
    @Column(name = "committee_member", nullable = false, updatable = false)
    public boolean committeeMember;

    @Column(name = "violation_found")
    public Boolean violationFound;

    public String nature;

    @Column(name = "discipline_to_consider")
    public Boolean disciplineToConsider;

    public String corrections;

    static List<CaseSubject> of(UUID caseId) {
        return list("caseId = ?1 order by subjectKind desc, unitCode, memberId", caseId);
    }
}
