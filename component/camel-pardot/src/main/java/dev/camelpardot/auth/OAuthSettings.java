package dev.camelpardot.auth;

import java.net.URI;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.camelpardot.api.Secrets;

/**
 * Every OAuth input of the component. Immutable; build with {@link #builder()}. {@link #resolve()} infers the flow
 * when {@code authenticationType} is not set and rejects incomplete or ambiguous sets with a message naming the
 * Camel options to set: the one rule on the set of OAuth options (the form of each option, such as loginUrl being
 * an http(s) URL, is the component's OptionRules'). {@code toString} masks clientSecret, refreshToken, password and the key.
 */
public final class OAuthSettings {

    /** The Camel option that carries the JWT key: either of two. */
    static final String JWT_KEY_OPTION = "jwtKeyFile or keystore";

    private final AuthenticationType authenticationType;
    private final URI loginUrl;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final String userName;
    private final String password;
    private final PrivateKey jwtKey;
    private final String jwtAudience;

    private OAuthSettings(Builder b) {
        this.authenticationType = b.authenticationType;
        this.loginUrl = b.loginUrl == null ? PardotEnvironment.PRODUCTION.loginUrl() : b.loginUrl;
        this.clientId = blankToNull(b.clientId);
        this.clientSecret = blankToNull(b.clientSecret);
        this.refreshToken = blankToNull(b.refreshToken);
        this.userName = blankToNull(b.userName);
        this.password = blankToNull(b.password);
        this.jwtKey = b.jwtKey;
        this.jwtAudience = blankToNull(b.jwtAudience);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The flow to use: {@code authenticationType} when set (after checking its options are there), otherwise inferred:
     * refreshToken → REFRESH_TOKEN, a JWT key (with userName) → JWT, password (with userName) → USERNAME_PASSWORD,
     * clientId and clientSecret alone → CLIENT_CREDENTIALS.
     *
     * @throws IllegalArgumentException naming each missing option, or saying the options fit more than one flow
     */
    public AuthenticationType resolve() {
        if (authenticationType != null) {
            List<String> missing = missing(authenticationType);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("authenticationType " + authenticationType + " needs the option"
                                                   + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                                                   + ", which " + (missing.size() > 1 ? "are" : "is") + " not set");
            }
            return authenticationType;
        }
        return infer();
    }

