package org.peaceops.cadre.curriculum.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.childOf;
import static org.peaceops.cadre.curriculum.exchange.CasePackages.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A framework of 5,000 items in four levels, the size of a full set of
 * specialised training materials. Only correctness is asserted here; the
 * algorithms are linear, and timing belongs in a benchmark.
 */
class LargePackageTest {

    private static final int ROOTS = 20;
    private static final int MODULES_PER_ROOT = 4;
    private static final int LESSONS_PER_MODULE = 5;
    private static final int OUTCOMES = 4_500;

    @Test
    void fiveThousandItemsReadPassTheSchemaAndFormTheirTree() {
        List<String> expectedOutline = new ArrayList<>();
        CasePackage generated = generate(expectedOutline);
        byte[] json = CasePackages.write(generated);

        CasePackage read = CasePackages.read(json);
        List<String> outline = CasePackages.outline(CaseTree.of(read));

        assertEquals(5_000, read.items().size());
        assertEquals(List.of(), CfPackageSchema.violations(json));
        assertEquals(5_000, outline.size());
        assertEquals(List.of(20L, 80L, 400L, 4_500L), countsByDepth(outline));
        assertEquals(expectedOutline, outline);
    }

    /**
     * Codes 1 … 20, 1.1 … 1.4, 1.1.1 … 1.1.5, and outcomes dealt round the
     * lessons, 11 or 12 each, so that codes such as 1.1.1.10 must follow
     * 1.1.1.9. Items and links are shuffled, so the file order gives nothing away.
     */
    private static CasePackage generate(List<String> expectedOutline) {
        List<CaseItem> items = new ArrayList<>();
        List<CaseAssociation> links = new ArrayList<>();
        List<String> lessons = new ArrayList<>();
        List<List<String>> outcomesOfLesson = new ArrayList<>();
        for (int r = 1; r <= ROOTS; r++) {
            add(items, links, String.valueOf(r), null);
            for (int m = 1; m <= MODULES_PER_ROOT; m++) {
                add(items, links, r + "." + m, String.valueOf(r));
                for (int l = 1; l <= LESSONS_PER_MODULE; l++) {
                    add(items, links, r + "." + m + "." + l, r + "." + m);
                    lessons.add(r + "." + m + "." + l);
                    outcomesOfLesson.add(new ArrayList<>());
                }
            }
        }
        for (int o = 0; o < OUTCOMES; o++) {
            int lesson = o % lessons.size();
            String code = lessons.get(lesson) + "." + (outcomesOfLesson.get(lesson).size() + 1);
            add(items, links, code, lessons.get(lesson));
            outcomesOfLesson.get(lesson).add(code);
        }
        for (int r = 1; r <= ROOTS; r++) {
            expect(expectedOutline, 0, String.valueOf(r));
            for (int m = 1; m <= MODULES_PER_ROOT; m++) {
                expect(expectedOutline, 1, r + "." + m);
                for (int l = 1; l <= LESSONS_PER_MODULE; l++) {
                    expect(expectedOutline, 2, r + "." + m + "." + l);
                    outcomesOfLesson.get(lessons.indexOf(r + "." + m + "." + l))
                            .forEach(code -> expect(expectedOutline, 3, code));
                }
            }
        }
        Collections.shuffle(items, new Random(42));
        Collections.shuffle(links, new Random(43));
        return CasePackages.casePackage(items, links);
    }

    private static void add(List<CaseItem> items, List<CaseAssociation> links, String code, String parentCode) {
        items.add(item(code, code));
        links.add(childOf(code, parentCode == null ? "doc" : parentCode));
    }

    private static void expect(List<String> outline, int depth, String code) {
        outline.add(depth + " " + code + " " + CasePackages.id(code));
    }

    private static List<Long> countsByDepth(List<String> outline) {
        return outline.stream().collect(Collectors.groupingBy(line -> Integer.parseInt(line.split(" ")[0]),
                Collectors.counting())).entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(java.util.Map.Entry::getValue).toList();
    }
}
