package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.junit.jupiter.api.Test;

class ChartRendererTests {

	private final ChartRenderer renderer = new ChartRenderer();

	private final ChartTexts texts = new ChartTexts("Chỉ số CCHC tuần 48/2026", "Số liệu mới nhất từ 20/11/2026 đến 27/11/2026",
			"Chỉ tiêu", "Kết quả năm trước", "Tỷ lệ (%)", "Số lượng", "chưa có số liệu",
			List.of(new ChartTexts.LegendEntry("Đạt", StatusColours.GREEN),
					new ChartTexts.LegendEntry("Gần đạt", StatusColours.AMBER),
					new ChartTexts.LegendEntry("Chưa đạt", StatusColours.RED),
					new ChartTexts.LegendEntry("Chưa có số liệu", StatusColours.GREY)),
			Locale.forLanguageTag("vi"));

	/** The seed plan's numeric items as a week might find them, in plan order. */
	private static final List<IndicatorBar> SEED = List.of(
			new IndicatorBar("2.2", "Tỷ lệ hồ sơ thủ tục hành chính do UBND xã tiếp nhận trong năm được giải quyết trước hạn, đúng hạn",
					new BigDecimal("97.5"), new BigDecimal("98"), new BigDecimal("95"), StatusColours.AMBER, true),
			new IndicatorBar("3.1", "Tỷ lệ hồ sơ có phát sinh dịch vụ công trực tuyến một phần", new BigDecimal("40"),
					new BigDecimal("100"), null, StatusColours.RED, true),
			new IndicatorBar("3.2", "Tỷ lệ dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ trực tuyến", null,
					new BigDecimal("100"), null, StatusColours.GREY, true),
			new IndicatorBar("3.4", "Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến", new BigDecimal("50"),
					new BigDecimal("75"), null, StatusColours.RED, true),
			new IndicatorBar("3.5", "Tỷ lệ thủ tục hành chính được triển khai thanh toán trực tuyến", new BigDecimal("100"),
					new BigDecimal("100"), null, StatusColours.GREEN, true),
			new IndicatorBar("1.1", "Sáng kiến/giải pháp mới trong công tác cải cách hành chính", BigDecimal.ZERO,
					BigDecimal.ONE, null, StatusColours.AMBER, false),
			new IndicatorBar("4", "Số lượng doanh nghiệp/hộ kinh doanh gia nhập và tái gia nhập thị trường",
					new BigDecimal("12"), null, null, StatusColours.AMBER, false));

