package vn.party.membership.orgunit;

import jakarta.persistence.Column;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.scope.Scoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import vn.party.contracts.CellKind;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A unit of the party tree (tổ chức đảng): province committee down to cell. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends Stamped implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Stable identifier, an ltree label: lower-case letters, digits and _. Never changes. */
    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public UnitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    public OrganisationType organisationType;

    /** Loại hình chi bộ: set for cells whose kind was recorded, null for every other unit. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cell_kind")
    public CellKind cellKind;

    @Column(name = "parent_id")
    public Long parentId;

    /** Materialised path (ltree) of codes from the root: where the unit stands now. */
    @Column(nullable = false, columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String path;

    @Column(name = "founded_on", nullable = false)
    public LocalDate foundedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Version
    public long version;

    /** A unit belongs to itself: it is in scope when its own path is. */
    @Override
    public String scopePath() {
        return path;
    }

    public List<String> pathCodes() {
        return Arrays.asList(path.split("\\."));
    }

    /** Code of the parent: the label before this unit's own in the path. */
    public String parentCode() {
        List<String> codes = pathCodes();
        return codes.size() < 2 ? null : codes.get(codes.size() - 2);
    }
}
