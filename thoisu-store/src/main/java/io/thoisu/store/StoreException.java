package io.thoisu.store;

/** A failure of the storage itself (disk, database, index), as opposed to bad input, which becomes a rejection. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
