package dev.baton.stage.memo;

import dev.baton.agent.AgentRequest;
import dev.baton.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key of a memoized result: the SHA-256 of the agent's name and version, the rendered task, the
 * {@code with:} settings (keys sorted) and the SHA-256 of each input file (by its path in the run
 * folder; a missing input counts as missing). Anything else the agent reads (the clock, the
 * network, files outside its inputs) is not in the key: memoize only stages whose output follows
 * from these.
 */
public final class MemoKey {

    private MemoKey() {
    }

    /** The key of one agent call, or null when an input cannot be read (such a call is not memoized). */
    public static String of(String agent, String version, AgentRequest request) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("agent", agent);
        parts.put("version", version);
        parts.put("task", request.task());
        parts.put("with", sorted(request.with()));
        Map<String, String> inputs = new TreeMap<>();
        for (String input : request.inputs()) {
            String digest = fileDigest(request.runFolder(), input);
            if (digest == null) {
                return null;
            }
            inputs.put(input, digest);
        }
        parts.put("inputs", inputs);
        return sha256(Json.write(parts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), sorted(v)));
            return sorted;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(MemoKey::sorted).toList();
        }
        return value;
    }

    private static String fileDigest(Path runFolder, String input) {
        Path root = runFolder.toAbsolutePath().normalize();
        Path file = root.resolve(input).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return "missing";
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = digest();
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
