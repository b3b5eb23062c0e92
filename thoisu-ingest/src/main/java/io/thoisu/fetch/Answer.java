package io.thoisu.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Instant;

/** One HTTP response taken whole (its body read within the limits), with the request that was sent for it. */
record Answer(URI uri, int status, HttpHeaders headers, byte[] body, Instant at, HttpRequest sent) {
}
