package dev.camelpardot.auth;

/** The Salesforce OAuth flows the component can log in with; names follow camel-salesforce. */
public enum AuthenticationType {
    /** {@code grant_type=refresh_token}: clientId, refreshToken (clientSecret when the app requires it). */
    REFRESH_TOKEN,
    /** {@code grant_type=client_credentials}: clientId, clientSecret; the app's run-as user. */
    CLIENT_CREDENTIALS,
    /** JWT bearer: clientId, userName and the private key of the certificate uploaded to the connected app. */
    JWT,
    /** {@code grant_type=password}: clientId, clientSecret, userName, password. */
    USERNAME_PASSWORD
}
