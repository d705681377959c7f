package vn.cchc.troly.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import java.text.NumberFormat;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * Draws the weekly chart: each numeric indicator's latest value as a bar coloured by status,
 * with its target (▲) and baseline (◆) as markers. Percentages share a 0–100 axis; counts are
 * drawn below on their own axis so a "≥ 1 initiative" does not vanish next to 98 %.
 */
@Component
class ChartRenderer {

	static final int WIDTH = 1200;
	static final int HEIGHT = 800;

	private static final String SAMPLE = "Tổng hợp tuần: Đạt, Gần đạt, Chưa đạt, chỉ tiêu, kết quả năm trước";
	private static final Color TARGET = new Color(0x1F, 0x3A, 0x93);
	private static final Color BASELINE = new Color(0x75, 0x75, 0x75);
	/**
	 * Solid, where JFreeChart's default is dotted (0.5 px, 2 on 2 off): the same faint line to the eye,
	 * but the dotted one is drawn as ~160 antialiased dashes a line, a third of the chart's drawing.
	 */
	private static final BasicStroke GRIDLINE = new BasicStroke(0.5f);

	private final String fontFamily = vietnameseFontFamily();

	/** A PNG of {@link #WIDTH} × {@link #HEIGHT} pixels. */
	byte[] render(ChartTexts texts, List<IndicatorBar> indicators) {
		return PngEncoder.encode(draw(texts, indicators));
	}

	/** The picture, before it is encoded. */
	BufferedImage draw(ChartTexts texts, List<IndicatorBar> indicators) {
		var percent = indicators.stream().filter(IndicatorBar::percent).toList();
		var counts = indicators.stream().filter(i -> !i.percent()).toList();
		var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		try {
			// The background before antialiasing is on: the same white, without computing the coverage
			// of 960,000 pixels. The charts draw no background of their own over it.
			g.setPaint(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			int countHeight = counts.isEmpty() ? 0 : percent.isEmpty() ? HEIGHT : Math.max(220, HEIGHT * counts.size() / (indicators.size() + 2));
			int percentHeight = HEIGHT - countHeight;
			if (!percent.isEmpty() || counts.isEmpty()) {
				var chart = chart(texts, percent, texts.percentAxis(), true);
				if (!counts.isEmpty()) {
					chart.removeLegend();
				}
				chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, percentHeight));
			}
			if (!counts.isEmpty()) {
				var chart = chart(texts, counts, texts.countAxis(), percent.isEmpty());
				chart.draw(g, new Rectangle2D.Double(0, percentHeight, WIDTH, countHeight));
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private JFreeChart chart(ChartTexts texts, List<IndicatorBar> indicators, String axisLabel, boolean withTitle) {
		var values = new DefaultCategoryDataset();
		var markers = new DefaultCategoryDataset();
		for (var indicator : indicators) {
			values.addValue(indicator.latest(), "latest", indicator.code());
			markers.addValue(indicator.target(), texts.target(), indicator.code());
			markers.addValue(indicator.baseline(), texts.baseline(), indicator.code());
		}
		var bars = new StatusBarRenderer(indicators.stream().map(IndicatorBar::colour).toArray(Paint[]::new));
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setMaximumBarWidth(0.12);
		var numbers = NumberFormat.getNumberInstance(texts.locale());
		numbers.setMaximumFractionDigits(1);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(font(Font.BOLD, 15));
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));

		var points = new LineAndShapeRenderer(false, true);
		points.setSeriesPaint(0, TARGET);
		points.setSeriesShape(0, triangle());
		points.setSeriesPaint(1, BASELINE);
		points.setSeriesShape(1, diamond());
		points.setSeriesStroke(0, new BasicStroke(2f));

		var domain = new CategoryAxis();
		domain.setTickLabelFont(font(Font.BOLD, 18));
		var range = new NumberAxis(axisLabel);
		range.setLabelFont(font(Font.PLAIN, 16));
		range.setTickLabelFont(font(Font.PLAIN, 14));
		if (axisLabel.equals(texts.percentAxis())) {
			// Room for a marker at 100 %, with ticks every 10 so no label is cut at the edge.
			range.setRange(0, 102);
			range.setTickUnit(new NumberTickUnit(10));
		}
		else {
			range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
			range.setAutoRangeIncludesZero(true);
		}

		var plot = new CategoryPlot(values, domain, range, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setFixedLegendItems(legend(texts));
		plot.setDataset(1, markers);
		plot.setRenderer(1, points);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		plot.setBackgroundPaint(new Color(0xFA, 0xFA, 0xFA));
		plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setRangeGridlineStroke(GRIDLINE);

		var chart = new JFreeChart(null, font(Font.BOLD, 26), plot, true);
		chart.setBackgroundPaint(null);
		if (withTitle) {
			chart.setTitle(new TextTitle(texts.title(), font(Font.BOLD, 26)));
			chart.addSubtitle(new TextTitle(texts.subtitle(), font(Font.PLAIN, 16)));
		}
		var legend = chart.getLegend();
		legend.setItemFont(font(Font.PLAIN, 15));
		legend.setPosition(RectangleEdge.BOTTOM);
		return chart;
	}

	/** Status colours first, then the two markers: the bars' own series colour means nothing. */
	private LegendItemCollection legend(ChartTexts texts) {
		var items = new LegendItemCollection();
		for (var status : texts.statuses()) {
			items.add(new LegendItem(status.label(), null, null, null, new Rectangle2D.Double(-7, -7, 14, 14), status.colour()));
		}
		items.add(new LegendItem(texts.target(), null, null, null, triangle(), TARGET));
		items.add(new LegendItem(texts.baseline(), null, null, null, diamond(), BASELINE));
		return items;
	}

	Font font(int style, int size) {
		return new Font(fontFamily, style, size);
	}

	String fontFamily() {
		return fontFamily;
	}

	/** The first installed family that draws every Vietnamese letter the chart uses. */
	private static String vietnameseFontFamily() {
		var installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		return List.of("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "FreeSans").stream()
			.filter(installed::contains)
			.filter(family -> new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1)
			.findFirst()
			.orElse(Font.SANS_SERIF);
	}

	private static java.awt.Shape triangle() {
		var p = new java.awt.Polygon();
		p.addPoint(0, -9);
		p.addPoint(8, 7);
		p.addPoint(-8, 7);
		return p;
	}

	private static java.awt.Shape diamond() {
		var p = new java.awt.Polygon();
		p.addPoint(0, -8);
		p.addPoint(8, 0);
		p.addPoint(0, 8);
		p.addPoint(-8, 0);
		return p;
	}

	/** Colours each bar by its indicator's status rather than by series. */
	private static final class StatusBarRenderer extends BarRenderer {

		private final Paint[] colours;

		StatusBarRenderer(Paint[] colours) {
			this.colours = colours;
		}

		@Override
		public Paint getItemPaint(int row, int column) {
			return column < colours.length ? colours[column] : super.getItemPaint(row, column);
		}
	}
}
