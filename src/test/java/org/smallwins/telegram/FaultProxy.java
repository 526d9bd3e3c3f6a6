package org.smallwins.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A proxy on 127.0.0.1 between the bot and the emulator that, once {@link #faulty} is on, answers some
 * calls as a struggling Bot API would: 429 with {@code retry_after}, 502 with an HTML page, a
 * connection dropped without an answer, a 10 s stall, and 403 for one chat (the person blocked the
 * bot). Every fault happens before the call reaches the emulator, so a retried call can land only once.
 */
final class FaultProxy implements AutoCloseable {
    static final int RETRY_AFTER_SECONDS = 2;
    static final Duration STALL = Duration.ofSeconds(10);

    /** What happened to one call while faults were on. */
    record Event(String method, long chatId, String outcome, long atMillis) {}

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String target;
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger sends = new AtomicInteger();
    private volatile boolean faulty;
    private volatile long blockedChat;
    final List<Event> events = new CopyOnWriteArrayList<>();

    FaultProxy(String target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Turns faults on (counting calls afresh) or off; {@code blocked} is the chat that answers 403. */
    void faulty(boolean on, long blocked) {
        polls.set(0);
        sends.set(0);
        blockedChat = blocked;
        faulty = on;
    }

    List<Event> eventsFor(long chatId) {
        return events.stream().filter(e -> e.chatId() == chatId).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().toString();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
            if (faulty && !fault(exchange, method, body)) {
                return;
            }
            forward(exchange, path, body);
        }
    }

    /** Applies the fault due for this call, if any; true when the call goes on to the emulator. */
    private boolean fault(HttpExchange exchange, String method, byte[] body) throws IOException {
        long chat = chatOf(body);
        String outcome;
        if (method.equals("getupdates")) {
            outcome = switch (polls.incrementAndGet()) {
                case 1 -> "502";
                case 2 -> "drop";
                case 3 -> "stall";
                default -> "forward";
            };
        } else if (method.equals("sendmessage")) {
            int n = sends.incrementAndGet();
            outcome = chat == blockedChat
                    ? "403"
                    : n == 2
                            ? "stall"
                            : switch (n % 6) {
                                case 1 -> "429";
                                case 3 -> "502";
                                case 5 -> "drop";
                                default -> "forward";
                            };
        } else {
            outcome = "forward";
        }
        events.add(new Event(method, chat, outcome, System.currentTimeMillis()));
        switch (outcome) {
            case "429" ->
                answer(
                        exchange,
                        429,
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                                + RETRY_AFTER_SECONDS + "\",\"parameters\":{\"retry_after\":" + RETRY_AFTER_SECONDS
                                + "}}");
            case "403" ->
                answer(
                        exchange,
                        403,
                        "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
            case "502" -> answer(exchange, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
            case "drop" -> {
                // No status line, no body: the connection just ends.
            }
            case "stall" -> {
                sleep(STALL);
                return true;
            }
            default -> {
                return true;
            }
        }
        return false;
    }

    private long chatOf(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node == null ? 0 : node.path("chat_id").asLong(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private void forward(HttpExchange exchange, String path, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.statusCode(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
