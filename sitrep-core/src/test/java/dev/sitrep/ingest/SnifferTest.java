package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnifferTest {
    private static Sniffer.Format sniff(String s) {
        return Sniffer.sniff(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void firstBytesDecide() {
        assertEquals(Sniffer.Format.GZIP, Sniffer.sniff(new byte[] {0x1F, (byte) 0x8B, 8, 0}));
        assertEquals(Sniffer.Format.WARC, sniff("WARC/1.1\r\nWARC-Type: response\r\n"));
        assertEquals(Sniffer.Format.JSON_LINES, sniff("\n  {\"text\": \"x\"}"));
        assertEquals(Sniffer.Format.JSON_LINES, sniff("\uFEFF{\"text\": \"x\"}"));
        assertEquals(Sniffer.Format.DOCUMENT, sniff("<html><body>{not json}</body></html>"));
        assertEquals(Sniffer.Format.DOCUMENT, sniff("WARC is a file format."));
        assertEquals(Sniffer.Format.DOCUMENT, sniff(""));
    }

    @Test
    void sniffingAStreamDoesNotConsumeIt() throws IOException {
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(
                "WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Sniffer.Format.WARC, Sniffer.sniff(in));
        assertEquals("WARC/1.0\r\n", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }
}
