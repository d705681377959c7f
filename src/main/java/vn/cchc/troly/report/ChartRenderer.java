package vn.cchc.troly.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

import vn.cchc.troly.progress.FigureFormat;

/**
 * Draws the weekly chart for a phone: Telegram shows it about {@link #PHONE_WIDTH} px wide, so it is
 * drawn {@link #WIDTH} px wide ({@link #SCALE} pixels a point) and as tall as its rows need. Each
 * numeric indicator is a row: its code and the first whole words of its title on a line of their
 * own, then its latest value as a bar coloured by status with the value written on it, its target
 * (▲) and, where last year's figure is known, last year's result (◆). An indicator without a figure
 * says so in place of the bar. Percentages share a 0–100 panel; counts get a panel of their own, so a
 * "≥ 1 initiative" does not vanish next to 98 %. Every text is at least {@link #SMALLEST_TEXT} px,
 * 12 px at phone width.
 * <p>
 * One class, though long: the rows, panels, bar labels and legend are laid out against the same
 * measurements (scale, fonts, row heights, the status colours), and ChartRendererTests read them back
 * from the pixels; cutting it would pass those measurements between classes for no reader's gain.
 */
@Component
class ChartRenderer {

	/** How wide Telegram shows a photo on a phone, in screen points. */
	static final int PHONE_WIDTH = 400;
	/**
	 * Pixels per phone point. 1.5 rather than a phone's 2 or 3: Telegram recompresses a photo and
	 * bounds its longer side to 1280 px (a tall chart reaches phones narrower than drawn anyway), and
	 * every pixel is drawn and deflated (a 15-row chart at 2× cost 1.6 times what it does at 1.5×).
	 */
	static final double SCALE = 1.5;
	static final int WIDTH = px(PHONE_WIDTH);
	/** The smallest text size on the chart, in its own pixels: 12 px at {@link #PHONE_WIDTH}. */
	static final int SMALLEST_TEXT = px(12);

	static final int TITLE_SIZE = px(18);
	static final int SUBTITLE_SIZE = px(13);
	static final int ROW_LABEL_SIZE = px(14);
	static final int VALUE_SIZE = px(13);
	static final int AXIS_SIZE = SMALLEST_TEXT;
	static final int LEGEND_SIZE = px(13);

	/** The bar's thickness, and the room around a row's label and bar. */
	private static final int BAR = px(15);
	private static final int ROW_TOP = px(5);
	private static final int LABEL_GAP = px(2);
	private static final int ROW_BOTTOM = px(7);
	/** Left and right of every panel; on the right also room for a marker at 100 % and the last tick. */
	private static final int SIDE = px(8);
	private static final int PLOT_RIGHT = px(10);
	private static final int TOP = px(7);
	private static final int BETWEEN = px(5);

	private static final String SAMPLE = "Tổng hợp tuần: Đạt, Gần đạt, Chưa đạt, chỉ tiêu, kết quả năm trước";
	static final Color TARGET = new Color(0x1F, 0x3A, 0x93);
	/** Blue-grey, not a grey: no antialiased edge of the (grey) text can take this colour. */
	static final Color LAST_YEAR = new Color(0x45, 0x5A, 0x64);
	private static final Color TEXT = new Color(0x21, 0x21, 0x21);
	private static final Color PLOT_BACKGROUND = new Color(0xFA, 0xFA, 0xFA);
	/**
	 * Solid, where JFreeChart's default is dotted (0.5 px, 2 on 2 off): a faint line to the eye either
	 * way, but the dotted one is drawn as ~160 antialiased dashes a line, a third of the chart's drawing.
	 */
	private static final BasicStroke GRIDLINE = new BasicStroke(1f);

	/** A title or legend spans the picture's width, as tall as its text needs. */
	private static final RectangleConstraint ACROSS = new RectangleConstraint(WIDTH - 2 * SIDE, null,
			LengthConstraintType.FIXED, 0, null, LengthConstraintType.NONE);

	private final String fontFamily = vietnameseFontFamily();
	private final Canvases canvases = new Canvases();

	/** A PNG {@link #WIDTH} px wide and as tall as its rows need. */
	byte[] render(ChartTexts texts, List<IndicatorBar> indicators) {
		var layout = layout(texts, indicators);
		return png(layout.height(), image -> paint(image, layout));
	}

