package dev.sitrep.decode;

import java.util.Optional;

/**
 * Names the common binary formats by their magic bytes, so that an image, PDF or archive saved under a page's
 * name is refused as what it is ("binary content (png)") rather than decoded into noise or reported by the
 * offset of its first odd byte.
 */
final class BinarySignature {
    private record Magic(String name, int offset, byte[] bytes) {
    }

    private static final Magic[] MAGICS = {
        magic("png", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A),
        magic("pdf", 0, '%', 'P', 'D', 'F', '-'),
        magic("zip", 0, 'P', 'K', 0x03, 0x04),
        magic("zip", 0, 'P', 'K', 0x05, 0x06),
        magic("gif", 0, 'G', 'I', 'F', '8'),
        magic("jpeg", 0, 0xFF, 0xD8, 0xFF),
        magic("webp", 8, 'W', 'E', 'B', 'P'),
        magic("gzip", 0, 0x1F, 0x8B),
        magic("bzip2", 0, 'B', 'Z', 'h'),
        magic("xz", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
        magic("zstd", 0, 0x28, 0xB5, 0x2F, 0xFD),
        magic("7z", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
        magic("elf", 0, 0x7F, 'E', 'L', 'F'),
        magic("mp4", 4, 'f', 't', 'y', 'p'),
        magic("ogg", 0, 'O', 'g', 'g', 'S'),
        magic("woff", 0, 'w', 'O', 'F', 'F'),
        magic("woff2", 0, 'w', 'O', 'F', '2'),
        magic("class", 0, 0xCA, 0xFE, 0xBA, 0xBE),
        magic("ole2 (old office)", 0, 0xD0, 0xCF, 0x11, 0xE0),
    };

    private BinarySignature() {
    }

    private static Magic magic(String name, int offset, int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new Magic(name, offset, b);
    }

    /** The binary format {@code bytes} open with, if they open with a known one. */
    static Optional<String> of(byte[] bytes) {
        for (Magic m : MAGICS) {
            if (bytes.length >= m.offset() + m.bytes().length && startsWith(bytes, m.offset(), m.bytes())) {
                return Optional.of(m.name());
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
