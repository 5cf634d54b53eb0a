package vn.party.cadre.hr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import vn.party.backbone.scope.Scoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One import of the HR system's CSV export: belongs to the importer's unit; counts only, no personal data. */
@Entity
@Table(name = "hr_import")
public class HrImport extends PanacheEntityBase implements Scoped {

    public enum Status { RUNNING, SUCCEEDED, PARTIAL, FAILED }

    @Id
    public UUID id;

    /** The unit whose subtree the importer acts for. */
    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    public int processed;
    public int created;
    public int updated;
    public int unchanged;
    public int skipped;
    public String error;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
