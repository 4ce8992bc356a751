package dev.camelpardot.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Loads the RSA private key that signs JWT bearer assertions: from a PEM file (PKCS#8 {@code BEGIN PRIVATE KEY}
 * or PKCS#1 {@code BEGIN RSA PRIVATE KEY}, unencrypted) or from a key store entry. Error messages name the option
 * and never contain key material.
 */
public final class JwtKeys {

    private static final String PKCS8 = "PRIVATE KEY";
    private static final String PKCS1 = "RSA PRIVATE KEY";
    /** DER of AlgorithmIdentifier { rsaEncryption, NULL }. */
    private static final byte[] RSA_ALGORITHM_ID = {
            0x30, 0x0D, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00 };

    private JwtKeys() {
    }

    /** Reads an unencrypted RSA private key from a PEM file (option {@code jwtKeyFile}). */
    public static PrivateKey fromPemFile(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read jwtKeyFile " + file + ": " + e.getClass().getSimpleName(), e);
        }
        return fromPem(pem, "jwtKeyFile " + file);
    }

    /** Parses an unencrypted RSA private key in PEM form. */
    public static PrivateKey fromPem(String pem) {
        return fromPem(pem, "the PEM key");
    }

    private static PrivateKey fromPem(String pem, String source) {
        if (pem.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
            throw new IllegalArgumentException(source + " holds an encrypted key: decrypt it (openssl pkcs8 -topk8 "
                                               + "-nocrypt) or put it in a keystore and use the keystore option");
        }
        boolean pkcs1 = pem.contains("-----BEGIN " + PKCS1 + "-----");
        if (!pkcs1 && !pem.contains("-----BEGIN " + PKCS8 + "-----")) {
            throw new IllegalArgumentException(source + " is not a PEM private key: expected a "
                                               + "-----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE "
                                               + "KEY----- (PKCS#1) block");
        }
        try {
            byte[] der = pkcs1 ? wrapPkcs1(decode(pem, PKCS1)) : decode(pem, PKCS8);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            // the exception text of a parser may quote input: keep only its type
            throw new IllegalArgumentException(source + " is not a valid unencrypted RSA private key ("
                                               + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The private key under {@code alias} (option {@code keystore}). With a null alias the store must hold exactly
     * one key entry, which is used.
     */
    public static PrivateKey fromKeyStore(KeyStore keyStore, String alias, char[] password) {
        try {
            String chosen = alias;
            if (chosen == null || chosen.isBlank()) {
                List<String> keyAliases = new ArrayList<>();
                for (String candidate : Collections.list(keyStore.aliases())) {
                    if (keyStore.isKeyEntry(candidate)) {
                        keyAliases.add(candidate);
                    }
                }
                if (keyAliases.size() != 1) {
                    throw new IllegalArgumentException("the keystore holds " + keyAliases.size() + " key entries "
                                                       + keyAliases + ": set the alias of the JWT signing key");
                }
                chosen = keyAliases.get(0);
            }
            if (!keyStore.containsAlias(chosen)) {
                throw new IllegalArgumentException("the keystore has no entry with alias '" + chosen + "'");
            }
            Key key = keyStore.getKey(chosen, password);
            if (!(key instanceof PrivateKey)) {
                throw new IllegalArgumentException("keystore entry '" + chosen + "' is not a private key");
            }
            if (!"RSA".equals(key.getAlgorithm())) {
                throw new IllegalArgumentException("keystore entry '" + chosen + "' is an " + key.getAlgorithm()
                                                   + " key; the JWT flow signs with RS256 and needs an RSA key");
            }
            return (PrivateKey) key;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the JWT key from the keystore (" + e.getClass().getSimpleName()
                                               + "): check the alias and the key password", e);
        }
    }

    private static byte[] decode(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end, from);
        if (to < 0) {
            throw new IllegalStateException("no end line");
        }
        String base64 = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("bad base64");
        }
    }

    /** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo { version 0, rsaEncryption, OCTET STRING pkcs1 }. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] { 0x02, 0x01, 0x00 });
        body.writeBytes(RSA_ALGORITHM_ID);
        body.write(0x04);
        writeLength(body, pkcs1.length);
        body.writeBytes(pkcs1);
        ByteArrayOutputStream sequence = new ByteArrayOutputStream();
        sequence.write(0x30);
        writeLength(sequence, body.size());
        sequence.writeBytes(body.toByteArray());
        return sequence.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = length > 0xFFFFFF ? 4 : length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((length >>> (8 * i)) & 0xFF);
        }
    }
}
