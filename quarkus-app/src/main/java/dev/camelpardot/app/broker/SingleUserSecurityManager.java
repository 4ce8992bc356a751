package dev.camelpardot.app.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

/**
 * The in-process broker's one user, who may do everything (send, consume, browse, manage): the app itself and the
 * JMS publishers it trusts. Anyone else, local users of the machine included, is refused at login. Compared in
 * constant time, so a wrong password does not tell how much of it was right.
 */
final class SingleUserSecurityManager implements ActiveMQSecurityManager {

    private final byte[] user;
    private final byte[] password;

    SingleUserSecurityManager(BrokerCredentials credentials) {
        this.user = credentials.user().getBytes(StandardCharsets.UTF_8);
        this.password = credentials.password().getBytes(StandardCharsets.UTF_8);
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
