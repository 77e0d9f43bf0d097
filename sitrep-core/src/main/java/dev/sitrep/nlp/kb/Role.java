package dev.sitrep.nlp.kb;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An office of a country or organisation, with the phrases that name it and who held it when.
 *
 * @param id         stable id ("us-secretary-of-defense")
 * @param name       canonical name of the office
 * @param of         id of the country or organisation the office belongs to
 * @param phrases    what text calls it: generic ones ("defence secretary") need a qualifier or context;
 *                   {@code qualified} ones carry their own ("Pentagon chief")
 * @param qualified  the subset of {@code phrases} that names this office alone
 * @param tenures    holders, oldest first
 * @param provenance where the office is described
 */
public record Role(String id, String name, String of, List<String> phrases, Set<String> qualified,
        List<Tenure> tenures, String provenance) {
    public Role {
        phrases = List.copyOf(phrases);
        qualified = Set.copyOf(qualified);
        tenures = List.copyOf(tenures);
    }

    /** Ids of the people in office on {@code day}: usually one, several for offices shared by a team. */
    public Set<String> holdersOn(LocalDate day) {
        Set<String> out = new LinkedHashSet<>();
        for (Tenure t : tenures) {
            if (t.covers(day)) {
                out.add(t.personId());
            }
        }
        return out;
    }

    /** Ids of everyone who ever held the office, as recorded. */
    public Set<String> allHolders() {
        Set<String> out = new LinkedHashSet<>();
        for (Tenure t : tenures) {
            out.add(t.personId());
        }
        return out;
    }
}
