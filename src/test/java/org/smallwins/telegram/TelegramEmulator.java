package org.smallwins.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The Telegram emulator (src/test/emulator, installed by ./bot test) and a client that acts as people
 * over its /sendMessage, /sendCallback and /getUpdates routes.
 */
final class TelegramEmulator implements AutoCloseable {
    private static final Path SCRIPT = Path.of("src/test/emulator/server.js");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process node;
    private final int port;
    private final Map<Long, List<JsonNode>> received = new ConcurrentHashMap<>();

    TelegramEmulator() throws IOException {
        if (!Files.isDirectory(Path.of("src/test/emulator/node_modules/telegram-test-api"))) {
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

    private static int freePort() throws IOException {
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

    /** Waits until the bot has sent this chat a message that satisfies {@code wanted}; returns everything received so far. */
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

    /** Every message the bot has sent this chat so far (the emulator hands each over once; we keep them). */
    List<JsonNode> messages(String token, long chatId) throws Exception {
        ObjectNode body = json.createObjectNode().put("token", token).put("chatId", chatId);
        JsonNode fresh = post("/getUpdates", body).get("result");
        List<JsonNode> all =
                received.computeIfAbsent(chatId, id -> java.util.Collections.synchronizedList(new ArrayList<>()));
        fresh.forEach(update -> {
            // The emulator keeps what the bot sent; the message id it gave lives beside it.
            ObjectNode message = ((ObjectNode) update.get("message")).deepCopy();
            message.put("message_id", update.get("messageId").asLong());
            all.add(message);
        });
        return List.copyOf(all);
    }

    JsonNode callbackAnswers() throws Exception {
        return get("/_test/callbackAnswers").get("result");
    }

    JsonNode commands() throws Exception {
        return get("/_test/commands").get("result");
    }

    static String text(JsonNode message) {
        return message.path("text").asText("");
    }

    private ObjectNode message(String token, long chatId, String type) {
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

    private ObjectNode person(long id) {
        return json.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "Test");
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
                .timeout(Duration.ofSeconds(10))
                .build();
        return json.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Override
    public void close() {
        node.destroy();
    }
}
