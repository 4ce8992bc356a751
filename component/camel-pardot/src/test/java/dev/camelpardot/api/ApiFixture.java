package dev.camelpardot.api;

import java.net.URI;

import dev.camelpardot.auth.OAuthSettings;
import dev.camelpardot.auth.TokenSession;
import dev.camelpardot.emulator.EmulatorDefaults;

/** Transport, session and API client wired as a component would, against one base URL (emulator or stub). */
final class ApiFixture implements AutoCloseable {

    final HttpTransport transport;
    final TokenSession session;
    final PardotApi api;

    ApiFixture(String baseUrl, int maxConcurrentRequests, RetryPolicy retry) {
        this(baseUrl, null, maxConcurrentRequests, retry, TransportSettings.defaults());
    }

    ApiFixture(String baseUrl, URI instanceUrl, int maxConcurrentRequests, RetryPolicy retry, TransportSettings transportSettings) {
        transport = TestThreads.transport(transportSettings);
        session = new TokenSession(OAuthSettings.builder()
                .loginUrl(baseUrl)
                .clientId(EmulatorDefaults.CLIENT_ID)
                .clientSecret(EmulatorDefaults.CLIENT_SECRET)
                .refreshToken(EmulatorDefaults.REFRESH_TOKEN)
                .build(), transport);
        api = new PardotApi(URI.create(baseUrl), instanceUrl, "62.0", maxConcurrentRequests, retry, session, transport);
    }

    @Override
    public void close() {
        api.close();
        session.close();
        transport.close();
    }
}
