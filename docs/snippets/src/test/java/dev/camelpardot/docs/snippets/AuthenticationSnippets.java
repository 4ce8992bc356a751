package dev.camelpardot.docs.snippets;

import dev.camelpardot.camel.PardotComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;

/** docs/authentication.md: the JWT key from a key store. */
final class AuthenticationSnippets {

    private AuthenticationSnippets() {
    }

    static void keystore(CamelContext context) {
        // tag::keystore[]
        KeyStoreParameters keystore = new KeyStoreParameters();
        keystore.setResource("file:/run/secrets/pardot-jwt.p12");
        keystore.setType("PKCS12");
        keystore.setPassword(System.getenv("PARDOT_KEYSTORE_PASSWORD"));
        PardotComponent pardot = context.getComponent("pardot", PardotComponent.class);
        pardot.getConfiguration().setKeystore(keystore);
        pardot.getConfiguration().setKeystoreAlias("pardot-jwt");
        // end::keystore[]
    }
}
