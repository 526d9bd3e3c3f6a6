package org.smallwins.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Telegram emulator (src/test/emulator, installed by ./bot test), which confirms updates by offset
 * and holds long polls as the real Bot API does, and a client that acts as people through it and reads
 * what the bot sent.
 */
final class TelegramEmulator implements AutoCloseable {
    private static final Path SCRIPT = Path.of("src/test/emulator/server.js");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process node;
    private final int port;

    /** One message the bot sent, as the emulator recorded it. */
    private static final Path INSTALLING = Path.of("src/test/emulator/.installing");

    /** ./bot test runs npm ci beside Maven's build: waits while it says it is still installing (at most 3 min). */
    private static void awaitTheInstall() throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (Files.exists(INSTALLING) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while npm ci ran", e);
            }
        }
    }

    record Sent(long seq, String method, long chatId, JsonNode message, long atMillis) {
        String text() {
            return TelegramEmulator.text(message);
        }
    }

    TelegramEmulator() throws IOException {
        awaitTheInstall();
        if (!Files.isDirectory(Path.of("src/test/emulator/node_modules/express"))) {
            throw new IllegalStateException(
                    "The emulator is not installed: run ./bot test (it runs npm ci in src/test/emulator)");
        }
        port = freePort();
        node = new ProcessBuilder("node", SCRIPT.toString(), String.valueOf(port))
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("emulator ready")) {
            node.destroyForcibly();
            throw new IllegalStateException("The emulator did not start: " + line);
        }
        Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}), "emulator-output");
        drain.setDaemon(true);
        drain.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String apiUrl() {
        return "http://127.0.0.1:" + port;
    }

    void sendText(String token, long chatId, String text) throws Exception {
        ObjectNode message = message(token, chatId, "private");
        message.put("text", text);
        post("/sendMessage", message);
    }

    void sendGroupText(String token, long chatId, String text) throws Exception {
        ObjectNode message = message(token, chatId, "group");
        message.put("text", text);
        post("/sendMessage", message);
    }

    void sendSticker(String token, long chatId) throws Exception {
        ObjectNode message = message(token, chatId, "private");
        ObjectNode sticker = message.putObject("sticker");
        sticker.put("file_id", "sticker-1")
                .put("file_unique_id", "s1")
                .put("type", "regular")
                .put("width", 512)
                .put("height", 512)
                .put("is_animated", false)
                .put("is_video", false);
        post("/sendMessage", message);
    }

    /** Presses a button: {@code data} as the bot put it in the keyboard of message {@code messageId}. */
    void press(String token, long chatId, long messageId, String data) throws Exception {
        ObjectNode callback = json.createObjectNode();
        callback.put("botToken", token);
        callback.set("from", person(chatId));
        ObjectNode message = callback.putObject("message");
        message.put("message_id", messageId).put("date", Instant.now().getEpochSecond());
        message.putObject("chat").put("id", chatId).put("type", "private");
        callback.put("data", data);
        post("/sendCallback", callback);
    }

    /** A button press that carries no message (as for a message sent through inline mode). */
    void pressWithoutMessage(String token, long personId, String data) throws Exception {
        ObjectNode callback = json.createObjectNode();
        callback.put("botToken", token);
        callback.set("from", person(personId));
        callback.put("inline_message_id", "inline-1");
        callback.put("data", data);
        post("/sendCallback", callback);
    }

    /** Any update at all, as given (the emulator adds its update_id); returns that id. */
    long rawUpdate(String token, JsonNode update) throws Exception {
        ObjectNode body = json.createObjectNode().put("botToken", token);
        body.set("update", update);
        return post("/_test/rawUpdate", body).get("result").asLong();
    }

    /** Waits until the bot has sent this chat a message that satisfies {@code wanted}; returns everything sent so far. */
    List<JsonNode> awaitMessage(String token, long chatId, Predicate<JsonNode> wanted, Duration limit)
            throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            List<JsonNode> all = messages(token, chatId);
            if (all.stream().anyMatch(wanted)) {
                return all;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no such message within " + limit.toSeconds() + " s; received: "
                        + all.stream().map(TelegramEmulator::text).toList());
            }
            Thread.sleep(50);
        }
    }

    List<JsonNode> awaitText(String token, long chatId, String fragment) throws Exception {
        return awaitMessage(token, chatId, m -> text(m).contains(fragment), Duration.ofSeconds(30));
    }

    /** Every message the bot has sent this chat so far, in order. */
    List<JsonNode> messages(String token, long chatId) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode sent :
                get("/_test/sent?token=" + encode(token) + "&chat=" + chatId).get("result")) {
            all.add(sent.get("message"));
        }
        return all;
    }

    /** What the bot sent to anyone after sequence number {@code after}, waiting up to {@code wait} for some. */
    List<Sent> sentAfter(String token, long after, Duration wait) throws Exception {
        List<Sent> sent = new ArrayList<>();
        JsonNode result = get("/_test/sent?token=" + encode(token) + "&after=" + after + "&waitMs=" + wait.toMillis())
                .get("result");
        for (JsonNode s : result) {
            sent.add(new Sent(
                    s.get("seq").asLong(),
                    s.get("method").asText(),
                    s.get("chat_id").asLong(),
                    s.get("message"),
                    s.get("at_ms").asLong()));
        }
        return sent;
    }

    /** How many getUpdates calls this token made so far. */
    long getUpdatesCalls(String token) throws Exception {
        return stats(token).get("getUpdatesCalls").asLong();
    }

    /** getUpdatesCalls, unconfirmedUpdates, confirmedBelow, nextUpdateId, sent, polling. */
    JsonNode stats(String token) throws Exception {
        return get("/_test/stats?token=" + encode(token)).get("result");
    }

    JsonNode callbackAnswers() throws Exception {
        return get("/_test/callbackAnswers").get("result");
    }

    JsonNode commands(String token) throws Exception {
        return get("/_test/commands?token=" + encode(token)).get("result");
    }

    static String text(JsonNode message) {
        return message.has("text")
                ? message.path("text").asText("")
                : message.path("caption").asText("");
    }

    ObjectNode message(String token, long chatId, String type) {
        ObjectNode message = json.createObjectNode();
        message.put("botToken", token);
        message.set("from", person(Math.abs(chatId)));
        ObjectNode chat = message.putObject("chat").put("id", chatId).put("type", type);
        if (type.equals("private")) {
            chat.put("first_name", "Test");
        } else {
            chat.put("title", "A group");
        }
        message.put("date", Instant.now().getEpochSecond());
        return message;
    }

    ObjectNode person(long id) {
        return json.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "Test");
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode post(String path, JsonNode body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        return json.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl() + path))
                .timeout(Duration.ofSeconds(40))
                .build();
        return json.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Override
    public void close() {
        node.destroy();
    }
}
