package vn.cchc.troly.chat.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.progress.Figure;
import vn.cchc.troly.progress.FigureFormat;
import vn.cchc.troly.report.ReportSettings;
import vn.cchc.troly.report.ShortText;
import vn.cchc.troly.report.TargetFormat;
import vn.cchc.troly.report.WeeklySummary;

/**
 * The words of a {@link WeeklySummary}, to read in 30 seconds on a phone: a header with the period
 * and counts, then short lists (at most {@code troly.report.summary-lines} lines each), plan and
 * user texts cut to one line. Numbers go in as ready strings, so no digit grouping is added.
 */
@Component
public class SummaryText {

	static final int TITLE_LENGTH = 36;
	static final int NOTE_LENGTH = 80;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ReportSettings settings;
	private final ZoneId zone;

	public SummaryText(ReportSettings settings, Clock clock) {
		this.settings = settings;
		this.zone = clock.getZone();
	}


	public Lines of(WeeklySummary summary, Locale locale) {
		var lines = new ArrayList<Object>();
		var week = weekLabel(summary.weekKey());
		lines.add(Phrase.of("report.summary.title", week[0], week[1]));
		lines.add(Phrase.of("report.summary.period", day(summary.from()), day(summary.to()),
				String.valueOf(summary.counts().total())));
		var counts = summary.counts();
		// ⚪ says what is missing: a figure, or for qualitative items a note.
		var noData = Phrase.of("report.summary.counts", String.valueOf(counts.met()), String.valueOf(counts.near()),
				String.valueOf(counts.notMet()), String.valueOf(counts.noData() - counts.noNote()));
		lines.add(counts.noNote() == 0 ? noData
				: Lines.inline(noData, Phrase.of("report.summary.counts.noNote", String.valueOf(counts.noNote()))));
		if (counts.overdue() > 0) {
			lines.add(Phrase.of("report.summary.overdueCount", String.valueOf(counts.overdue())));
		}
		if (counts.stale() > 0) {
			lines.add(Phrase.of("report.summary.staleCount", String.valueOf(counts.stale())));
		}

		if (!summary.offTrack().isEmpty()) {
			lines.add("");
			lines.add(Phrase.of("report.summary.offTrack.heading"));
			limited(lines, summary.offTrack(), item -> offTrackLine(item, locale));
			// Leaders read this in their group: how to ask an item's lead why, one command away.
			lines.add(Phrase.of("report.summary.offTrack.explain", summary.offTrack().get(0).code()));
		}

		lines.add("");
		if (summary.first()) {
			lines.add(Phrase.of("report.summary.changes.first"));
		}
		else {
			var previous = weekLabel(summary.comparedWithWeek());
			lines.add(Phrase.of("report.summary.changes.heading", previous[0], previous[1]));
			if (summary.changes().isEmpty()) {
				lines.add(Phrase.of("report.summary.changes.none"));
			}
			limited(lines, summary.changes(), change -> changeLine(change, locale));
		}

		lines.add("");
		if (summary.notReported().isEmpty() && summary.unled().isEmpty()) {
			lines.add(Phrase.of("report.summary.missing.none"));
		}
		else {
			lines.add(Phrase.of("report.summary.missing.heading", day(summary.from())));
			limited(lines, summary.notReported(), reporter -> Phrase.of("report.summary.missing.line", reporter.name(),
					String.join(", ", reporter.itemCodes())));
			if (!summary.unled().isEmpty()) {
				lines.add(Phrase.of("report.summary.missing.unled", String.join(", ", summary.unled())));
			}
		}

		if (!summary.notes().isEmpty()) {
			lines.add("");
			lines.add(Phrase.of("report.summary.notes.heading"));
			limited(lines, summary.notes(), this::noteLine);
		}

		if (!summary.explanations().isEmpty()) {
			lines.add("");
			lines.add(Phrase.of("report.summary.explanations.heading"));
			limited(lines, summary.explanations(), this::explanationLine);
		}

		var gaps = summary.evidenceGaps();
		if (gaps != null) {
			lines.add("");
			lines.add(gaps.items() == 0 ? Phrase.of("report.summary.evidenceGaps.none", day(gaps.from()))
					: Phrase.of("report.summary.evidenceGaps", String.valueOf(gaps.items()), day(gaps.from())));
		}
		return Lines.of(lines);
	}

	private <T> void limited(List<Object> lines, List<T> values, Function<T, Object> line) {
		int max = settings.summaryLines();
		values.stream().limit(max).map(line).forEach(lines::add);
		if (values.size() > max) {
			lines.add(Phrase.of("report.summary.more", String.valueOf(values.size() - max)));
		}
	}

