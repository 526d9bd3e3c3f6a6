package org.smallwins.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.smallwins.reframe.WinKind;
import org.smallwins.testing.Fixtures;

class ProgressChartTest {
    private final ProgressChart chart = new ProgressChart(Fixtures.messages());

    static List<ChartWeek> twelveWeeks() {
        List<ChartWeek> weeks = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 9, 7);
        for (int w = 0; w < 12; w++) {
            Map<WinKind, Integer> wins = new EnumMap<>(WinKind.class);
            wins.put(WinKind.BEHAVIOURAL, 1 + w % 3);
            wins.put(WinKind.EMOTIONAL, w % 2);
            wins.put(WinKind.RELATIONAL, w / 6);
            wins.put(WinKind.COGNITIVE, w > 8 ? 1 : 0);
            wins.put(WinKind.THERAPY, w == 5 ? 1 : 0);
            weeks.add(new ChartWeek(monday.plusWeeks(w), wins, Math.max(0, 6 - w / 2), Math.max(0, 5 - w / 3)));
        }
        return weeks;
    }

    @Test
    void drawsAPngOfTheExpectedSize() throws IOException {
        byte[] png = chart.png(twelveWeeks());

        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ProgressChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ProgressChart.HEIGHT);
        // Kept for a person to look at: target/progress-chart.png
        Files.write(Path.of("target", "progress-chart.png"), png);
    }
}
