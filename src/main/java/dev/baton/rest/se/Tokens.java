package dev.baton.rest.se;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The two tokens of {@code baton serve} and which role a presented one carries, compared in
 * constant time.
 */
final class Tokens {

    private final byte[] full;
    private final byte[] readOnly;

    /**
     * @param token       the token that may do everything
     * @param viewerToken the token that may only read
     */
    Tokens(String token, String viewerToken) {
        this.full = token.getBytes(StandardCharsets.UTF_8);
        this.readOnly = viewerToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The role of a presented token, or null when it is neither of them (or null). */
    TokenRoles roleOf(String presented) {
        byte[] given = presented == null ? new byte[0] : presented.strip().getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(full, given)) {
            return TokenRoles.FULL;
        }
        return MessageDigest.isEqual(readOnly, given) ? TokenRoles.VIEWER : null;
    }
}
