package org.peaceops.cadre.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is computed from curriculum versions: the difference between two
 * versions and the alignment of a version with an ITS edition. Each loads a
 * fixed number of result sets, whatever the size of the curriculum or edition.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CurriculumReports {

    @Inject
    CurriculumService curricula;

    @Inject
    CurriculumDraftService contents;

    @Inject
    FrameworkService frameworks;

    public CurriculumDiff.Result diff(long curriculumId, int fromNumber, int toNumber) {
        Curriculum curriculum = curricula.get(curriculumId);
        return CurriculumDiff.between(snapshots(curricula.versionOf(curriculum, fromNumber)),
                snapshots(curricula.versionOf(curriculum, toNumber)));
    }

    public Alignment alignment(long curriculumId, int number, long editionId) {
        Curriculum curriculum = curricula.get(curriculumId);
        CurriculumVersion version = curricula.versionOf(curriculum, number);
        FrameworkEdition edition = frameworks.get(editionId);
        List<AlignmentCalculator.Item> items = frameworks.tree(editionId).stream()
                .map(i -> new AlignmentCalculator.Item(i.getId(), i.getParentId(), i.getCode(), i.getTitle(),
                        i.getLevel(), i.getRecommendedMinutes()))
                .toList();
        List<AlignmentCalculator.Node> nodes = contents.nodesOf(version).stream()
                .map(n -> new AlignmentCalculator.Node(n.getId(), n.getParentId(), n.getCode(), n.getTitle(),
                        n.getMinutes()))
                .toList();
        List<AlignmentCalculator.Mapping> mappings = contents.mappingsOf(version).stream()
                .map(m -> new AlignmentCalculator.Mapping(m.getNode().getId(), m.getItem().getId(), m.getStrength()))
                .toList();
        return new Alignment(curriculum, version, edition, AlignmentCalculator.calculate(items, nodes, mappings));
    }

    private List<CurriculumDiff.Snapshot> snapshots(CurriculumVersion version) {
        List<CurriculumNode> nodes = contents.nodesOf(version);
        Map<Long, String> keys = new HashMap<>();
        nodes.forEach(n -> keys.put(n.getId(), n.getNodeKey()));
        Map<Long, Set<String>> mappings = contents.mappingsOf(version).stream().collect(Collectors.groupingBy(
                m -> m.getNode().getId(), Collectors.mapping(m -> m.getItem().getId() + ":" + m.getStrength(),
                        Collectors.toSet())));
        return nodes.stream().map(n -> new CurriculumDiff.Snapshot(n.getNodeKey(), keys.get(n.getParentId()),
                n.getKind(), n.getCode(), n.getTitle(), n.getMinutes(), n.getDeliveryMethod(),
                mappings.getOrDefault(n.getId(), Set.of()))).toList();
    }

    /** An alignment result with what it is about. */
    public record Alignment(Curriculum curriculum, CurriculumVersion version, FrameworkEdition edition,
                            AlignmentCalculator.Result result) {
    }
}
