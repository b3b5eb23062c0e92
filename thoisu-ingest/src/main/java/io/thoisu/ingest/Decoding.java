package io.thoisu.ingest;

import java.util.OptionalLong;

/** What {@link TextDecoder} made of some bytes: the text, or why there is none and where it went wrong. */
public sealed interface Decoding permits Decoding.Text, Decoding.Failure {

    /** Decoded text: no byte-order mark, line ends normalised to {@code \n}. */
    record Text(String text) implements Decoding {
    }

    /**
     * @param byteOffset offset of the offending byte, relative to the start of the bytes that were decoded, when the
     *                   problem has a place
     */
    record Failure(OptionalLong byteOffset, String reason) implements Decoding {
        static Failure at(long offset, String reason) {
            return new Failure(OptionalLong.of(offset), reason);
        }

        static Failure whole(String reason) {
            return new Failure(OptionalLong.empty(), reason);
        }

        /** The reason, with the offset shifted by {@code base} (for bytes cut from a larger file) when there is one. */
        String describe(long base) {
            return byteOffset.isPresent() ? reason + " at byte offset " + (base + byteOffset.getAsLong()) : reason;
        }
    }
}
