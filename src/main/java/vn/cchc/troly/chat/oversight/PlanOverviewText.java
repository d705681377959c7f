package vn.cchc.troly.chat.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.report.PlanOverview;
import vn.cchc.troly.report.TargetFormat;

/**
 * The plan screen of /tinhhinh: counts on top, then one short line per item by section (status,
 * figure against target, last report). One text for a unit's own leaders and for the province
 * looking at that unit, so both read the same screen.
 */
@Component
class PlanOverviewText {

	private static final int TITLE_SHOWN = 40;
	private static final int SECTION_SHOWN = 60;

	private final ItemTexts texts;
	private final PlainTexts plain;

	PlanOverviewText(ItemTexts texts, PlainTexts plain) {
		this.texts = texts;
		this.plain = plain;
	}

	/** The overview of a plan; {@code when} heads it (today's date, or the year and the day it is told as of). */
	Phrase of(PlanOverview overview, Object when, Locale locale) {
		if (overview.sections().isEmpty()) {
			return Phrase.of("chat.status.noPlan");
		}
		var lines = new ArrayList<Phrase>();
		for (var section : overview.sections()) {
			lines.add(section.title() == null ? Phrase.of("chat.status.section.untitled", section.code())
					: Phrase.of("chat.status.section", section.code(), ItemTexts.shorten(section.title(), SECTION_SHOWN)));
			section.items().forEach(line -> lines.add(line(line, locale)));
		}
		var counts = overview.counts();
		// ⚪ says what is missing: a figure, or for qualitative items a note (counted apart when there are any).
		var noNote = counts.noNote() == 0 ? "" : Phrase.of("chat.status.counts.noNote", counts.noNote());
		return Phrase.of("chat.status", when, counts.total(), counts.met(), counts.near(),
				counts.notMet(), counts.noData() - counts.noNote(), noNote, counts.overdue(), counts.stale(),
				Lines.of(lines));
	}

	/**
	 * "🟡⏰ 2.2 Tỷ lệ hồ sơ TTHC…: 97,5% / >98% · 12/06/2024"; "⚪ 1.2 …: Chưa có ghi chú · chưa báo cáo";
	 * "🟡 4 …: 12 / chưa có số liệu năm trước để so sánh · 12/06/2024".
	 */
	private Phrase line(PlanOverview.Line line, Locale locale) {
		var situation = line.situation();
		var status = situation.status();
		var marks = ItemTexts.marks(status);
		var item = situation.item();
		String standing;
		if (item.target().kind() == TargetKind.QUALITATIVE) {
			standing = texts.label(status, locale);
		}
		else {
			var target = TargetFormat.brief(item.target(), situation.lastYear(), locale);
			// Why a figure is only 🟡 where there is nothing to hold it against.
			var against = target != null ? target
					: situation.latest() != null && status.reasonKey() != null
							? plain.plain(status.reasonKey(), List.of(), locale) : texts.target(item.target(), locale);
			var whose = situation.latest() == null ? "" : texts.whose(situation.latestBy(), locale);
			standing = plain.plain(whose.isEmpty() ? "chat.status.figureVsTarget" : "chat.status.figureVsTargetBy",
					List.of(texts.figure(situation.latest(), locale), against, whose), locale);
		}
		var lastReport = situation.lastReportAt() == null ? plain.plain("chat.status.never", List.of(), locale)
				: texts.date(texts.day(situation.lastReportAt()));
		return Phrase.of("chat.status.line", marks, item.code(), ItemTexts.shorten(item.title(), TITLE_SHOWN), standing,
				lastReport);
	}
}
