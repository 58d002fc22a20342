package org.peaceops.cadre.curriculum.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OpenSALT's two sample frameworks survive reading, writing and reading again. */
class CaseRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {CasePackages.OPENSALT_SAMPLE, CasePackages.ACT_MATH_SAMPLE})
    void itemsCodesAndTreeSurviveARoundTrip(String sample) {
        CasePackage original = CasePackages.readSample(sample);
        CasePackage again = CasePackages.read(CasePackages.write(original));
        assertEquals(original.items().size(), again.items().size());
        assertEquals(codes(original), codes(again));
        assertEquals(CasePackages.outline(CaseTree.of(original)), CasePackages.outline(CaseTree.of(again)));
        assertEquals(original.associations().size(), again.associations().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {CasePackages.OPENSALT_SAMPLE, CasePackages.ACT_MATH_SAMPLE})
    void everyItemFieldSurvivesARoundTripSaveTheOffsetAddedToDateTimes(String sample) {
        CasePackage original = CasePackages.readSample(sample);
        List<CaseItem> expected = original.items().stream().map(item -> new CaseItem(item.identifier(), item.uri(),
                item.humanCodingScheme(), item.fullStatement(), item.abbreviatedStatement(), item.itemType(),
                item.listEnumeration(), item.notes(), item.language(), item.educationLevel(),
                CaseDateTime.withOffset(item.lastChangeDateTime()))).toList();
        assertEquals(expected, CasePackages.read(CasePackages.write(original)).items());
    }

    @ParameterizedTest
    @ValueSource(strings = {CasePackages.OPENSALT_SAMPLE, CasePackages.ACT_MATH_SAMPLE})
    void theWrittenSamplePassesTheSchema(String sample) {
        assertEquals(List.of(), CfPackageSchema.violations(CasePackages.write(CasePackages.readSample(sample))));
    }

    @ParameterizedTest
    @ValueSource(strings = {CasePackages.OPENSALT_SAMPLE, CasePackages.ACT_MATH_SAMPLE})
    void theTreeHoldsEveryItem(String sample) {
        CasePackage casePackage = CasePackages.readSample(sample);
        assertEquals(casePackage.items().size(), CasePackages.outline(CaseTree.of(casePackage)).size());
    }

    @Test
    void theOpenSaltSampleAsPublishedFailsTheSchemaItCameWith() throws IOException {
        // why the writer adds offsets and writes numbers: OpenSALT's own export does neither
        try (InputStream in = CasePackages.sample(CasePackages.OPENSALT_SAMPLE)) {
            assertNotEquals(List.of(), CfPackageSchema.violations(in.readAllBytes()));
        }
    }

    private static List<String> codes(CasePackage casePackage) {
        return casePackage.items().stream().map(CaseItem::humanCodingScheme).toList();
    }
}
