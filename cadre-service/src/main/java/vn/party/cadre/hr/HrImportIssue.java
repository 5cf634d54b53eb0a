package vn.party.cadre.hr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row an import skipped, and why: by row number and civil-servant code, never by national ID. Read through its import. */
@Entity
@Table(name = "hr_import_issue")
public class HrImportIssue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "import_id", nullable = false)
    public UUID importId;

    @Column(name = "row_number", nullable = false)
    public int rowNumber;

    @Column(name = "record_ref")
    public String recordRef;

    @Column(nullable = false)
    public String reason;
}
