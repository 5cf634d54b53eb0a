package vn.party.cadre.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.scope.ScopedData;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** How other features ask for a cadre: inside the caller's scope (404 outside it), as a {@link CadreRef}. */
@ApplicationScoped
public class CadreDirectory {

    @Inject
    ScopedData scoped;

    public CadreRef visible(UUID id) {
        return scoped.find(CadreProfile.class, id, "cadre " + id).ref();
    }

    public Optional<CadreRef> find(UUID id) {
        return scoped.findOptional(CadreProfile.class, id).map(CadreProfile::ref);
    }

    /** The cadres of those ids that lie in the caller's scope, by id: one query, the ids bound as one array. */
    public Map<UUID, CadreRef> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<CadreProfile> visible = scoped.sql("""
                        select p.*, cast(r.path as text) as unitPath from cadre_profile p join org_unit_replica r on r.code = p.unit_code
                        where r.path <@ cast(:scope as ltree) and p.id = any(cast(:ids as uuid[]))""", CadreProfile.class)
                .setParameter("ids", ids.stream().map(UUID::toString).distinct().collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        Map<UUID, CadreRef> found = new HashMap<>();
        for (CadreProfile p : visible) {
            found.put(p.id, p.ref());
        }
        return found;
    }
}
