package dev.baton.remote;

import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * The embedded broker's one user, from the environment it was started with: whoever connects
 * must give that user and password (compared in constant time), and may then do what Baton's
 * coordinators and workers do. There is no other account, and none without a password.
 */
final class BrokerCredentials implements ActiveMQSecurityManager {

    private final byte[] user;
    private final byte[] password;

    BrokerCredentials(String user, String password) {
        this.user = user.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean validateUser(String givenUser, String givenPassword) {
        if (givenUser == null || givenPassword == null) {
            return false;
        }
        boolean userMatches = MessageDigest.isEqual(user, givenUser.getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = MessageDigest.isEqual(password, givenPassword.getBytes(StandardCharsets.UTF_8));
        return userMatches & passwordMatches;
    }

    @Override
    public boolean validateUserAndRole(String givenUser, String givenPassword, Set<Role> roles, CheckType checkType) {
        return validateUser(givenUser, givenPassword);
    }
}
