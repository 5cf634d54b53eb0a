package vn.party.cadre.profile;

import vn.party.cadre.rules.CadreFacts;
import vn.party.cadre.rules.ProgrammeKind;
import vn.party.cadre.rules.Sex;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What other features know of a cadre: enough for the rules and the event facts, never the national ID.
 *
 * @param levelsHeld the programmes the political theory and state management levels of the profile equal
 */
public record CadreRef(UUID id, UUID memberId, String unitCode, String unitPath, String fullName, LocalDate dateOfBirth,
                       Sex sex, boolean ethnicMinority, Set<ProgrammeKind> levelsHeld) {

    public String ageBand(LocalDate on) {
        return CadreFacts.ageBand(dateOfBirth, on);
    }

    public List<String> pathCodes() {
        return CadreFacts.pathCodes(unitPath);
    }
}
