package dev.baton.rest.se;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.message.Msg;
import dev.baton.rest.ApiError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code /baton/session}, the console's sign-in in {@code baton serve}: {@code POST} with
 * {@code {"token": "…"}} (one of the tokens kept in BATON_HOME) answers 204 and sets the token as a cookie
 * that scripts cannot read (HttpOnly), that no other site's page sends (SameSite=Strict) and that
 * lasts as long as the browser session; {@link TokenFilter} accepts it like the header.
 * {@code DELETE} signs out. A wrong token is 401, the cookie untouched.
 */
@jakarta.ws.rs.Path("session")
public final class SignIn {

    /** The cookie's name. */
    public static final String COOKIE = "baton-token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tokens tokens;
    private final Path tokenFile;

    SignIn(Tokens tokens, Path tokenFile) {
        this.tokens = tokens;
        this.tokenFile = tokenFile;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(String body, @Context UriInfo uri) {
        String token;
        try {
            JsonNode json = JSON.readTree(body == null ? "" : body);
            token = json != null && json.path("token").isTextual() ? json.path("token").asText() : null;
        } catch (IOException notJson) {
            token = null;
        }
        if (tokens.roleOf(token) == null) {
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(401, Msg.UNAUTHORIZED.code(), Msg.UNAUTHORIZED.format(tokenFile.getFileName()), null))
                    .build();
        }
        return Response.noContent().cookie(cookie(uri, token.strip(), NewCookie.DEFAULT_MAX_AGE)).build();
    }

    @DELETE
    public Response signOut(@Context UriInfo uri) {
        return Response.noContent().cookie(cookie(uri, "", 0)).build();
    }

    private static NewCookie cookie(UriInfo uri, String value, int maxAge) {
        String path = uri.getBaseUri().getRawPath();
        return new NewCookie.Builder(COOKIE).value(value).path(path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path)
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
