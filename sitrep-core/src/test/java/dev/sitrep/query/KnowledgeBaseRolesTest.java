package dev.sitrep.query;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseRolesTest {
    private final RoleLookup roles = KnowledgeBaseRoles.shipped();

    @Test
    void currentOfficeHasAnOpenEnd() {
        assertEquals(List.of(new Role("US Secretary of Defense", "United States", LocalDate.of(2025, 1, 25), null)),
                roles.roles("kb:pete-hegseth"));
    }

    @Test
    void twoTermsOfOneOfficeOldestFirst() {
        List<Role> trump = roles.roles("kb:donald-trump").stream()
                .filter(r -> r.role().equals("President of the United States")).toList();
        assertEquals(2, trump.size(), trump.toString());
        assertEquals(LocalDate.of(2017, 1, 20), trump.get(0).from());
        assertEquals(LocalDate.of(2021, 1, 20), trump.get(0).to(), "the day the term ended");
        assertEquals(LocalDate.of(2025, 1, 20), trump.get(1).from());
        assertNull(trump.get(1).to());
    }

    @Test
    void entitiesOutsideTheKnowledgeBaseHaveNone() {
        assertEquals(List.of(), roles.roles("fx:ysolde-brann"));
        assertEquals(List.of(), roles.roles("kb:nobody-by-that-id"));
        assertEquals(List.of(), roles.roles("kb:nato"), "an organisation holds no office");
    }
}
