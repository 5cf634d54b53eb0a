package vn.party.reporting.filed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;
import vn.party.backbone.scope.Scoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A report as filed by a committee for its unit and a period: the summary frozen, never changed. */
@Entity
@Immutable
@Table(name = "report_filed")
public class FiledReport extends PanacheEntityBase implements Scoped {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(name = "unit_name", nullable = false, updatable = false)
    public String unitName;

    @Column(nullable = false, updatable = false)
    public String period;

    @Column(name = "period_from", nullable = false, updatable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    public LocalDate periodTo;

    @Column(name = "as_of", nullable = false, updatable = false)
    public LocalDate asOf;

    @Column(name = "grading_year", nullable = false, updatable = false)
    public int gradingYear;

    @Column(name = "filed_by", nullable = false, updatable = false)
    public String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    public OffsetDateTime filedAt;

    @Column(updatable = false)
    public String note;

    @Column(nullable = false, updatable = false)
    public String summary;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