    private AuthenticationType infer() {
        List<AuthenticationType> indicated = new ArrayList<>();
        if (refreshToken != null) {
            indicated.add(AuthenticationType.REFRESH_TOKEN);
        }
        if (jwtKey != null) {
            indicated.add(AuthenticationType.JWT);
        }
        if (password != null) {
            indicated.add(AuthenticationType.USERNAME_PASSWORD);
        }
        if (indicated.isEmpty()) {
            if (userName != null) {
                throw new IllegalArgumentException("userName is set but neither password (USERNAME_PASSWORD flow) nor "
                                                   + JWT_KEY_OPTION + " (JWT flow): set one of them, or set "
                                                   + "authenticationType");
            }
            if (clientId == null && clientSecret == null) {
                throw new IllegalArgumentException("no OAuth options are set: set clientId and clientSecret, plus "
                                                   + "refreshToken (REFRESH_TOKEN), or userName and password "
                                                   + "(USERNAME_PASSWORD), or userName and " + JWT_KEY_OPTION + " (JWT); "
                                                   + "clientId and clientSecret alone use CLIENT_CREDENTIALS");
            }
            indicated.add(AuthenticationType.CLIENT_CREDENTIALS);
        }
        Map<AuthenticationType, List<String>> missingByType = new EnumMap<>(AuthenticationType.class);
        indicated.forEach(type -> missingByType.put(type, missing(type)));
        List<AuthenticationType> complete = indicated.stream()
                .filter(type -> missingByType.get(type).isEmpty())
                .collect(Collectors.toList());
        if (complete.size() == 1) {
            return complete.get(0);
        }
        if (complete.size() > 1) {
            throw new IllegalArgumentException("the OAuth options are ambiguous: they complete more than one flow ("
                                               + complete.stream().map(Enum::name).collect(Collectors.joining(", "))
                                               + "); set authenticationType to the one to use");
        }
        String details = missingByType.entrySet().stream()
                .map(e -> e.getKey() + " needs " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
        throw new IllegalArgumentException("the OAuth options are incomplete: " + details
                                           + ". Set the missing options, or set authenticationType");
    }

    /** The Camel option names the given flow needs but are not set, in a stable order. */
    List<String> missing(AuthenticationType type) {
        List<String> missing = new ArrayList<>();
        if (clientId == null) {
            missing.add("clientId");
        }
        switch (type) {
            case REFRESH_TOKEN:
                // clientSecret is optional: a connected app may not require it for the refresh token flow
                addIfNull(missing, refreshToken, "refreshToken");
                break;
            case CLIENT_CREDENTIALS:
                addIfNull(missing, clientSecret, "clientSecret");
                break;
            case JWT:
                addIfNull(missing, userName, "userName");
                addIfNull(missing, jwtKey, JWT_KEY_OPTION);
                break;
            case USERNAME_PASSWORD:
                addIfNull(missing, clientSecret, "clientSecret");
                addIfNull(missing, userName, "userName");
                addIfNull(missing, password, "password");
                break;
            default:
                throw new IllegalStateException("unknown authenticationType " + type);
        }
        return missing;
    }

    /**
     * The JWT {@code aud} claim: jwtAudience when set, https://login.salesforce.com or https://test.salesforce.com for
     * those login hosts, otherwise the login URL itself (e.g. an Experience Cloud site).
     */
    public String jwtAudienceOrDerived() {
        if (jwtAudience != null) {
            return jwtAudience;
        }
        String host = loginUrl.getHost() == null ? "" : loginUrl.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("login.salesforce.com")) {
            return "https://login.salesforce.com";
        }
        if (host.equals("test.salesforce.com")) {
            return "https://test.salesforce.com";
        }
        String url = loginUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The token endpoint: {@code <loginUrl>/services/oauth2/token}. */
    public URI tokenUrl() {
        String base = loginUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/services/oauth2/token");
    }

    public AuthenticationType authenticationType() {
        return authenticationType;
    }

    public URI loginUrl() {
        return loginUrl;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String refreshToken() {
        return refreshToken;
    }

    public String userName() {
        return userName;
    }

    public String password() {
        return password;
    }

    public PrivateKey jwtKey() {
        return jwtKey;
    }

    public String jwtAudience() {
        return jwtAudience;
    }

    /** The secret values, to scrub them from anything a server sends back. */
    String[] secrets() {
        return new String[] { clientSecret, refreshToken, password };
    }

    @Override
    public String toString() {
        return "OAuthSettings[authenticationType=" + authenticationType + ", loginUrl=" + loginUrl
               + ", clientId=" + clientId + ", clientSecret=" + Secrets.mask(clientSecret)
               + ", refreshToken=" + Secrets.mask(refreshToken) + ", userName=" + userName
               + ", password=" + Secrets.mask(password) + ", jwtKey=" + Secrets.mask(jwtKey)
               + ", jwtAudience=" + jwtAudience + "]";
    }

    private static void addIfNull(List<String> missing, Object value, String option) {
        if (value == null) {
            missing.add(option);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Fluent builder; every setter accepts null (= not set). */
    public static final class Builder {
        private AuthenticationType authenticationType;
        private URI loginUrl;
        private String clientId;
        private String clientSecret;
        private String refreshToken;
        private String userName;
        private String password;
        private PrivateKey jwtKey;
        private String jwtAudience;

        private Builder() {
        }

        public Builder authenticationType(AuthenticationType authenticationType) {
            this.authenticationType = authenticationType;
            return this;
        }

        public Builder loginUrl(URI loginUrl) {
            this.loginUrl = loginUrl;
            return this;
        }

        public Builder loginUrl(String loginUrl) {
            this.loginUrl = loginUrl == null || loginUrl.isBlank() ? null : URI.create(loginUrl.strip());
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder jwtKey(PrivateKey jwtKey) {
            this.jwtKey = jwtKey;
            return this;
        }

        public Builder jwtAudience(String jwtAudience) {
            this.jwtAudience = jwtAudience;
            return this;
        }

        public OAuthSettings build() {
            return new OAuthSettings(this);
        }

        @Override
        public String toString() {
            return "OAuthSettings.Builder[" + Objects.requireNonNullElse(authenticationType, "inferred") + "]";
        }
    }
}
