package io.thoisu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.thoisu.http.ApiServer;
import io.thoisu.json.ContractJson;
import io.thoisu.store.EmbeddedStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve --rate-limit} and {@code --max-request-bytes}: parsed by the CLI, enforced on real sockets. */
class ServeLimitsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void helpDocumentsBothLimits() {
        CliRun help = CliRun.of("serve", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--rate-limit=N").contains("--max-request-bytes=BYTES").contains("0 turns");
    }

    @Test
    void optionsBecomeLimits() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--rate-limit", "0", "--max-request-bytes", "2048");
        assertThat(serve.limits()).isEqualTo(new ServeCommand.Limits(OptionalInt.of(0), 2048));
        ServeCommand defaults = new ServeCommand();
        new CommandLine(defaults).parseArgs();
        assertThat(defaults.limits()).isEqualTo(ServeCommand.Limits.DEFAULT);
        assertThat(CliRun.of("--data", dir.toString(), "serve", "--rate-limit", "-1").code()).isNotZero();
    }

    @Test
    void aClientOverItsRequestsPerMinuteGets429UntilItsMinuteRefills() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("data"));
             ApiServer server = ApiServer.start(store, "127.0.0.1", 0, OptionalInt.of(4), ApiServer.MAX_REQUEST_BYTES)) {
            URI status = URI.create("http://127.0.0.1:" + server.port() + "/api/status");
            int ok = 0;
            HttpResponse<String> refused = null;
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    refused = r;
                }
            }
            // 4 per minute: at most one more token can come back in the ~second six requests take
            assertThat(ok).isBetween(4, 5);
            assertThat(refused).isNotNull();
            assertThat(refused.statusCode()).isEqualTo(429);
            // a token comes back every 15 s
            assertThat(Long.parseLong(refused.headers().firstValue("retry-after").orElseThrow())).isBetween(1L, 15L);
            JsonNode body = ContractJson.mapper().readTree(refused.body());
            assertThat(body.get("status").asInt()).isEqualTo(429);
            assertThat(body.get("error").asText()).contains("too many requests");
        }
    }

    @Test
    void zeroMeansNoRateLimit() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("data"));
             ApiServer server = ApiServer.start(store, "127.0.0.1", 0, OptionalInt.of(0), ApiServer.MAX_REQUEST_BYTES)) {
            URI status = URI.create("http://127.0.0.1:" + server.port() + "/api/status");
            for (int i = 0; i < 150; i++) {
                assertThat(HTTP.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void aBodyOverTheGivenSizeGets413AsJsonAndOneUnderItDoesNot() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("data"));
             ApiServer server = ApiServer.start(store, "127.0.0.1", 0, OptionalInt.of(0), 100)) {
            String[] over = exchange(server.port(), 101);
            assertThat(over[0]).startsWith("HTTP/1.1 413");
            assertThat(over[1]).contains("content-type: application/json");
            assertThat(ContractJson.mapper().readTree(over[2]).get("status").asInt()).isEqualTo(413);
            assertThat(over[2]).contains("limit 100 bytes");
            assertThat(exchange(server.port(), 100)[0]).doesNotContain(" 413 ");
        }
    }

    /** Sends a POST with a body of {@code bytes} bytes on a raw socket; returns status line, headers, body. */
    private static String[] exchange(int port, int bytes) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: "
                    + bytes + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write("x".repeat(bytes).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            StringBuilder headers = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                headers.append(line.toLowerCase(Locale.ROOT)).append('\n');
            }
            StringBuilder body = new StringBuilder();
            char[] buf = new char[4096];
            int n;
            while ((n = in.read(buf)) > 0) {
                body.append(buf, 0, n);
            }
            return new String[] {status, headers.toString(), body.toString()};
        }
    }
}
