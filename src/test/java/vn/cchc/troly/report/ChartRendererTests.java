package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
