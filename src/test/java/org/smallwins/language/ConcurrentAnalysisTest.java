package org.smallwins.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.smallwins.testing.Fixtures;

/** One analyzer shared by many threads gives exactly what it gives on one thread. */
class ConcurrentAnalysisTest {
    @Test
    void sharedAnalyzerIsSafeUnderConcurrentUse() throws Exception {
        List<String> texts = CorpusLine.read(Path.of("nlp-models/corpus/analysis.tsv")).stream()
                .map(CorpusLine::text)
                .limit(200)
                .toList();
        List<Analysis> sequential =
                texts.stream().map(Fixtures.analyzer()::analyze).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Analysis>> parallel = new ArrayList<>();
            for (String text : texts) {
                parallel.add(pool.submit(() -> Fixtures.analyzer().analyze(text)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(parallel.get(i).get()).as(texts.get(i)).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
