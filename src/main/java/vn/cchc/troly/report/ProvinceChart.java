package vn.cchc.troly.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cchc.troly.progress.FigureFormat;
import vn.cchc.troly.progress.ItemStatus.Status;

/**
 * The province digest's picture: a bar per unit with numeric indicators, in ranking order. Up to
 * {@value #ALL_UP_TO} units every one is drawn; beyond, the first and the last {@value #EACH_END}
 * with a line for those between. Why not all 96: a picture on a phone is read at about 400 points
 * wide and Telegram shrinks one taller than 1,280 px, so a hundred rows would be a few points each
 * and unreadable; a hundred names in a histogram would lose the names, which are what the province
 * acts on. The top and the bottom are the units to praise and to call; the text names every unit
 * with nothing reported and the export (/xuat) has them all.
 */
@Component
class ProvinceChart {

	static final int ALL_UP_TO = 17;
	static final int EACH_END = 8;

	private final UnitsChartRenderer renderer;
	private final MessageSource messages;

	ProvinceChart(UnitsChartRenderer renderer, MessageSource messages) {
		this.renderer = renderer;
		this.messages = messages;
	}

	/** A PNG, or null when no unit has a numeric indicator to draw. */
	byte[] render(ProvinceDigest digest, Locale locale) {
		var charted = charted(digest.overview());
		if (charted.isEmpty()) {
			return null;
		}
		var week = week(digest.weekKey());
		var cut = charted.size() > ALL_UP_TO;
		var subtitle = cut ? text("report.province.chart.subtitle.cut", locale, String.valueOf(EACH_END),
				String.valueOf(charted.size())) : text("report.province.chart.subtitle", locale, String.valueOf(charted.size()));
		var legend = Arrays.stream(Status.values())
			.map(status -> new ChartTexts.LegendEntry(text("progress.status." + status.name(), locale),
					StatusColours.of(status)))
			.toList();
		var texts = new UnitsChartRenderer.Texts(text("report.province.chart.title", locale, week[0], week[1]), subtitle,
				text("report.province.chart.axis", locale), legend);
		return renderer.render(texts, rows(digest.overview(), locale));
	}

	/** The picture's caption (plain text). */
	String caption(ProvinceDigest digest, Locale locale) {
		var week = week(digest.weekKey());
		return text("report.province.chart.caption", locale, week[0], week[1]);
	}

	/** The rows drawn: every charted unit, or the first and last {@value #EACH_END} with the gap between. */
	List<UnitsChartRenderer.Row> rows(ProvinceOverview overview, Locale locale) {
		var charted = charted(overview);
		var rows = new ArrayList<UnitsChartRenderer.Row>();
		if (charted.size() <= ALL_UP_TO) {
			for (int i = 0; i < charted.size(); i++) {
				rows.add(row(charted.get(i), i + 1, locale));
			}
			return rows;
		}
		for (int i = 0; i < EACH_END; i++) {
			rows.add(row(charted.get(i), i + 1, locale));
		}
		var left = charted.size() - 2 * EACH_END;
		rows.add(new UnitsChartRenderer.Row("", text("report.province.chart.gap", locale, String.valueOf(left),
				String.valueOf(EACH_END + 1), String.valueOf(EACH_END + left)), "", null));
		for (int i = charted.size() - EACH_END; i < charted.size(); i++) {
			rows.add(row(charted.get(i), i + 1, locale));
		}
		return rows;
	}

	/** The units with a plan and a numeric indicator: the ranking's first ones, in its order. */
	private static List<UnitStanding> charted(ProvinceOverview overview) {
		return overview.ranked().stream().filter(u -> u.numeric().total() > 0).toList();
	}

	private UnitsChartRenderer.Row row(UnitStanding unit, int rank, Locale locale) {
		var numeric = unit.numeric();
		return new UnitsChartRenderer.Row(rank + ". ", name(unit, locale),
				text("report.province.chart.share", locale, FigureFormat.percent(unit.sharePercent(), locale),
						String.valueOf(numeric.met()), String.valueOf(numeric.total())),
				numeric);
	}

	/** The unit's name as written, or what stands for a unit that has none yet. */
	String name(UnitStanding unit, Locale locale) {
		return unit.unitName() != null ? unit.unitName()
				: text("report.province.unnamed", locale, String.valueOf(unit.unitId()));
	}

	/** "2026-W48" → {"48", "2026"}. */
	private static String[] week(String weekKey) {
		var parts = weekKey.split("-W");
		return new String[] { String.valueOf(Integer.parseInt(parts[1])), parts[0] };
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
