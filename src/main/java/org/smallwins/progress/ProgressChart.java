package org.smallwins.progress;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.WinKind;

/**
 * Draws the {@code /progress} chart: wins per week as bars stacked by kind, with a line each for
 * minimising words and demands on oneself. Large type and plain colours, so that it reads on a phone.
 * Drawn off-screen: AWT runs headless (no display is needed, or wanted, on a server).
 */
final class ProgressChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 720;
    private static final int WINS_HEIGHT = 440;

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    /** A colour for each kind that stays the same from chart to chart; colour-blind-safe (Okabe–Ito). */
    private static final Map<WinKind, Color> COLOURS = Map.of(
            WinKind.BEHAVIOURAL, new Color(0x0072B2),
            WinKind.EMOTIONAL, new Color(0xE69F00),
            WinKind.RELATIONAL, new Color(0x009E73),
            WinKind.COGNITIVE, new Color(0xCC79A7),
            WinKind.THERAPY, new Color(0xF0E442));

    private static final Color MINIMISING = new Color(0xD55E00);
    private static final Color DEMANDS = new Color(0x333333);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Messages messages;

    ProgressChart(Messages messages) {
        this.messages = messages;
    }

    /** The chart of {@code weeks} (oldest first) as a PNG of {@link #WIDTH} × {@link #HEIGHT} pixels. */
    byte[] png(List<ChartWeek> weeks) {
        List<String> labels = weeks.stream().map(w -> LABEL.format(w.monday())).toList();
        // Two panels, one above the other: wins and words are different things, so they get an axis each.
        CategoryChart wins = chart("progress.chart.title", WINS_HEIGHT, labels.size());
        for (WinKind kind : WinKind.values()) {
            if (weeks.stream().anyMatch(w -> w.wins(kind) > 0)) {
                CategorySeries bars = wins.addSeries(
                        messages.require("progress.kind." + kind.name().toLowerCase(Locale.ROOT)),
                        labels,
                        weeks.stream().map(w -> w.wins(kind)).toList());
                bars.setFillColor(COLOURS.get(kind));
            }
        }
        wins.getStyler().setStacked(true);
        wins.getStyler().setYAxisMax((double) Math.max(4, top(weeks, true)));
        CategoryChart words = chart("progress.chart.words", HEIGHT - WINS_HEIGHT, labels.size());
        line(
                words,
                "progress.chart.minimising",
                labels,
                weeks.stream().map(ChartWeek::minimising).toList(),
                MINIMISING);
        line(
                words,
                "progress.chart.demands",
                labels,
                weeks.stream().map(ChartWeek::demands).toList(),
                DEMANDS);
        words.setXAxisTitle(messages.require("progress.chart.weeks"));
        words.getStyler().setOverlapped(true); // points at the middle of their week, not side by side
        words.getStyler().setYAxisMax((double) Math.max(4, top(weeks, false)));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            wins.paint(g, WIDTH, WINS_HEIGHT);
            g.translate(0, WINS_HEIGHT);
            words.paint(g, WIDTH, HEIGHT - WINS_HEIGHT);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private CategoryChart chart(String titleKey, int height, int weeks) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(height)
                .title(messages.require(titleKey))
                .build();
        style(chart.getStyler(), weeks);
        return chart;
    }

    private void line(CategoryChart chart, String key, List<String> labels, List<Integer> counts, Color colour) {
        CategorySeries line = chart.addSeries(messages.require(key), labels, counts);
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        line.setLineColor(colour);
        line.setMarkerColor(colour);
        line.setMarker(SeriesMarkers.CIRCLE);
        line.setLineStyle(new BasicStroke(3f));
    }

    private static void style(CategoryStyler styler, int weeks) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xDDDDDD));
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, weeks > 8 ? 15 : 17));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        styler.setAvailableSpaceFill(0.6);
        styler.setYAxisMin(0.0);
        styler.setYAxisDecimalPattern("0");
        styler.setAntiAlias(true);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the progress chart", e);
        }
        return out.toByteArray();
    }

    /** The tallest stack of wins, or the highest point of a line. */
    private static int top(List<ChartWeek> weeks, boolean wins) {
        int top = 0;
        for (ChartWeek week : weeks) {
            int stack =
                    week.wins().values().stream().mapToInt(Integer::intValue).sum();
            top = Math.max(top, wins ? stack : Math.max(week.minimising(), week.demands()));
        }
        return top;
    }
}
