package vn.party.cadre.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.scope.ScopedData;

import java.util.Optional;
import java.util.UUID;

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
}
