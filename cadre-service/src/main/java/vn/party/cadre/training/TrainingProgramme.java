package vn.party.cadre.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.scope.Scoped;
import vn.party.cadre.rules.ProgrammeKind;

import java.time.LocalDate;
import java.util.UUID;

/** A training programme (lớp đào tạo, bồi dưỡng) run by a unit in a year. */
@Entity
@Table(name = "training_programme")
public class TrainingProgramme extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ProgrammeKind kind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int year;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
