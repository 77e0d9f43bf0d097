package dev.sitrep.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateScannerTest {
    private static final CodePage CP1252 = CodePage.all().get(0);

    private static List<String> replacements(String s) {
        return CandidateScanner.scan(s, CP1252).stream().map(Candidate::replacement).toList();
    }

    @Test
    void findsEveryWellFormedSequence() {
        assertEquals(List.of("é", "’", "😀"), replacements("cafÃ© itâ€™s í\u00a0½í¸\u0080"));
    }

    @Test
    void rejectsOverlongSurrogateAndCutSequences() {
        assertEquals(List.of(), replacements("à€ í¿¿ Ã"));
    }

    @Test
    void lostBytesBecomeOneReplacementCharacter() {
        List<Candidate> found = CandidateScanner.scan("â€\uFFFD and â€?", CP1252);
        assertEquals(List.of(Candidate.Kind.LOSSY, Candidate.Kind.LOSSY), found.stream().map(Candidate::kind).toList());
        assertEquals("\uFFFD", found.get(0).replacement());
    }

    @Test
    void aGraveBeforeASpaceFollowsTheWordAfterIt() {
        assertEquals(List.of("à"), replacements("voilÃ la réponse"));
        assertEquals(4, CandidateScanner.scan("voilÃ la", CP1252).get(0).start());
        Candidate portuguese = CandidateScanner.scan("Ã s vezes", CP1252).get(0);
        assertEquals(2, portuguese.length()); // "às": the space was the lost byte
        assertEquals(1, CandidateScanner.scan("Ã partir de", CP1252).get(0).length());
    }

    @Test
    void codePagesMapUndefinedBytesBothWays() {
        CodePage greek = CodePage.all().stream().filter(p -> p.name().equals("windows-1253")).findFirst().orElseThrow();
        assertEquals(0xE2, greek.byteOf('β'));
        assertEquals(0x9C, greek.byteOf('œ')); // undefined in 1253, filled from Windows-1252
        assertEquals(0x9C, greek.byteOf('\u009c'));
        assertEquals('a', greek.byteOf('a'));
        assertEquals(-1, greek.byteOf('ж'));
    }
}