	@Test
	void drawsAPngForAPhoneAsTallAsItsRowsNeed() throws Exception {
		var png = renderer.render(texts, SEED);

		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH).isEqualTo(600);
		assertThat(image.getHeight()).isEqualTo(renderer.layout(texts, SEED).height());
		var fewer = renderer.draw(texts, SEED.subList(0, 2));
		assertThat(fewer.getHeight()).as("fewer rows, a shorter picture").isLessThan(image.getHeight());
		// Telegram sends a photo of up to 10,000 px (width and height together), at most 20 times as tall as wide.
		assertThat(image.getWidth() + image.getHeight()).isLessThan(10_000);
		Files.createDirectories(Path.of("target/artifacts"));
		Files.write(Path.of("target/artifacts/weekly-chart.png"), png);
		ImageIO.write(atPhoneWidth(image), "png", Path.of("target/artifacts/weekly-chart-400px.png").toFile());
	}

	@Test
	void aChartDrawnAfterATallerOneShowsOnlyItsOwnRows() throws Exception {
		// The pixels are kept from one chart to the next (Canvases): the second, shorter chart must be
		// exactly the picture drawn on fresh pixels, nothing of the first left in it.
		renderer.render(texts, SEED);
		var shorter = renderer.render(texts, SEED.subList(0, 2));

		assertThat(shorter).isEqualTo(PngEncoder.encode(renderer.draw(texts, SEED.subList(0, 2))));
		assertThat(ImageIO.read(new ByteArrayInputStream(shorter)).getHeight())
			.isEqualTo(renderer.layout(texts, SEED.subList(0, 2)).height());
	}

	@Test
	void theProvincesChartDrawnOnAUnitsPixelsShowsOnlyItsOwnRows() throws Exception {
		var units = new UnitsChartRenderer(renderer);
		var texts = new UnitsChartRenderer.Texts("Xếp hạng tuần 48/2026", "100 đơn vị", "Chỉ tiêu đạt (%)",
				this.texts.statuses());
		var rows = List.of(new UnitsChartRenderer.Row("1. ", "UBND xã Phổ Châu", "80%", new UnitStanding.Numeric(5, 4, 1, 0, 0)),
				new UnitsChartRenderer.Row("2. ", "UBND phường Đức Phổ", "40%", new UnitStanding.Numeric(5, 2, 1, 1, 1)));
		renderer.render(this.texts, SEED);

		assertThat(units.render(texts, rows)).isEqualTo(PngEncoder.encode(units.draw(texts, rows)));
	}

	@Test
	void eachRowIsLabelledWithItsCodeAndTheFirstWholeWordsOfItsTitleThatFit() {
		var layout = renderer.layout(texts, SEED);
		var percent = layout.panels().get(0);
		var counts = layout.panels().get(1);

		assertThat(percent.labels()).hasSize(5);
		assertThat(percent.plot().getDataset(0).getColumnKeys()).as("the dataset's rows").isEqualTo(percent.labels());
		assertThat(counts.labels()).hasSize(2);
		var room = renderer.font(Font.PLAIN, ChartRenderer.ROW_LABEL_SIZE);
		var labels = new ArrayList<String>(percent.labels());
		labels.addAll(counts.labels());
		for (int i = 0; i < SEED.size(); i++) {
			var bar = SEED.get(i);
			var label = labels.get(i);
			var full = bar.code() + " " + bar.title();
			assertThat(label).startsWith(bar.code() + " ");
			if (!label.equals(full)) {
				var words = label.substring(0, label.length() - 1);
				assertThat(label).endsWith("…");
				assertThat(full).as("whole words of the title").startsWith(words);
				assertThat(full.charAt(words.length())).as("cut between words in “%s”", label).isIn(' ', ',');
			}
			// Drawn on one line across the picture: it fits the width.
			var width = room.getStringBounds(label, new java.awt.font.FontRenderContext(null, true, true)).getWidth();
			assertThat(width).as(label).isLessThan(ChartRenderer.WIDTH - 30);
		}
		assertThat(labels).contains("3.4 Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến");
		assertThat(labels.get(0)).startsWith("2.2 Tỷ lệ hồ sơ thủ tục hành chính").endsWith("…");
		var drawn = percent.plot().getAnnotations().stream().filter(CategoryTextAnnotation.class::isInstance)
			.map(a -> ((CategoryTextAnnotation) a).getText()).toList();
		assertThat(drawn).as("each label is written on the picture").containsAll(percent.labels())
			.as("and where a bar is missing, why").contains("chưa có số liệu");
	}

	@Test
	void everyTextIsAtLeastTwelvePixelsAtPhoneWidth() throws Exception {
		var layout = renderer.layout(texts, SEED);
		var sizes = new ArrayList<Integer>();
		layout.titles().forEach(title -> sizes.add(title.getFont().getSize()));
		sizes.add(layout.legend().getItemFont().getSize());
		for (var panel : layout.panels()) {
			var plot = panel.plot();
			sizes.add(plot.getRangeAxis().getTickLabelFont().getSize());
			sizes.add(plot.getRangeAxis().getLabelFont().getSize());
			sizes.add(plot.getRenderer().getDefaultItemLabelFont().getSize());
			plot.getAnnotations().forEach(a -> sizes.add(((CategoryTextAnnotation) a).getFont().getSize()));
		}
		double scale = (double) ChartRenderer.PHONE_WIDTH / ChartRenderer.WIDTH;
		assertThat(sizes).allSatisfy(size -> assertThat(size * scale).isGreaterThanOrEqualTo(12));

		// And from the pixels, scaled to the phone: one amber row, so every dark run of pixel rows is text.
		var oneRow = List.of(new IndicatorBar("2.2", "Tỷ lệ hồ sơ thủ tục hành chính", new BigDecimal("97.5"), null, null,
				StatusColours.AMBER, true));
		var phone = atPhoneWidth(renderer.draw(texts, oneRow));
		var lines = darkRuns(phone);
		// Title, subtitle, the row's label, the value on the bar, the axis's ticks and label, the legend.
		assertThat(lines).hasSize(7);
		assertThat(lines.get(2)).as("the row's label, accents to descenders, in px at phone width")
			.isGreaterThanOrEqualTo(11);
		assertThat(lines).as("every line of text: no digit or capital under 8 px, the height of one in 11 px text")
			.allSatisfy(height -> assertThat(height).isGreaterThanOrEqualTo(8));
	}

	@Test
	void theValueOnEachBarIsInTheChartsBoldFontWithTheVietnameseDecimalComma() {
		var layout = renderer.layout(texts, SEED);
		var percent = layout.panels().get(0).plot();
		var counts = layout.panels().get(1).plot();

		var font = percent.getRenderer().getDefaultItemLabelFont();
		assertThat(font.getFamily()).isEqualTo(renderer.fontFamily()).isEqualTo("DejaVu Sans");
		assertThat(font.isBold()).isTrue();
		var labels = percent.getRenderer().getDefaultItemLabelGenerator();
		assertThat(labels.generateLabel(percent.getDataset(0), 0, 0)).isEqualTo("97,5%");
		assertThat(labels.generateLabel(percent.getDataset(0), 0, 2)).as("no figure, no number").isNull();
		assertThat(counts.getRenderer().getDefaultItemLabelGenerator().generateLabel(counts.getDataset(0), 0, 1))
			.isEqualTo("12");
	}

	@Test
	void lastYearsMarkerOnlyWhereItsFigureIsKnown() {
		var known = List.of(SEED.get(0));
		var boundOnly = List.of(SEED.get(3));

		var markers = renderer.layout(texts, SEED).panels().get(0).plot().getDataset(1);
		assertThat(markers.getValue("Kết quả năm trước", markers.getColumnKey(0))).isEqualTo(new BigDecimal("95"));
		assertThat(markers.getValue("Kết quả năm trước", markers.getColumnKey(3))).isNull();
		assertThat(hasPixel(renderer.draw(texts, known), ChartRenderer.LAST_YEAR)).as("◆ at 95").isTrue();
		assertThat(hasPixel(renderer.draw(texts, boundOnly), ChartRenderer.LAST_YEAR))
			.as("no ◆ for “dưới 60%”, in the rows or the legend").isFalse();
		assertThat(hasPixel(renderer.draw(texts, boundOnly), ChartRenderer.TARGET)).as("its target ▲ still").isTrue();
	}

	@Test
	void thePngHoldsEveryPixelDrawn() throws Exception {
		var drawn = renderer.draw(texts, SEED);

		var png = renderer.render(texts, SEED);

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
	void theTextIsSetInAFontThatDrawsVietnamese() {
		Font title = renderer.font(Font.BOLD, ChartRenderer.TITLE_SIZE);
		assertThat(title.canDisplayUpTo(texts.title())).as("first character the font cannot draw").isEqualTo(-1);
		assertThat(title.canDisplayUpTo("Đạt · Gần đạt · Chưa đạt · Quá hạn · Tỷ lệ hồ sơ")).isEqualTo(-1);
	}

	@Test
	void everyItemOfAFullPlanGetsABarOfItsStatusColourInThePlansOrder() {
		// Fifteen items, as a unit's plan has, every fourth without a figure: reading down the middle of
		// the chart, a reader meets a bar for each figure, in its status's colour, and no bar for the others.
		var statuses = List.of(StatusColours.GREEN, StatusColours.AMBER, StatusColours.RED);
		var barColours = new ArrayList<Color>();
		var bars = new ArrayList<IndicatorBar>();
		for (int i = 0; i < 15; i++) {
			var figure = i % 4 != 3;
			var colour = figure ? statuses.get(i * 7 % 3) : StatusColours.GREY;
			if (figure) {
				barColours.add(colour);
			}
			bars.add(new IndicatorBar((i / 5 + 1) + "." + (i % 5 + 1), "Tỷ lệ hồ sơ số " + i,
					figure ? BigDecimal.valueOf(70 + i) : null, new BigDecimal("98"), null, colour, true));
		}

		var image = renderer.draw(texts, bars);
		var legendTop = renderer.layout(texts, bars).legendTop();

		var all = new ArrayList<>(statuses);
		all.add(StatusColours.GREY);
		assertThat(colourRunsDownTheMiddle(image, all, legendTop)).containsExactlyElementsOf(barColours);
		assertThat(all).as("the legend explains each colour")
			.allSatisfy(colour -> assertThat(hasPixel(image.getSubimage(0, legendTop, image.getWidth(),
					image.getHeight() - legendTop), colour)).as("%s", colour).isTrue());
	}

	/** The picture as Telegram shows it on a phone: {@link ChartRenderer#PHONE_WIDTH} px wide, smoothly scaled. */
	static BufferedImage atPhoneWidth(BufferedImage image) {
		int height = image.getHeight() * ChartRenderer.PHONE_WIDTH / image.getWidth();
		var scaled = new BufferedImage(ChartRenderer.PHONE_WIDTH, height, BufferedImage.TYPE_INT_RGB);
		var g = scaled.createGraphics();
		g.drawImage(image.getScaledInstance(ChartRenderer.PHONE_WIDTH, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
		g.dispose();
		return scaled;
	}

	/**
	 * Heights of the runs of pixel rows holding a dark (text) pixel, top to bottom; a one-pixel gap does
	 * not end a run (the dot under "ạ" is part of its line).
	 */
	private static List<Integer> darkRuns(BufferedImage image) {
		var runs = new ArrayList<Integer>();
		int start = -1;
		int end = -1;
		for (int y = 0; y < image.getHeight(); y++) {
			boolean dark = false;
			for (int x = 0; x < image.getWidth() && !dark; x++) {
				var c = new Color(image.getRGB(x, y));
				dark = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue() < 110;
			}
			if (!dark) {
				continue;
			}
			if (start >= 0 && y - end > 2) {
				runs.add(end - start + 1);
				start = -1;
			}
			if (start < 0) {
				start = y;
			}
			end = y;
		}
		if (start >= 0) {
			runs.add(end - start + 1);
		}
		return runs;
	}

	private static boolean hasPixel(BufferedImage image, Color colour) {
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (image.getRGB(x, y) == colour.getRGB()) {
					return true;
				}
			}
		}
		return false;
	}

	/** The runs of any of these colours met going down the picture's middle column above {@code bottom}, each run once. */
	private static List<Color> colourRunsDownTheMiddle(BufferedImage image, List<Color> colours, int bottom) {
		var runs = new ArrayList<Color>();
		Integer previous = null;
		for (int y = 0; y < bottom; y++) {
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
