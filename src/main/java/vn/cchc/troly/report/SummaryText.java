package vn.cchc.troly.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cchc.troly.progress.Figure;
import vn.cchc.troly.progress.FigureFormat;

/**
 * Renders a {@link WeeklySummary} as Telegram HTML that reads in 30 seconds on a phone: a header
 * with the period and counts, then short lists (at most {@code troly.report.summary-lines}
 * lines each), every plan or user text escaped. Always under Telegram's 4,096 characters.
 */
@Component
class SummaryText {

	/** Telegram's limit for one message. */
	static final int LIMIT = 4096;
	static final int TITLE_LENGTH = 36;
	static final int NOTE_LENGTH = 80;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;
	private final ReportSettings settings;

	SummaryText(MessageSource messages, ReportSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	String render(WeeklySummary summary, Locale locale) {
		var t = new Texts(messages, locale);
		var lines = new ArrayList<String>();
		var week = weekLabel(summary.weekKey());
		lines.add(t.get("report.summary.title", week[0], week[1]));
		lines.add(t.get("report.summary.period", day(summary.from()), day(summary.to()),
				String.valueOf(summary.counts().total())));
		var counts = summary.counts();
		// ⚪ says what is missing: a figure, or for qualitative items a note.
		var noData = t.get("report.summary.counts", String.valueOf(counts.met()), String.valueOf(counts.near()),
				String.valueOf(counts.notMet()), String.valueOf(counts.noData() - counts.noNote()));
		lines.add(counts.noNote() == 0 ? noData
				: noData + t.get("report.summary.counts.noNote", String.valueOf(counts.noNote())));
		if (counts.overdue() > 0) {
			lines.add(t.get("report.summary.overdueCount", String.valueOf(counts.overdue())));
		}
		if (counts.stale() > 0) {
			lines.add(t.get("report.summary.staleCount", String.valueOf(counts.stale())));
		}

		if (!summary.offTrack().isEmpty()) {
			lines.add("");
			lines.add(t.get("report.summary.offTrack.heading"));
			limited(lines, summary.offTrack(), item -> offTrackLine(item, t, locale), t);
		}

		lines.add("");
		if (summary.first()) {
			lines.add(t.get("report.summary.changes.first"));
		}
		else {
			var previous = weekLabel(summary.comparedWithWeek());
			lines.add(t.get("report.summary.changes.heading", previous[0], previous[1]));
			if (summary.changes().isEmpty()) {
				lines.add(t.get("report.summary.changes.none"));
			}
			limited(lines, summary.changes(), change -> changeLine(change, t, locale), t);
		}

		lines.add("");
		if (summary.notReported().isEmpty() && summary.unled().isEmpty()) {
			lines.add(t.get("report.summary.missing.none"));
		}
		else {
			lines.add(t.get("report.summary.missing.heading", day(summary.from())));
			limited(lines, summary.notReported(),
					reporter -> t.get("report.summary.missing.line", Html.escape(reporter.name()),
							Html.escape(String.join(", ", reporter.itemCodes()))),
					t);
			if (!summary.unled().isEmpty()) {
				lines.add(t.get("report.summary.missing.unled", Html.escape(String.join(", ", summary.unled()))));
			}
		}

		if (!summary.notes().isEmpty()) {
			lines.add("");
			lines.add(t.get("report.summary.notes.heading"));
			limited(lines, summary.notes(), item -> noteLine(item, t), t);
		}
		return fit(String.join("\n", lines));
	}

	/** The chart's caption (plain text, no markup). */
	String caption(WeeklySummary summary, Locale locale) {
		var week = weekLabel(summary.weekKey());
		return new Texts(messages, locale).get("report.summary.chart.caption", week[0], week[1]);
	}

	private <T> void limited(List<String> lines, List<T> values, Function<T, String> line, Texts t) {
		int max = settings.summaryLines();
		values.stream().limit(max).map(line).forEach(lines::add);
		if (values.size() > max) {
			lines.add(t.get("report.summary.more", String.valueOf(values.size() - max)));
		}
	}

	private String offTrackLine(WeeklySummary.Item item, Texts t, Locale locale) {
		var who = item.leads().isEmpty() ? t.get("report.summary.noLead", Html.escape(item.leadPosition()))
				: Html.escape(String.join(", ", item.leads()));
		var standing = item.qualitative() ? latestNote(item, t) : figureVsTarget(item, t, locale);
		var line = t.get("report.summary.offTrack.line", item.status().mark(), Html.escape(item.code()),
				Html.escape(ShortText.shorten(item.title(), TITLE_LENGTH)), standing, who);
		if (item.overdue()) {
			line += t.get("report.summary.overdue", day(item.deadline()));
		}
		return line;
	}

	private String figureVsTarget(WeeklySummary.Item item, Texts t, Locale locale) {
		var figure = item.latest() == null ? t.get("report.summary.noFigure") : Html.escape(FigureFormat.format(item.latest(), locale));
		var target = TargetFormat.brief(item.kind(), item.comparator(), item.targetValue(), item.lastYear(), locale);
		String against;
		if (target != null) {
			against = Html.escape(target);
		}
		else if (item.latest() != null && item.missing() != null) {
			// Why a figure is only 🟡: "chưa có số liệu năm trước để so sánh".
			against = t.get("progress.status.reason." + item.missing().name());
		}
		else {
			against = t.get("report.summary.noTargetNumber");
		}
		return t.get("report.summary.figureVsTarget", figure, against);
	}

	private String changeLine(WeeklySummary.Change change, Texts t, Locale locale) {
		var code = Html.escape(change.code());
		if (change.fromStatus() == null) {
			return t.get("report.summary.change.new", code, change.toStatus().mark());
		}
		var figureChanged = !sameFigure(change.fromFigure(), change.toFigure());
		if (!change.statusChanged()) {
			return t.get("report.summary.change.figure", code, change.toStatus().mark(),
					figure(change.fromFigure(), locale), figure(change.toFigure(), locale));
		}
		if (figureChanged) {
			return t.get("report.summary.change.both", code, change.fromStatus().mark(), change.toStatus().mark(),
					figure(change.fromFigure(), locale), figure(change.toFigure(), locale));
		}
		return t.get("report.summary.change.status", code, change.fromStatus().mark(), change.toStatus().mark());
	}

	private String noteLine(WeeklySummary.Item item, Texts t) {
		return t.get("report.summary.notes.line", item.status().mark(), Html.escape(item.code()), latestNote(item, t));
	}

	/** A qualitative item's latest note in one short line, or "chưa có ghi chú". */
	private static String latestNote(WeeklySummary.Item item, Texts t) {
		return item.latestNote() == null ? t.get("report.summary.notes.empty")
				: Html.escape(ShortText.shorten(item.latestNote(), NOTE_LENGTH));
	}

	private static String figure(Figure figure, Locale locale) {
		return figure == null ? "—" : Html.escape(FigureFormat.format(figure, locale));
	}

	private static boolean sameFigure(Figure a, Figure b) {
		return a == null || b == null ? a == b : a.value().compareTo(b.value()) == 0;
	}

	/** Whole lines only, so no tag is ever cut in half. */
	static String fit(String text) {
		if (text.length() <= LIMIT) {
			return text;
		}
		var cut = text.lastIndexOf('\n', LIMIT - 2);
		return text.substring(0, cut < 0 ? LIMIT - 2 : cut) + "\n…";
	}

	static String day(LocalDate date) {
		return date == null ? "—" : DAY.format(date);
	}

	/** "2026-W48" → {"48", "2026"}. */
	static String[] weekLabel(String weekKey) {
		var parts = weekKey.split("-W");
		return new String[] { String.valueOf(Integer.parseInt(parts[1])), parts[0] };
	}

	/** Messages in one locale; arguments are passed as ready strings so MessageFormat adds no digit grouping. */
	record Texts(MessageSource messages, Locale locale) {

		String get(String key, Object... arguments) {
			return messages.getMessage(key, arguments, locale);
		}
	}
}
