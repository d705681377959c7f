package vn.cchc.troly.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cchc.troly.plan.BaselineBound;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.ItemStatus.Status;

/** The summary's picture: each numeric indicator's latest figure against its target and last year's result. */
@Component
class SummaryChart {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ChartRenderer renderer;
	private final MessageSource messages;

	SummaryChart(ChartRenderer renderer, MessageSource messages) {
		this.renderer = renderer;
		this.messages = messages;
	}

	/** A PNG, or null when the plan has no item measured by a number. */
	byte[] render(WeeklySummary summary, Locale locale) {
		var bars = bars(summary);
		if (bars.isEmpty()) {
			return null;
		}
		var week = weekLabel(summary.weekKey());
		// Only items measured by a number are drawn, so a grey row is always one without a figure
		// ("Chưa có số liệu"), never a qualitative item without a note.
		var legend = Arrays.stream(Status.values())
			.map(status -> new ChartTexts.LegendEntry(text("progress.status." + status.name(), locale),
					StatusColours.of(status)))
			.toList();
		var texts = new ChartTexts(text("report.summary.chart.title", locale, week[0], week[1]),
				text("report.summary.chart.subtitle", locale, day(summary.from()), day(summary.to())),
				text("report.summary.chart.target", locale), text("report.summary.chart.baseline", locale),
				text("report.summary.chart.percentAxis", locale), text("report.summary.chart.countAxis", locale),
				text("report.summary.noFigure", locale), legend, locale);
		return renderer.render(texts, bars);
	}

	/** The rows of the chart, in plan order: the items measured by a number. */
	List<IndicatorBar> bars(WeeklySummary summary) {
		return summary.items().stream().map(SummaryChart::bar).filter(Objects::nonNull).toList();
	}

	/** The picture's caption (plain text). */
	String caption(WeeklySummary summary, Locale locale) {
		var week = weekLabel(summary.weekKey());
		return text("report.summary.chart.caption", locale, week[0], week[1]);
	}

	/** An item on the chart: PERCENT and COUNT against their target; INCREASE against last year's figure. */
	private static IndicatorBar bar(WeeklySummary.Item item) {
		var colour = StatusColours.of(item.status());
		var latest = item.latest() == null ? null : item.latest().value();
		var reportedLastYear = item.lastYear() == null ? null : item.lastYear().value();
		return switch (item.kind()) {
			case PERCENT, COUNT -> item.targetValue() == null ? null
					: new IndicatorBar(item.code(), item.title(), latest, item.targetValue(),
							knownLastYear(item, reportedLastYear), colour, item.kind() == TargetKind.PERCENT);
			case INCREASE -> new IndicatorBar(item.code(), item.title(), latest, reportedLastYear, null, colour, false);
			case QUALITATIVE -> null;
		};
	}

	/**
	 * Last year's result where it is a value: the plan's "Đạt 95%", else a figure reported as last
	 * year's. "chưa đạt 100%" or "dưới 60%" only bounds it, and a marker at 100 or 60 would say more than
	 * the plan does.
	 */
	private static BigDecimal knownLastYear(WeeklySummary.Item item, BigDecimal reportedLastYear) {
		if (item.baselineValue() != null && item.baselineBound() == BaselineBound.EXACT) {
			return item.baselineValue();
		}
		return reportedLastYear;
	}

	private static String day(LocalDate date) {
		return date == null ? "—" : DAY.format(date);
	}

	/** "2026-W48" → {"48", "2026"}. */
	private static String[] weekLabel(String weekKey) {
		var parts = weekKey.split("-W");
		return new String[] { String.valueOf(Integer.parseInt(parts[1])), parts[0] };
	}

	/** Arguments are ready strings, so MessageFormat adds no digit grouping. */
	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
