package vn.party.membership.memberimport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One row-level error of an import, as reported by {@code GET /member-imports/{id}/errors}. */
@Entity
@Table(name = "member_import_error")
public class MemberImportError extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "import_id", nullable = false)
    public UUID importId;

    @Column(name = "row_number", nullable = false)
    public int rowNumber;

    @Column(name = "column_name")
    public String columnName;

    @Column(nullable = false)
    public String message;

    @Column(nullable = false)
    public String rule;

    static MemberImportError of(UUID importId, RowError error) {
        MemberImportError e = new MemberImportError();
        e.importId = importId;
        e.rowNumber = error.row();
        e.columnName = error.column();
        e.message = error.message();
        e.rule = error.rule();
        return e;
    }
}
