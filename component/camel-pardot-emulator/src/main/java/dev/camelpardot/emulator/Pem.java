package dev.camelpardot.emulator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads the PEM a connected app is configured with: a certificate or an RSA public key. */
final class Pem {

    private static final String CERTIFICATE = "CERTIFICATE";
    private static final String PUBLIC_KEY = "PUBLIC KEY";

    private Pem() {
    }

    /** Applies a PEM certificate or public key to the config as the JWT verification key. */
    static void applyJwtKey(EmulatorConfig config, String pem) {
        if (pem.contains("BEGIN " + CERTIFICATE)) {
            config.jwtCertificate(certificate(pem));
        } else if (pem.contains("BEGIN " + PUBLIC_KEY)) {
            config.jwtPublicKey(publicKey(pem));
        } else {
            throw new IllegalArgumentException("expected a PEM 'CERTIFICATE' or 'PUBLIC KEY'");
        }
    }

    static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a readable X.509 certificate: " + e.getMessage(), e);
        }
    }

    static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(body(pem, PUBLIC_KEY)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a readable RSA public key: " + e.getMessage(), e);
        }
    }

    private static byte[] body(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + label + " block in the PEM text");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
