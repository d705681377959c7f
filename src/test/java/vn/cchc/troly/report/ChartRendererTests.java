package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ChartRendererTests {

	private final ChartRenderer renderer = new ChartRenderer();

	private final ChartTexts texts = new ChartTexts("Tổng hợp tuần: chỉ số khắc phục CCHC", "Tuần 16/11/2026 – 22/11/2026",
			"Chỉ tiêu", "Kết quả năm trước", "Tỷ lệ (%)", "Số lượng",
			List.of(new ChartTexts.LegendEntry("Đạt", Color.GREEN), new ChartTexts.LegendEntry("Gần đạt", Color.ORANGE)),
			Locale.forLanguageTag("vi"));

	@Test
	void drawsAPngOfTheAgreedSize() throws Exception {
		var png = renderer.render(texts, List.of(
				new IndicatorBar("2.2", new BigDecimal("97.5"), new BigDecimal("98"), new BigDecimal("95"), Color.ORANGE, true),
				new IndicatorBar("3.4", new BigDecimal("80"), new BigDecimal("75"), new BigDecimal("60"), Color.GREEN, true),
				new IndicatorBar("1.1", BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, Color.RED, false)));

		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
		assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
		Files.createDirectories(Path.of("target/artifacts"));
		Files.write(Path.of("target/artifacts/weekly-chart.png"), png);
	}

	@Test
	void thePngHoldsEveryPixelDrawn() throws Exception {
		var bars = List.of(
				new IndicatorBar("2.2", new BigDecimal("97.5"), new BigDecimal("98"), new BigDecimal("95"), Color.ORANGE, true),
				new IndicatorBar("1.1", BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, Color.RED, false));
		var drawn = renderer.draw(texts, bars);

		var png = renderer.render(texts, bars);

		var decoded = ImageIO.read(new ByteArrayInputStream(png));
		var different = 0;
		for (int y = 0; y < drawn.getHeight(); y++) {
			for (int x = 0; x < drawn.getWidth(); x++) {
				different += decoded.getRGB(x, y) == drawn.getRGB(x, y) ? 0 : 1;
			}
		}
		assertThat(different).as("pixels the PNG changed").isZero();
		assertThat(png.length).as("small enough to send as a photo").isLessThan(200 * 1024);
	}

	@Test
	void theTitleIsSetInAFontThatDrawsVietnamese() {
		Font title = renderer.font(Font.BOLD, 26);
		assertThat(title.canDisplayUpTo(texts.title())).as("first character the font cannot draw").isEqualTo(-1);
		assertThat(title.canDisplayUpTo("Đạt · Gần đạt · Chưa đạt · Quá hạn")).isEqualTo(-1);
	}

	@Test
	void barsTakeTheColourOfTheirStatus() throws Exception {
		var png = renderer.render(texts, List.of(
				new IndicatorBar("2.2", new BigDecimal("100"), new BigDecimal("98"), null, Color.GREEN, true)));
		var image = ImageIO.read(new ByteArrayInputStream(png));
		boolean green = false;
		for (int x = 0; x < image.getWidth() && !green; x += 2) {
			for (int y = 0; y < image.getHeight() && !green; y += 2) {
				green = image.getRGB(x, y) == Color.GREEN.getRGB();
			}
		}
		assertThat(green).as("a pixel of the bar's status colour").isTrue();
	}

	@Test
	void everyItemOfAFullPlanGetsABarOfItsStatusColourInThePlansOrder() {
		// Fifteen items, as a unit's plan has: reading down the middle of the chart, a reader meets
		// every bar, each in its status's colour.
		var colours = new ArrayList<Color>();
		var bars = new ArrayList<IndicatorBar>();
		for (int i = 0; i < 15; i++) {
			var colour = List.of(StatusColours.GREEN, StatusColours.AMBER, StatusColours.RED).get(i * 7 % 3);
			colours.add(colour);
			bars.add(new IndicatorBar((i / 5 + 1) + "." + (i % 5 + 1), BigDecimal.valueOf(70 + i), new BigDecimal("98"),
					null, colour, true));
		}

		var image = renderer.draw(texts, bars);

		assertThat(colourRunsDownTheMiddle(image, colours)).containsExactlyElementsOf(colours);
	}

	/** The runs of any of these colours met going down the picture's middle column, each run once. */
	private static List<Color> colourRunsDownTheMiddle(BufferedImage image, List<Color> colours) {
		var runs = new ArrayList<Color>();
		Integer previous = null;
		for (int y = 0; y < image.getHeight(); y++) {
			int rgb = image.getRGB(image.getWidth() / 2, y);
			var colour = colours.stream().filter(c -> c.getRGB() == rgb).findFirst();
			if (colour.isPresent() && !Integer.valueOf(rgb).equals(previous)) {
				runs.add(colour.get());
			}
			previous = colour.isPresent() ? rgb : null;
		}
		return runs;
	}
}
