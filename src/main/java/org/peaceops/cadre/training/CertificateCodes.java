package org.peaceops.cadre.training;

import java.security.SecureRandom;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;

/**
 * Certificate codes: 128 random bits written in Base32 (letters and the
 * digits 2–7, nothing to confuse when read aloud or typed from paper), in
 * groups of four. Anyone may try codes on the public page, so they must not
 * be guessable: 2^128 of them against a rate-limited lookup.
 */
public final class CertificateCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 16;
    private static final int GROUP = 4;
    /** 128 bits take 26 Base32 letters. */
    private static final int LENGTH = 26;

    private CertificateCodes() {
    }

    /** A new code, e.g. {@code MFRG-GZDF-MZTW-Q2LK-NNWG-23TP-OE}. */
    public static String next() {
        byte[] bits = new byte[BYTES];
        RANDOM.nextBytes(bits);
        return grouped(new Base32().encodeAsString(bits).replace("=", ""));
    }

    /** The code as stored, however it was typed: upper case, grouped, without spaces; null if it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z2-7]", "");
        return plain.length() == LENGTH ? grouped(plain) : null;
    }

    private static String grouped(String plain) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i += GROUP) {
            grouped.append(i == 0 ? "" : "-").append(plain, i, Math.min(plain.length(), i + GROUP));
        }
        return grouped.toString();
    }
}