	private Object offTrackLine(WeeklySummary.Item item, Locale locale) {
		var who = whose(item);
		var standing = item.qualitative() ? latestNote(item) : figureVsTarget(item, locale);
		var line = Phrase.of("report.summary.offTrack.line", item.status().mark(), item.code(),
				ShortText.shorten(item.title(), TITLE_LENGTH), standing, who);
		return item.overdue() ? Lines.inline(line, Phrase.of("report.summary.overdue", day(item.deadline()))) : line;
	}

	/**
	 * Whose figure the line shows: who recorded it ("đề xuất của Lê Văn Nam, Trần Thị Mai xác nhận" for
	 * a confirmed proposal); without a figure (or in a summary kept before this was), the item's leads.
	 */
	private static Object whose(WeeklySummary.Item item) {
		var by = item.latestBy();
		if (item.latest() != null && by != null && by.recordedBy() != null) {
			return by.confirmedProposal() ? Phrase.of("progress.figureBy.proposal", by.proposedBy(), by.recordedBy())
					: by.recordedBy();
		}
		return item.leads().isEmpty() ? Phrase.of("report.summary.noLead", item.leadPosition())
				: String.join(", ", item.leads());
	}

	private Phrase figureVsTarget(WeeklySummary.Item item, Locale locale) {
		var figure = item.latest() == null ? Phrase.of("report.summary.noFigure")
				: FigureFormat.format(item.latest(), locale);
		var target = TargetFormat.brief(item.kind(), item.comparator(), item.targetValue(), item.lastYear(), locale);
		Object against;
		if (target != null) {
			against = target;
		}
		else if (item.latest() != null && item.missing() != null) {
			// Why a figure is only 🟡: "chưa có số liệu năm trước để so sánh".
			against = Phrase.of("progress.status.reason." + item.missing().name());
		}
		else {
			against = Phrase.of("report.summary.noTargetNumber");
		}
		return Phrase.of("report.summary.figureVsTarget", figure, against);
	}

	private Phrase changeLine(WeeklySummary.Change change, Locale locale) {
		var code = change.code();
		if (change.fromStatus() == null) {
			return Phrase.of("report.summary.change.new", code, change.toStatus().mark());
		}
		var figureChanged = !sameFigure(change.fromFigure(), change.toFigure());
		if (!change.statusChanged()) {
			return Phrase.of("report.summary.change.figure", code, change.toStatus().mark(),
					figure(change.fromFigure(), locale), figure(change.toFigure(), locale));
		}
		if (figureChanged) {
			return Phrase.of("report.summary.change.both", code, change.fromStatus().mark(), change.toStatus().mark(),
					figure(change.fromFigure(), locale), figure(change.toFigure(), locale));
		}
		return Phrase.of("report.summary.change.status", code, change.fromStatus().mark(), change.toStatus().mark());
	}

	/** "💬 2.2 Trần Thị Mai giải trình: …" once answered; "❓ 2.2 chờ giải trình (… yêu cầu ngày …)" while waiting. */
	private Phrase explanationLine(WeeklySummary.Explanation explanation) {
		if (explanation.answered()) {
			return Phrase.of("report.summary.explanations.answered", explanation.code(), explanation.answeredBy(),
					ShortText.shorten(explanation.answer().replaceAll("\\s+", " "), NOTE_LENGTH), explanation.askedBy());
		}
		return Phrase.of("report.summary.explanations.waiting", explanation.code(), explanation.askedBy(),
				day(LocalDate.ofInstant(explanation.askedAt(), zone)));
	}

	private Phrase noteLine(WeeklySummary.Item item) {
		return Phrase.of("report.summary.notes.line", item.status().mark(), item.code(), latestNote(item));
	}

	/** A qualitative item's latest note in one short line, or "chưa có ghi chú". */
	private static Object latestNote(WeeklySummary.Item item) {
		return item.latestNote() == null ? Phrase.of("report.summary.notes.empty")
				: ShortText.shorten(item.latestNote(), NOTE_LENGTH);
	}

	private static String figure(Figure figure, Locale locale) {
		return figure == null ? "—" : FigureFormat.format(figure, locale);
	}

	private static boolean sameFigure(Figure a, Figure b) {
		return a == null || b == null ? a == b : a.value().compareTo(b.value()) == 0;
	}

	static String day(LocalDate date) {
		return date == null ? "—" : DAY.format(date);
	}

	/** "2026-W48" → {"48", "2026"}. */
	static String[] weekLabel(String weekKey) {
		var parts = weekKey.split("-W");
		return new String[] { String.valueOf(Integer.parseInt(parts[1])), parts[0] };
	}
}
