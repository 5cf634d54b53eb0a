package vn.party.cadre.profile;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import vn.party.backbone.scope.SystemAccess;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cadres by member id or id for the event consumers, which act for no caller. */
@ApplicationScoped
@SystemAccess("event consumers map a member id from inspection.events to the cadre, for every unit")
public class CadreLookup {

    public Optional<CadreRef> byMember(UUID memberId) {
        List<CadreProfile> rows = Panache.getEntityManager()
                .createQuery("select p from CadreProfile p where p.memberId = :m", CadreProfile.class)
                .setParameter("m", memberId).getResultList();
        return rows.stream().findFirst().map(CadreProfile::ref);
    }

    public Optional<CadreRef> byId(UUID id) {
        return Optional.ofNullable(Panache.getEntityManager().find(CadreProfile.class, id)).map(CadreProfile::ref);
    }
}
