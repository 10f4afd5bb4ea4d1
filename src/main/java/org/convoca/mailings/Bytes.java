package org.convoca.mailings;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array for writing messages, without the locking of {@code ByteArrayOutputStream}. */
final class Bytes {

    private byte[] buffer;
    private int size;

    Bytes(int capacity) {
        buffer = new byte[capacity];
    }

    Bytes put(int b) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[size++] = (byte) b;
        return this;
    }

    Bytes ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
        return this;
    }

    Bytes utf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (size + b.length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + b.length));
        }
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
        return this;
    }

    Bytes append(byte[] bytes) {
        System.arraycopy(bytes, 0, reserve(bytes.length), size, bytes.length);
        size += bytes.length;
        return this;
    }

    Bytes crlf() {
        return put('\r').put('\n');
    }

    /** Makes room for {@code more} bytes and returns the array to write them into, from {@link #size()} on. */
    byte[] reserve(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
        return buffer;
    }

    int size() {
        return size;
    }

    /** After writing into the array {@link #reserve} returned: where the written bytes end. */
    void size(int newSize) {
        size = newSize;
    }

    byte[] toArray() {
        return Arrays.copyOf(buffer, size);
    }
}