	/** The picture, before it is encoded. */
	BufferedImage draw(ChartTexts texts, List<IndicatorBar> indicators) {
		var layout = layout(texts, indicators);
		var image = new BufferedImage(WIDTH, layout.height(), BufferedImage.TYPE_INT_RGB);
		paint(image, layout);
		return image;
	}

	/** A picture {@link #WIDTH} px wide drawn on kept pixels ({@link Canvases}) and encoded. */
	byte[] png(int height, Consumer<BufferedImage> drawing) {
		return canvases.draw(WIDTH, height, drawing, PngEncoder::encode);
	}

	private void paint(BufferedImage image, Layout layout) {
		var g = image.createGraphics();
		try {
			// The background before antialiasing is on: the same white, without computing the coverage
			// of every pixel. The charts draw no background of their own over it.
			g.setPaint(Color.WHITE);
			g.fillRect(0, 0, WIDTH, layout.height());
			hints(g);
			double y = TOP;
			for (var title : layout.titles()) {
				var size = title.arrange(g, ACROSS);
				title.draw(g, new Rectangle2D.Double(SIDE, y, WIDTH - 2 * SIDE, size.height));
				y += size.height;
			}
			y += BETWEEN;
			for (var panel : layout.panels()) {
				panel.chart().draw(g, new Rectangle2D.Double(0, y, WIDTH, panel.height()));
				y += panel.height() + BETWEEN;
			}
			var legend = layout.legend();
			var size = legend.arrange(g, ACROSS);
			legend.draw(g, new Rectangle2D.Double(SIDE, y, WIDTH - 2 * SIDE, size.height));
		}
		finally {
			g.dispose();
		}
	}

	/**
	 * What the picture holds, measured: its titles, a panel per kind of figure, the legend (from
	 * {@code legendTop} down), and its height.
	 */
	record Layout(List<TextTitle> titles, List<Panel> panels, LegendTitle legend, int legendTop, int height) {
	}

	/** One JFreeChart: the rows of one kind of figure (percent or count) and their axis. */
	record Panel(JFreeChart chart, int height, List<String> labels) {

		CategoryPlot plot() {
			return chart.getCategoryPlot();
		}
	}

	Layout layout(ChartTexts texts, List<IndicatorBar> indicators) {
		// Its own, as the picture is drawn on any thread: a Graphics2D is not to be shared.
		var measure = new FontMeasure();
		var percent = indicators.stream().filter(IndicatorBar::percent).toList();
		var counts = indicators.stream().filter(i -> !i.percent()).toList();
		var panels = new ArrayList<Panel>();
		if (!percent.isEmpty()) {
			panels.add(panel(texts, percent, texts.percentAxis(), true, measure));
		}
		if (!counts.isEmpty()) {
			panels.add(panel(texts, counts, texts.countAxis(), false, measure));
		}
		var titles = List.of(title(texts.title(), font(Font.BOLD, TITLE_SIZE)),
				title(texts.subtitle(), font(Font.PLAIN, SUBTITLE_SIZE)));
		var legend = legend(texts, indicators);

		double height = TOP + BETWEEN;
		for (var title : titles) {
			height += title.arrange(measure.graphics, ACROSS).height;
		}
		for (var panel : panels) {
			height += panel.height() + BETWEEN;
		}
		var legendTop = (int) height;
		height += legend.arrange(measure.graphics, ACROSS).height + TOP;
		measure.graphics.dispose();
		return new Layout(titles, List.copyOf(panels), legend, legendTop, (int) Math.ceil(height));
	}

