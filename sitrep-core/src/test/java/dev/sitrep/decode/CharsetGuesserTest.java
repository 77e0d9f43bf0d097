package dev.sitrep.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CharsetGuesserTest {

    @Test
    void utf8IsRecognisedEvenWhenCutMidSequence() {
        byte[] bytes = "Zelensky in Kyiv: «переговоры»".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, CharsetGuesser.guess(bytes));
        assertEquals(StandardCharsets.UTF_8, CharsetGuesser.guess(Arrays.copyOf(bytes, bytes.length - 1)));
        assertEquals(StandardCharsets.UTF_8, CharsetGuesser.guess("plain ascii".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void singleBytePagesAreToldApartByTheirCommonestLetters() {
        assertEquals(CharsetGuesser.CP1251, CharsetGuesser.guess("в Москве заявили о новых переговорах"
                .getBytes(Charset.forName("windows-1251"))));
        assertEquals(CharsetGuesser.CP1253, CharsetGuesser.guess("η κυβέρνηση ανακοίνωσε νέα μέτρα σήμερα"
                .getBytes(Charset.forName("windows-1253"))));
        assertEquals(CharsetGuesser.CP1252, CharsetGuesser.guess("Les ministres réunis à Genève ont décidé"
                .getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void censusCountsWellFormedAndMalformedSequences() {
        byte[] mixed = {'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xE9, 'b', (byte) 0xE2, (byte) 0x80, (byte) 0x9C};
        assertEquals(new CharsetGuesser.Utf8Census(2, 1), CharsetGuesser.Utf8Census.of(mixed));
    }
}
