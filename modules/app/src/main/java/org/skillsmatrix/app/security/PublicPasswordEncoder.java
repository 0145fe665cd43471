package org.skillsmatrix.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * Checks the demo accounts' shared password, which is public (the README prints it) and held in the configuration in
 * the clear, with a SHA-256 digest compared in constant time. A slow hash such as bcrypt protects a stored hash from
 * being cracked offline; here nothing is stored and the password is known, so a bcrypt round per API call would
 * only cost the node its cores. Local accounts never sign in beside an identity provider, whose accounts' passwords
 * this node never sees.
 */
final class PublicPasswordEncoder extends AbstractValidatingPasswordEncoder {

    @Override
    protected String encodeNonNullPassword(String rawPassword) {
        return HexFormat.of().formatHex(digest(rawPassword));
    }

    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(encodedPassword);
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
        return MessageDigest.isEqual(digest(rawPassword), expected);
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException("Every JDK provides SHA-256", required);
        }
    }
}
