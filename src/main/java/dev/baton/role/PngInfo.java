package dev.baton.role;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the header of a PNG file says: read from its signature and its first chunk, which must be
 * IHDR.
 *
 * @param width  in pixels
 * @param height in pixels
 */
public record PngInfo(int width, int height) {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The header of a PNG file, or nothing when the bytes are not one. */
    public static Optional<PngInfo> read(byte[] bytes) {
        if (bytes == null || bytes.length < 24 || !Arrays.equals(Arrays.copyOf(bytes, 8), SIGNATURE)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (buffer.getInt(8) != 13 || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R') {
            return Optional.empty();
        }
        int width = buffer.getInt(16);
        int height = buffer.getInt(20);
        return width > 0 && height > 0 ? Optional.of(new PngInfo(width, height)) : Optional.empty();
    }
}
