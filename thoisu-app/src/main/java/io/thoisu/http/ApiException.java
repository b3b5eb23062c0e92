package io.thoisu.http;

/** A request the API refuses, with the HTTP status and a message that is safe to show the client. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
