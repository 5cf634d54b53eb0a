package vn.party.cadre.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.scope.Scoped;
import vn.party.cadre.rules.CadreFacts;
import vn.party.cadre.rules.PoliticalTheoryLevel;
import vn.party.cadre.rules.ProgrammeKind;
import vn.party.cadre.rules.Sex;
import vn.party.cadre.rules.StateManagementLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Hồ sơ cán bộ: one person, unique by national ID; belongs to the unit the cadre works in. */
@Entity
@Table(name = "cadre_profile")
public class CadreProfile extends Stamped implements Scoped {

    public enum Source { MANUAL, HR_SYSTEM }

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "civil_servant_code")
    public String civilServantCode;

    /** Personal: shown only to organisers and province admins in scope, never in events or logs. */
    @Column(name = "national_id", nullable = false)
    public String nationalId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(nullable = false)
    public String ethnicity;

    @Column(name = "ethnic_minority", nullable = false)
    public boolean ethnicMinority;

    public String education;

    public String qualification;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory", nullable = false)
    public PoliticalTheoryLevel politicalTheory;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_management", nullable = false)
    public StateManagementLevel stateManagement;

    @Column(name = "foreign_language")
    public String foreignLanguage;

    @Column(name = "it_level")
    public String itLevel;

    @Column(name = "salary_grade")
    public String salaryGrade;

    @Column(name = "salary_coefficient")
    public BigDecimal salaryCoefficient;

    @Column(name = "salary_base_dong")
    public Long salaryBaseDong;

    @Column(name = "salary_effective_on")
    public LocalDate salaryEffectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "hr_updated_at")
    public OffsetDateTime hrUpdatedAt;

    @Version
    public long version;

    @Override
    public String scopePath() {
        return unitPath;
    }

    void setEthnicity(String code) {
        ethnicity = code;
        ethnicMinority = CadreFacts.ethnicMinority(code);
    }

    /** The programmes the levels held are worth, for the training a post requires. */
    Set<ProgrammeKind> levelsHeld() {
        Set<ProgrammeKind> held = EnumSet.noneOf(ProgrammeKind.class);
        politicalTheory.equivalent().ifPresent(held::add);
        stateManagement.equivalent().ifPresent(held::add);
        return held;
    }

    CadreRef ref() {
        return new CadreRef(id, memberId, unitCode, unitPath, fullName, dateOfBirth, sex, ethnicMinority, levelsHeld());
    }
}
