package dev.baton.llm;

import dev.baton.telemetry.GenAiSpans;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Talks to OpenAI-compatible chat endpoints through LangChain4j. Requests go over HTTP/1.1 (local
 * servers such as vLLM and LM Studio refuse the {@code Upgrade: h2c} of the JDK client's default),
 * are never logged (the key travels in a header), and are retried after 429 and 5xx answers with
 * LangChain4j's backoff. Models are kept per settings. Each request is a GenAI client span
 * ({@link GenAiSpans}) under the current span.
 */
public final class LlmClient {

    private static final Map<LlmSettings, ChatModel> MODELS = new ConcurrentHashMap<>();

    private LlmClient() {
    }

    /**
     * Asks the model; the conversation is the system prompt (if any), then the messages in turn,
     * user, assistant, user…
     *
     * @throws RuntimeException with the server's or the network's reason when the request fails
     */
    public static LlmReply chat(LlmSettings settings, List<String> userAndAssistantTurns) {
        List<ChatMessage> messages = new ArrayList<>();
        if (settings.systemPrompt() != null && !settings.systemPrompt().isBlank()) {
            messages.add(SystemMessage.from(settings.systemPrompt()));
        }
        for (int i = 0; i < userAndAssistantTurns.size(); i++) {
            String turn = userAndAssistantTurns.get(i);
            messages.add(i % 2 == 0 ? UserMessage.from(turn) : dev.langchain4j.data.message.AiMessage.from(turn));
        }
        Span span = GenAiSpans.startChat(settings.model(), settings.baseUrl(), settings.temperature(), settings.maxTokens());
        ChatResponse response;
        try (Scope ignored = span.makeCurrent()) {
            response = model(settings).chat(ChatRequest.builder().messages(messages).build());
        } catch (RuntimeException e) {
            GenAiSpans.failed(span, e, "the model call failed");
            throw e;
        }
        TokenUsage usage = response.tokenUsage();
        LlmReply reply = new LlmReply(response.aiMessage().text(), response.modelName() != null ? response.modelName() : settings.model(),
                usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount());
        GenAiSpans.answered(span, response.modelName(), reply.inputTokens(), reply.outputTokens(), userAndAssistantTurns, reply.text());
        return reply;
    }

    private static ChatModel model(LlmSettings settings) {
        return MODELS.computeIfAbsent(settings, s -> {
            OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                    .httpClientBuilder(JdkHttpClient.builder()
                            .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)))
                    .baseUrl(s.baseUrl())
                    .apiKey(s.apiKey().isEmpty() ? "none" : s.apiKey())
                    .modelName(s.model())
                    .timeout(s.timeout())
                    .maxRetries(s.httpRetries())
                    .logRequests(false)
                    .logResponses(false);
            if (s.temperature() != null) {
                builder.temperature(s.temperature());
            }
            if (s.maxTokens() != null) {
                builder.maxTokens(s.maxTokens());
            }
            return builder.build();
        });
    }
}
