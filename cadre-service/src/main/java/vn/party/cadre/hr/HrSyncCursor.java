package vn.party.cadre.hr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Where the last sync stopped: moved only past pages whose records were all stored or reported. */
@Entity
@Table(name = "hr_sync_cursor")
public class HrSyncCursor extends PanacheEntityBase {

    static final String SOURCE = "hr";

    @Id
    public String source;

    public String cursor;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
