package vn.cchc.troly.report;

import static vn.cchc.troly.report.ChartRenderer.px;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

import vn.cchc.troly.progress.ItemStatus.Status;

/**
 * The province digest's picture, in the weekly chart's style (its width, scale, fonts, row layout
 * and status colours, {@link ChartRenderer}): a row per unit, its rank, name and share met on a line,
 * under it one bar across 0–100 % of its numeric indicators, cut by status: 🟢 met from the left
 * (so the green length is the share the ranking sorts by), then 🟡, 🔴 and ⚪ no figure. A gap row
 * says how many units are left out between the top and the bottom ones.
 */
@Component
class UnitsChartRenderer {

	private static final int TITLE_SIZE = px(18);
	private static final int SUBTITLE_SIZE = px(13);
	private static final int ROW_LABEL_SIZE = px(13);
	private static final int AXIS_SIZE = ChartRenderer.SMALLEST_TEXT;
	private static final int LEGEND_SIZE = px(13);
	private static final int WIDTH = ChartRenderer.WIDTH;

	/** Thinner than an indicator's bar: a unit row is read by its green length, not by a value on it. */
	private static final int BAR = px(11);
	private static final int ROW_TOP = px(3);
	private static final int LABEL_GAP = px(1);
	private static final int ROW_BOTTOM = px(5);
	private static final int SIDE = px(8);
	private static final int PLOT_RIGHT = px(10);
	private static final int TOP = px(7);
	private static final int BETWEEN = px(5);

	private static final Color TEXT = new Color(0x21, 0x21, 0x21);
	private static final Color GAP_TEXT = new Color(0x61, 0x61, 0x61);
	private static final Color PLOT_BACKGROUND = new Color(0xFA, 0xFA, 0xFA);
	/** The bar's parts, left to right. */
	private static final List<Status> PARTS = List.of(Status.MET, Status.NEAR, Status.NOT_MET, Status.NO_DATA);

	private static final RectangleConstraint ACROSS = new RectangleConstraint(WIDTH - 2 * SIDE, null,
			LengthConstraintType.FIXED, 0, null, LengthConstraintType.NONE);

	private final ChartRenderer style;

	UnitsChartRenderer(ChartRenderer style) {
		this.style = style;
	}

	/**
	 * A row of the chart: "{prefix}{name}{suffix}" on its line, the name cut to fit ("7. " and
	 * " · 80% (8/10)" are kept whole), and the unit's numeric indicators by status; {@code numeric}
	 * null for the gap row, whose name is the whole line.
	 */
	record Row(String prefix, String name, String suffix, UnitStanding.Numeric numeric) {
	}

	/** The chart's words, in the reader's language; {@code statuses} the legend's label for each colour. */
	record Texts(String title, String subtitle, String axis, List<ChartTexts.LegendEntry> statuses) {
	}

	byte[] render(Texts texts, List<Row> rows) {
		var layout = layout(texts, rows);
		return style.png(layout.height(), image -> paint(image, layout));
	}

	BufferedImage draw(Texts texts, List<Row> rows) {
		var layout = layout(texts, rows);
		var image = new BufferedImage(WIDTH, layout.height(), BufferedImage.TYPE_INT_RGB);
		paint(image, layout);
		return image;
	}

	/** The titles, the rows' panel, the legend, measured, and the picture's height. */
	private record Layout(List<TextTitle> titles, Panel panel, LegendTitle legend, int height) {
	}

	private Layout layout(Texts texts, List<Row> rows) {
		var measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		ChartRenderer.hints(measure);
		var titles = List.of(title(texts.title(), style.font(Font.BOLD, TITLE_SIZE)),
				title(texts.subtitle(), style.font(Font.PLAIN, SUBTITLE_SIZE)));
		var panel = panel(texts, rows, measure);
		var legend = legend(texts, rows);
		double height = TOP + BETWEEN;
		for (var title : titles) {
			height += title.arrange(measure, ACROSS).height;
		}
		height += panel.height() + BETWEEN + legend.arrange(measure, ACROSS).height + TOP;
		measure.dispose();
		return new Layout(titles, panel, legend, (int) Math.ceil(height));
	}

	private void paint(BufferedImage image, Layout layout) {
		var g = image.createGraphics();
		try {
			g.setPaint(Color.WHITE);
			g.fillRect(0, 0, WIDTH, image.getHeight());
			ChartRenderer.hints(g);
			double y = TOP;
			for (var title : layout.titles()) {
				var size = title.arrange(g, ACROSS);
				title.draw(g, new Rectangle2D.Double(SIDE, y, WIDTH - 2 * SIDE, size.height));
				y += size.height;
			}
			y += BETWEEN;
			layout.panel().chart().draw(g, new Rectangle2D.Double(0, y, WIDTH, layout.panel().height()));
			y += layout.panel().height() + BETWEEN;
			var size = layout.legend().arrange(g, ACROSS);
			layout.legend().draw(g, new Rectangle2D.Double(SIDE, y, WIDTH - 2 * SIDE, size.height));
		}
		finally {
			g.dispose();
		}
	}

	/** The rows' JFreeChart and its height; {@code labels} the lines as drawn (names cut to fit). */
	record Panel(JFreeChart chart, int height, List<String> labels) {
	}