	private Panel panel(ChartTexts texts, List<IndicatorBar> indicators, String axisLabel, boolean percent,
			FontMeasure measure) {
		var labelFont = font(Font.PLAIN, ROW_LABEL_SIZE);
		var labelMetrics = measure.metrics(labelFont);
		// The label spans the plot's width, above its bar.
		var room = WIDTH - 2 * SIDE - PLOT_RIGHT;
		var labels = indicators.stream()
			.map(i -> ShortText.fit(i.code() + " " + i.title(), text -> labelMetrics.stringWidth(text) <= room))
			.toList();

		var values = new DefaultCategoryDataset();
		var markers = new DefaultCategoryDataset();
		for (int i = 0; i < indicators.size(); i++) {
			var indicator = indicators.get(i);
			values.addValue(indicator.latest(), "latest", labels.get(i));
			markers.addValue(indicator.target(), texts.target(), labels.get(i));
			markers.addValue(indicator.lastYear(), texts.baseline(), labels.get(i));
		}

		int labelHeight = labelMetrics.getAscent() + labelMetrics.getDescent();
		int row = ROW_TOP + labelHeight + LABEL_GAP + BAR + ROW_BOTTOM;
		var domain = new RowAxis(ROW_TOP, ROW_TOP + labelHeight + LABEL_GAP + BAR / 2.0);
		domain.setVisible(false);
		domain.setLowerMargin(0);
		domain.setUpperMargin(0);
		domain.setCategoryMargin(0);

		var range = new NumberAxis(axisLabel);
		range.setLabelFont(font(Font.PLAIN, AXIS_SIZE));
		range.setLabelPaint(TEXT);
		range.setTickLabelFont(font(Font.PLAIN, AXIS_SIZE));
		range.setTickLabelPaint(TEXT);
		var axisMetrics = measure.metrics(range.getTickLabelFont());
		// Tick marks, tick labels and the axis label, measured once: each panel's rows get their exact room.
		int axis = 2 * axisMetrics.getHeight() + px(8);
		range.setFixedDimension(axis);
		if (percent) {
			// Room for a marker at 100 %, with a tick every 20 so no label is cut at the edge.
			range.setRange(0, 102);
			range.setTickUnit(new NumberTickUnit(20));
		}
		else {
			range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
			range.setAutoRangeIncludesZero(true);
			range.setUpperMargin(0.12);
		}

		var colours = indicators.stream().map(IndicatorBar::colour).toList();
		var bars = new StatusBarRenderer(colours, font(Font.BOLD, VALUE_SIZE), BAR);
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDefaultItemLabelGenerator(new ValueLabels(value -> percent ? FigureFormat.percent(value, texts.locale())
				: FigureFormat.number(value, texts.locale())));
		bars.setDefaultItemLabelsVisible(true);

		var points = new LineAndShapeRenderer(false, true);
		points.setSeriesPaint(0, TARGET);
		points.setSeriesShape(0, triangle());
		points.setSeriesPaint(1, LAST_YEAR);
		points.setSeriesShape(1, diamond());

		var plot = new CategoryPlot(values, domain, range, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setDataset(1, markers);
		plot.setRenderer(1, points);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		plot.setBackgroundPaint(PLOT_BACKGROUND);
		plot.setOutlineVisible(false);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		plot.setInsets(new RectangleInsets(0, 0, 0, PLOT_RIGHT));
		plot.setRangeGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
		plot.setRangeGridlineStroke(GRIDLINE);
		for (int i = 0; i < indicators.size(); i++) {
			var label = new CategoryTextAnnotation(labels.get(i), labels.get(i), 0);
			label.setCategoryAnchor(CategoryAnchor.START);
			label.setTextAnchor(TextAnchor.TOP_LEFT);
			label.setFont(labelFont);
			label.setPaint(TEXT);
			plot.addAnnotation(label, false);
			if (indicators.get(i).latest() == null) {
				// No bar to colour: say so where the bar would be, in the legend's colour for it.
				var none = new NoFigureNote(texts.noFigure(), labels.get(i));
				none.setFont(font(Font.PLAIN, VALUE_SIZE));
				none.setPaint(indicators.get(i).colour().darker());
				plot.addAnnotation(none, false);
			}
		}

		var chart = new JFreeChart(null, null, plot, false);
		chart.setBackgroundPaint(null);
		chart.setPadding(new RectangleInsets(0, SIDE, 0, SIDE));
		return new Panel(chart, indicators.size() * row + axis, labels);
	}

	private TextTitle title(String text, Font font) {
		var title = new TextTitle(text, font);
		title.setPaint(TEXT);
		title.setHorizontalAlignment(HorizontalAlignment.CENTER);
		return title;
	}

	/**
	 * The colours the bars use, each with the status it stands for, then the markers drawn: nothing in
	 * the legend that the picture does not show.
	 */
	private LegendTitle legend(ChartTexts texts, List<IndicatorBar> indicators) {
		var used = new LinkedHashSet<Color>();
		indicators.forEach(i -> used.add(i.colour()));
		var items = new LegendItemCollection();
		for (var status : texts.statuses()) {
			if (used.contains(status.colour())) {
				items.add(legendItem(status.label(), new Rectangle2D.Double(-px(5), -px(5), px(10), px(10)), status.colour()));
			}
		}
		if (indicators.stream().anyMatch(i -> i.target() != null)) {
			items.add(legendItem(texts.target(), triangle(), TARGET));
		}
		if (indicators.stream().anyMatch(i -> i.lastYear() != null)) {
			items.add(legendItem(texts.baseline(), diamond(), LAST_YEAR));
		}
		var legend = new LegendTitle(() -> items);
		legend.setItemFont(font(Font.PLAIN, LEGEND_SIZE));
		legend.setItemPaint(TEXT);
		legend.setBackgroundPaint(null);
		legend.setFrame(BlockBorder.NONE);
		legend.setPosition(RectangleEdge.BOTTOM);
		legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 14));
		return legend;
	}

	private static LegendItem legendItem(String label, Shape shape, Color colour) {
		return new LegendItem(label, null, null, null, shape, colour);
	}

	/** Phone points to the chart's pixels. */
	static int px(double points) {
		return (int) Math.round(points * SCALE);
	}

	Font font(int style, int size) {
		return new Font(fontFamily, style, size);
	}

	String fontFamily() {
		return fontFamily;
	}

	/** The hints every chart is drawn and measured with (the units' chart too). */
	static void hints(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
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

	private static Shape triangle() {
		var p = new Polygon();
		p.addPoint(0, -px(6.5));
		p.addPoint(px(6), px(5));
		p.addPoint(-px(6), px(5));
		return p;
	}

	private static Shape diamond() {
		var p = new Polygon();
		p.addPoint(0, -px(6));
		p.addPoint(px(6), 0);
		p.addPoint(0, px(6));
		p.addPoint(-px(6), 0);
		return p;
	}

	/**
	 * A graphics context to measure text in before the picture exists (label widths, the axis's height,
	 * the titles' and legend's heights), with the hints the picture is drawn with.
	 */
	private static final class FontMeasure {

		private final Graphics2D graphics;

		FontMeasure() {
			graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
			hints(graphics);
		}

		FontMetrics metrics(Font font) {
			return graphics.getFontMetrics(font);
		}
	}

	/**
	 * The category axis of a row: its label (an annotation at the category's START) near the top of the
	 * row's band, the bar (and the markers, which JFreeChart puts at the category's middle) below the
	 * label rather than across it. The units' chart lays its rows out the same way.
	 */
	static final class RowAxis extends CategoryAxis {

		private final double labelTop;
		private final double barCentre;

		RowAxis(double labelTop, double barCentre) {
			this.labelTop = labelTop;
			this.barCentre = barCentre;
		}

		@Override
		public double getCategoryMiddle(int category, int categoryCount, Rectangle2D area, RectangleEdge edge) {
			return getCategoryStart(category, categoryCount, area, edge) + barCentre;
		}

		@Override
		public double getCategoryJava2DCoordinate(CategoryAnchor anchor, int category, int categoryCount,
				Rectangle2D area, RectangleEdge edge) {
			return anchor == CategoryAnchor.START ? getCategoryStart(category, categoryCount, area, edge) + labelTop
					: super.getCategoryJava2DCoordinate(anchor, category, categoryCount, area, edge);
		}
	}

	/** Half a marker's width and the room kept around it, in pixels. */
	private static final int MARKER_CLEARANCE = px(6) + px(3);

	/** The x of the row's markers (target, last year's result) in the plot's data area. */
	private static List<Double> markerXs(CategoryPlot plot, Comparable<?> row, Rectangle2D dataArea) {
		var markers = plot.getDataset(1);
		var axis = plot.getRangeAxis();
		var xs = new ArrayList<Double>();
		for (int series = 0; series < markers.getRowCount(); series++) {
			var value = markers.getValue(markers.getRowKey(series), row);
			if (value != null) {
				xs.add(axis.valueToJava2D(value.doubleValue(), dataArea, plot.getRangeAxisEdge()));
			}
		}
		return xs;
	}

	/** The first x at or after {@code x} where a text this wide covers none of the markers. */
	private static double clearOf(double x, double width, List<Double> markers) {
		var start = x;
		var moved = true;
		while (moved) {
			moved = false;
			for (var marker : markers) {
				if (start < marker + MARKER_CLEARANCE && start + width > marker - MARKER_CLEARANCE) {
					start = marker + MARKER_CLEARANCE;
					moved = true;
				}
			}
		}
		return start;
	}

	/** "chưa có số liệu" where a row's bar would start, moved past a marker rather than written across it. */
	private static final class NoFigureNote extends CategoryTextAnnotation {

		NoFigureNote(String text, Comparable<?> row) {
			super(text, row, 0);
			setCategoryAnchor(CategoryAnchor.MIDDLE);
			setTextAnchor(TextAnchor.CENTER_LEFT);
		}

		@Override
		public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
				ValueAxis rangeAxis) {
			var dataset = plot.getDataset();
			var column = dataset.getColumnIndex(getCategory());
			var y = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
			g2.setFont(getFont());
			g2.setPaint(getPaint());
			var width = g2.getFontMetrics().getStringBounds(getText(), g2).getWidth();
			var start = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge());
			var x = clearOf(start, width, markerXs(plot, getCategory(), dataArea));
			TextUtils.drawAlignedString(getText(), g2, (float) x, (float) y, TextAnchor.CENTER_LEFT);
		}
	}

	/** "97,5%" on a percent bar, "12" on a count: the numbers written as the summary's text writes them. */
	private record ValueLabels(Function<BigDecimal, String> format) implements CategoryItemLabelGenerator {

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			var value = dataset.getValue(row, column);
			return value == null ? null : format.apply(new BigDecimal(value.toString()));
		}

		@Override
		public String generateRowLabel(CategoryDataset dataset, int row) {
			return dataset.getRowKey(row).toString();
		}

		@Override
		public String generateColumnLabel(CategoryDataset dataset, int column) {
			return dataset.getColumnKey(column).toString();
		}
	}

	/**
	 * Colours each bar by its indicator's status rather than by series, at a fixed thickness, with its
	 * value written in the chart's bold font: inside the bar where it fits, in a colour that reads on it;
	 * else just after the bar's end.
	 */
	static final class StatusBarRenderer extends BarRenderer {

		private static final int PAD = px(4);

		private final List<Color> colours;
		private final Font valueFont;
		private final int thickness;
		/** The data area of the bar being drawn: its label keeps clear of the row's markers. */
		private Rectangle2D dataArea;

		StatusBarRenderer(List<Color> colours, Font valueFont, int thickness) {
			this.colours = List.copyOf(colours);
			this.valueFont = valueFont;
			this.thickness = thickness;
			setDefaultItemLabelFont(valueFont);
		}

		@Override
		public java.awt.Paint getItemPaint(int row, int column) {
			return column < colours.size() ? colours.get(column) : super.getItemPaint(row, column);
		}

		@Override
		protected void calculateBarWidth(CategoryPlot plot, Rectangle2D dataArea, int rendererIndex,
				CategoryItemRendererState state) {
			state.setBarWidth(thickness);
		}

		@Override
		public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
				CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
			this.dataArea = dataArea;
			super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
		}

		@Override
		protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
				CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
			var label = generator.generateLabel(data, row, column);
			if (label == null) {
				return;
			}
			g2.setFont(valueFont);
			var width = g2.getFontMetrics().getStringBounds(label, g2).getWidth();
			var colour = column < colours.size() ? colours.get(column) : Color.GRAY;
			var markers = markerXs(plot, data.getColumnKey(column), dataArea);
			// Inside the bar, at its start, where it fits clear of the markers; else just after the bar.
			var x = clearOf(bar.getMinX() + PAD, width, markers);
			var inside = x + width + PAD <= bar.getMaxX();
			if (!inside) {
				x = clearOf(bar.getMaxX() + PAD, width, markers);
			}
			g2.setPaint(inside ? textOn(colour) : TEXT);
			TextUtils.drawAlignedString(label, g2, (float) x, (float) bar.getCenterY(), TextAnchor.CENTER_LEFT);
		}

		/** White on the dark greens and reds, near-black on amber and grey. */
		static Color textOn(Color background) {
			double luminance = (0.2126 * background.getRed() + 0.7152 * background.getGreen()
					+ 0.0722 * background.getBlue()) / 255;
			return luminance > 0.5 ? TEXT : Color.WHITE;
		}
	}
}
