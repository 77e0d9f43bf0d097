package dev.sitrep.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void guessesTheSupportedLanguages() {
        assertEquals(Optional.of("en"), guesser.guess("The ferry service will resume next week, and the harbour master said that the pier is safe."));
        assertEquals(Optional.of("de"), guesser.guess("Die Fähre wird in der nächsten Woche wieder fahren, und der Hafenmeister sagte, dass der Steg sicher ist."));
        assertEquals(Optional.of("fr"), guesser.guess("Le service de ferry reprendra la semaine prochaine et le capitaine a dit que le quai est sûr pour les passagers."));
        assertEquals(Optional.of("es"), guesser.guess("El servicio de ferry se reanudará la próxima semana y el capitán dijo que el muelle es seguro para los pasajeros."));
        assertEquals(Optional.of("it"), guesser.guess("Il servizio di traghetto riprenderà la prossima settimana e il capitano ha detto che il molo è sicuro per i passeggeri, anche se non per tutti."));
        assertEquals(Optional.of("pl"), guesser.guess("Prom wróci w przyszłym tygodniu, a kapitan powiedział, że molo jest bezpieczne i nie ma już problemu z pasażerami."));
        assertEquals(Optional.of("ru"), guesser.guess("Паром вернется на следующей неделе, и капитан сказал, что причал безопасен, но это не все, что он сказал."));
        assertEquals(Optional.of("uk"), guesser.guess("Пором повернеться наступного тижня, і капітан сказав, що причал безпечний, але це не все, що він сказав."));
    }

    @Test
    void unsureMeansEmpty() {
        assertEquals(Optional.empty(), guesser.guess("Ferry"));
        assertEquals(Optional.empty(), guesser.guess("Kapal feri akan kembali minggu depan dan kapten berkata dermaga aman."));
    }
}
