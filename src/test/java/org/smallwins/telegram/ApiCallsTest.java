package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

@SuppressWarnings("unchecked") // Mockito's thenReturn(first, rest...) with generic futures
class ApiCallsTest {
    private final TelegramClient client = mock(TelegramClient.class);
    private final List<Duration> slept = new ArrayList<>();
    private final ApiCalls calls = new ApiCalls(client, Duration.ofMillis(200), slept::add);
    private final SendMessage send =
            SendMessage.builder().chatId(1L).text("hello").build();

    private static CompletableFuture<Message> failing(int code, Integer retryAfter) {
        ApiResponse<Object> response = ApiResponse.builder()
                .ok(false)
                .errorCode(code)
                .errorDescription("refused")
                .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
                .build();
        return CompletableFuture.failedFuture(new TelegramApiRequestException("refused", response));
    }

    @Test
    void waitsRetryAfterOn429ThenSends() throws Exception {
        Message sent = new Message();
        when(client.executeAsync(any(SendMessage.class)))
                .thenReturn(failing(429, 3), CompletableFuture.completedFuture(sent));

        assertThat(calls.call(send)).isSameAs(sent);
        assertThat(slept).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retriesServerErrorsAndNetworkFailuresWithGrowingBackoff() throws Exception {
        Message sent = new Message();
        when(client.executeAsync(any(SendMessage.class)))
                .thenReturn(
                        failing(502, null),
                        CompletableFuture.failedFuture(new TelegramApiException("connection reset")),
                        CompletableFuture.completedFuture(sent));

        assertThat(calls.call(send)).isSameAs(sent);
        assertThat(slept).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void aCallThatNeverAnswersTimesOutAndIsRetried() throws Exception {
        Message sent = new Message();
        when(client.executeAsync(any(SendMessage.class)))
                .thenReturn(new CompletableFuture<>(), CompletableFuture.completedFuture(sent));

        assertThat(calls.call(send)).isSameAs(sent);
        verify(client, times(2)).executeAsync(any(SendMessage.class));
    }

    @Test
    void aRefusalThatRetryingCannotFixGivesUpAtOnce() throws Exception {
        when(client.executeAsync(any(SendMessage.class))).thenReturn(failing(403, null));

        assertThatThrownBy(() -> calls.call(send))
                .isInstanceOf(ApiCalls.CallFailed.class)
                .hasMessageContaining("403");
        assertThat(slept).isEmpty();
    }

    @Test
    void persistentFailureIsRetriedForFiveMinutesThenGivenUp() throws Exception {
        when(client.executeAsync(any(SendMessage.class))).thenReturn(failing(500, null));

        assertThatThrownBy(() -> calls.call(send)).isInstanceOf(ApiCalls.CallFailed.class);
        Duration total = slept.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isLessThanOrEqualTo(ApiCalls.MAX_RETRY_TIME).isGreaterThan(Duration.ofMinutes(4));
        assertThat(slept.get(slept.size() - 1)).isEqualTo(Duration.ofSeconds(16)); // backoff is capped
        verify(client, times(slept.size() + 1)).executeAsync(any(SendMessage.class));
    }
}
