package org.peaceops.cadre.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodesTest {

    @Test
    void aCodeIsTwentySixBase32LettersInGroupsOfFour() {
        String code = CertificateCodes.next();
        assertTrue(code.matches("([A-Z2-7]{4}-){6}[A-Z2-7]{2}"), code);
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(CertificateCodes.next()));
        }
    }

    @Test
    void aCodeIsFoundHoweverItIsTyped() {
        String code = CertificateCodes.next();
        assertEquals(code, CertificateCodes.normalise(code));
        assertEquals(code, CertificateCodes.normalise(code.toLowerCase().replace("-", " ")));
        assertEquals(code, CertificateCodes.normalise("  " + code.replace("-", "") + "\n"));
    }

    @Test
    void somethingThatCannotBeACodeIsNone() {
        assertNull(CertificateCodes.normalise(null));
        assertNull(CertificateCodes.normalise("ABCD-EFGH"));
        assertNull(CertificateCodes.normalise(CertificateCodes.next() + "A"));
    }
}
