package vn.party.cadre.training;

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
import vn.party.cadre.rules.ProgrammeKind;

import java.time.LocalDate;
import java.util.UUID;

/** A cadre enrolled in a programme, and completed when the certificate is recorded; scoped by the programme's unit. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ProgrammeKind kind;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    public UUID cadreId;

    @Column(name = "enrolled_on", nullable = false, updatable = false)
    public LocalDate enrolledOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    public String certificate;

    @Version
    public long version;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