	Panel panel(Texts texts, List<Row> rows, Graphics2D measure) {
		var labelFont = style.font(Font.PLAIN, ROW_LABEL_SIZE);
		var metrics = measure.getFontMetrics(labelFont);
		var room = WIDTH - 2 * SIDE - PLOT_RIGHT;
		var labels = new ArrayList<String>();
		for (var row : rows) {
			var fixed = row.prefix() + row.suffix();
			var name = ShortText.fit(row.name(), text -> metrics.stringWidth(fixed + text) <= room);
			var label = row.prefix() + name + row.suffix();
			// Two units cut to the same words still need rows of their own.
			while (labels.contains(label)) {
				label += " ";
			}
			labels.add(label);
		}

		var parts = new DefaultCategoryDataset();
		for (int i = 0; i < rows.size(); i++) {
			var numeric = rows.get(i).numeric();
			for (var status : PARTS) {
				parts.addValue(numeric == null || numeric.total() == 0 ? null : share(numeric, status), status.name(),
						labels.get(i));
			}
		}

		int labelHeight = metrics.getAscent() + metrics.getDescent();
		int row = ROW_TOP + labelHeight + LABEL_GAP + BAR + ROW_BOTTOM;
		var domain = new ChartRenderer.RowAxis(ROW_TOP, ROW_TOP + labelHeight + LABEL_GAP + BAR / 2.0);
		domain.setVisible(false);
		domain.setLowerMargin(0);
		domain.setUpperMargin(0);
		domain.setCategoryMargin(0);

		var range = new NumberAxis(texts.axis());
		range.setLabelFont(style.font(Font.PLAIN, AXIS_SIZE));
		range.setLabelPaint(TEXT);
		range.setTickLabelFont(style.font(Font.PLAIN, AXIS_SIZE));
		range.setTickLabelPaint(TEXT);
		var axisMetrics = measure.getFontMetrics(range.getTickLabelFont());
		int axis = 2 * axisMetrics.getHeight() + px(8);
		range.setFixedDimension(axis);
		range.setRange(0, 100);
		range.setTickUnit(new NumberTickUnit(25));

		var bars = new StackedBarRenderer() {
			@Override
			protected void calculateBarWidth(CategoryPlot plot, Rectangle2D dataArea, int rendererIndex,
					CategoryItemRendererState state) {
				state.setBarWidth(BAR);
			}
		};
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		for (int i = 0; i < PARTS.size(); i++) {
			bars.setSeriesPaint(i, StatusColours.of(PARTS.get(i)));
		}

		var plot = new CategoryPlot(parts, domain, range, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setBackgroundPaint(PLOT_BACKGROUND);
		plot.setOutlineVisible(false);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		plot.setInsets(new RectangleInsets(0, 0, 0, PLOT_RIGHT));
		plot.setRangeGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
		for (int i = 0; i < rows.size(); i++) {
			var label = new CategoryTextAnnotation(labels.get(i), labels.get(i), 0);
			label.setCategoryAnchor(CategoryAnchor.START);
			label.setTextAnchor(TextAnchor.TOP_LEFT);
			label.setFont(rows.get(i).numeric() == null ? style.font(Font.ITALIC, ROW_LABEL_SIZE) : labelFont);
			label.setPaint(rows.get(i).numeric() == null ? GAP_TEXT : TEXT);
			plot.addAnnotation(label, false);
		}

		var chart = new JFreeChart(null, null, plot, false);
		chart.setBackgroundPaint(null);
		chart.setPadding(new RectangleInsets(0, SIDE, 0, SIDE));
		return new Panel(chart, rows.size() * row + axis, List.copyOf(labels));
	}

	/** The part of the unit's numeric indicators with this status, in percent. */
	private static double share(UnitStanding.Numeric numeric, Status status) {
		var count = switch (status) {
			case MET -> numeric.met();
			case NEAR -> numeric.near();
			case NOT_MET -> numeric.notMet();
			case NO_DATA -> numeric.noFigure();
		};
		return count * 100.0 / numeric.total();
	}

	private TextTitle title(String text, Font font) {
		var title = new TextTitle(text, font);
		title.setPaint(TEXT);
		title.setHorizontalAlignment(HorizontalAlignment.CENTER);
		return title;
	}

	/** The colours some bar shows, each with the status it stands for. */
	private LegendTitle legend(Texts texts, List<Row> rows) {
		var used = new LinkedHashSet<Color>();
		for (var row : rows) {
			var numeric = row.numeric();
			if (numeric == null || numeric.total() == 0) {
				continue;
			}
			for (var status : PARTS) {
				if (share(numeric, status) > 0) {
					used.add(StatusColours.of(status));
				}
			}
		}
		var items = new LegendItemCollection();
		for (var status : texts.statuses()) {
			if (used.contains(status.colour())) {
				items.add(new LegendItem(status.label(), null, null, null,
						new Rectangle2D.Double(-px(5), -px(5), px(10), px(10)), status.colour()));
			}
		}
		var legend = new LegendTitle(() -> items);
		legend.setItemFont(style.font(Font.PLAIN, LEGEND_SIZE));
		legend.setItemPaint(TEXT);
		legend.setBackgroundPaint(null);
		legend.setFrame(BlockBorder.NONE);
		legend.setPosition(RectangleEdge.BOTTOM);
		legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 14));
		return legend;
	}
}
