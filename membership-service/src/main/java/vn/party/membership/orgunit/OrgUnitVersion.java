package vn.party.membership.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import vn.party.contracts.CellKind;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A unit as it stood over [validFrom, validTo): its name, parent and place in the tree. */
@Entity
@Table(name = "org_unit_version")
public class OrgUnitVersion extends PanacheEntityBase {

    public enum Change { FOUNDED, RENAMED, MOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false, columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    public OrganisationType organisationType;

    /** Loại hình chi bộ: set for cells whose kind was recorded, null for every other unit. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cell_kind")
    public CellKind cellKind;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    static Optional<OrgUnitVersion> open(long unitId) {
        return find("unitId = ?1 and validTo is null", unitId).firstResultOptional();
    }

    static Optional<OrgUnitVersion> on(long unitId, LocalDate date) {
        return find("unitId = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)", unitId, date).firstResultOptional();
    }

    /** The path on the date; else the last path before it (a dissolved unit), else the first one (not yet founded). */
    static Optional<String> pathOn(long unitId, LocalDate date) {
        Optional<OrgUnitVersion> then = on(unitId, date)
                .or(() -> find("unitId = ?1 and validFrom <= ?2 order by validFrom desc, id desc", unitId, date).firstResultOptional())
                .or(() -> find("unitId = ?1 order by validFrom, id", unitId).firstResultOptional());
        return then.map(v -> v.path);
    }

    /** {@link #pathOn} over versions already read ({@link #of}, in order), with the same fallbacks. */
    static Optional<String> pathIn(List<OrgUnitVersion> versions, LocalDate date) {
        Optional<OrgUnitVersion> then = versions.stream()
                .filter(v -> !v.validFrom.isAfter(date) && (v.validTo == null || v.validTo.isAfter(date))).findFirst()
                .or(() -> versions.stream().filter(v -> !v.validFrom.isAfter(date)).reduce((a, b) -> b))
                .or(() -> versions.stream().findFirst());
        return then.map(v -> v.path);
    }

    static List<OrgUnitVersion> of(long unitId) {
        return list("unitId = ?1 order by validFrom, id", unitId);
    }
}
