package org.storyline.store.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How raw bytes are kept at rest: deflated when that saves at least a tenth (text and HTML usually shrink four-fold),
 * as received otherwise (gzip files, images). Fast compression: ingest speed matters more than the last percent.
 */
final class RawCodec {
    private static final int MIN_SIZE = 512;

    private RawCodec() {
    }

    /** The deflated bytes, or null when keeping them as they are is as good. */
    static byte[] deflate(byte[] bytes) {
        if (bytes.length < MIN_SIZE || (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b)) {
            return null;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[65536];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
                if (out.size() > bytes.length * 0.9) {
                    return null;
                }
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] inflate(byte[] deflated, int size) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] out = new byte[size];
            int n = 0;
            while (n < size && !inflater.finished()) {
                int k = inflater.inflate(out, n, size - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            }
            if (n != size) {
                throw new IllegalStateException("stored raw bytes are damaged: " + n + " of " + size + " bytes could be read back");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored raw bytes are damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
