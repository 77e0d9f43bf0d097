package dev.sitrep.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reads bodies without ever holding more than a cap, so that neither a huge page nor a gzip bomb costs more. */
final class CappedBody {
    /** The body went over the cap; {@link #getMessage()} says which cap and at which stage. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    private CappedBody() {
    }

    /** All of {@code in}, failing once more than {@code cap} bytes arrive. */
    static byte[] read(InputStream in, long cap, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            total += n;
            if (total > cap) {
                throw new TooLargeException(what + " over the cap of " + cap + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** The gunzipped form of {@code gzip}, failing once it passes {@code cap} bytes. */
    static byte[] gunzip(byte[] gzip, long cap) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return read(in, cap, "decoded body");
        }
    }
}
