package vn.party.membership.member;

import jakarta.persistence.Column;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.scope.Scoped;
import org.hibernate.annotations.Formula;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;
import java.util.UUID;

/** One person's party record (hồ sơ đảng viên), from candidacy on; a readmission continues it. */
@Entity
@Table(name = "member")
public class Member extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "national_id", nullable = false, unique = true, updatable = false)
    public String nationalId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "name_folded", nullable = false)
    public String nameFolded;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(nullable = false)
    public String ethnicity;

    public String religion;

    @Column(name = "party_card_number")
    public String partyCardNumber;

    public String hometown;

    public String education;

    @Column(name = "professional_qualification")
    public String professionalQualification;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory")
    public PoliticalTheory politicalTheory;

    public String occupation;

    /** The official cell now; {@link MemberPlacement} keeps the earlier ones. */
    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_kind")
    public ExitKind exitKind;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    /** Date of the (latest) admission decision. */
    @Column(name = "admitted_on")
    public LocalDate admittedOn;

    /** Date of the first admission decision: party age counts from it, across a readmission. */
    @Column(name = "first_admitted_on")
    public LocalDate firstAdmittedOn;

    @Column(name = "confirmed_on")
    public LocalDate confirmedOn;

    public boolean readmitted;

    /** Entered from paper files (hồ sơ giấy), not through an admission recorded here. */
    @Column(name = "from_paper")
    public boolean fromPaper;

    /** A full member from paper whose files do not give the confirmation date: official from the admission date. */
    @Column(name = "confirmation_date_unknown")
    public boolean confirmationDateUnknown;

    @Version
    public long version;

    /** The current official cell's path: a record is in scope where its member counts now. */
    @Formula("(select cast(u.path as text) from org_unit u where u.id = unit_id)")
    String unitPath;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
