package vn.cchc.troly.chat.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.Involvement;
import vn.cchc.troly.progress.ItemStatus;
import vn.cchc.troly.progress.MyItem;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.ProgressSettings;

/**
 * An official's items as one message that fits a phone screen: those they lead, then those they
 * support, one line each (status, code, short title, figure or status word, days left), a line
 * explaining ⏰ when an item shows it, and a button per item that opens its detail
 * ({@link ItemDetailButton}): target, latest figure or note, status, deadline, last report and the
 * buttons to report. Shown by /viec and after /start.
 */
@Component
public class MyItemsView {

	private static final int BUTTONS_PER_ROW = 4;
	/** A phone shows about 40 characters a line: the title takes what the rest of the line leaves. */
	private static final int TITLE_SHOWN = 40;
	private static final int NOTE_SHOWN = 200;

	private final ProgressManagement progress;
	private final ProgressSettings settings;
	private final ItemTexts texts;
	private final ReportTexts reportTexts;
	private final PlainTexts plain;

	MyItemsView(ProgressManagement progress, ProgressSettings settings, ItemTexts texts, ReportTexts reportTexts,
			PlainTexts plain) {
		this.progress = progress;
		this.settings = settings;
		this.texts = texts;
		this.reportTexts = reportTexts;
		this.plain = plain;
	}

	public Reply of(Official official, Locale locale) {
		var items = progress.myItems(official);
		if (items.isEmpty()) {
			return Reply.text("chat.items.none");
		}
		var lines = new ArrayList<Object>();
		Involvement section = null;
		for (var item : items) {
			if (item.involvement() != section) {
				section = item.involvement();
				lines.add(Phrase.of("chat.items.section." + section.name()));
			}
			lines.add(line(item, locale));
		}
		if (items.stream().anyMatch(item -> item.status().stale())) {
			lines.add("");
			lines.add(Phrase.of("chat.items.staleNote",
					plain.plain("progress.status.stale", List.of(settings.reportingPeriod().toDays()), locale)));
		}
		return Reply.text("chat.items.withButtons", Lines.of(lines)).withButtons(itemButtons(items));
	}

	/** One of the official's items in full, with the buttons to report on it; empty when it is not theirs. */
	Optional<Reply> detail(Official official, String code, Locale locale) {
		return progress.myItems(official).stream().filter(item -> item.item().code().equals(code)).findFirst()
			.map(item -> detail(official, item, locale));
	}

	private Reply detail(Official official, MyItem mine, Locale locale) {
		var item = mine.item();
		var situation = mine.situation();
		var latest = new ArrayList<Phrase>();
		if (situation.latest() != null) {
			latest.add(Phrase.of("chat.status.item.figure", texts.figure(situation.latest(), locale),
					texts.date(texts.day(situation.latestAt()))));
		}
		if (situation.latestNote() != null && !situation.latestNote().isBlank()) {
			latest.add(Phrase.of("chat.status.item.note", ItemTexts.shorten(situation.latestNote(), NOTE_SHOWN)));
		}
		if (latest.isEmpty()) {
			latest.add(Phrase.of("chat.status.item.nothingYet"));
		}
		var lastReport = situation.lastReportAt() == null ? plain.plain("chat.items.never", List.of(), locale)
				: texts.when(situation.lastReportAt());
		var reply = Reply.text("chat.items.detail", item.code(), item.title().strip(),
				Phrase.of("chat.items.detail.role." + mine.involvement().name()), texts.target(item.target(), locale),
				Lines.of(latest), reportTexts.status(mine.status(), item.target(), locale),
				texts.deadline(item, mine.status(), locale), lastReport);
		if (!progress.mayReport(official, item.code())) {
			return reply;
		}
		var note = Button.of("chat.items.button.note", NoteItemButton.PREFIX + item.code());
		return reply.withButtons(List.of(item.target().kind() == TargetKind.QUALITATIVE ? Button.row(note)
				: Button.row(Button.of("chat.items.button.figure", ReportItemButton.PREFIX + item.code()), note)));
	}

	/** "🟡⏰ 2.2 Tỷ lệ hồ sơ thủ tục hành chính… · 97,5% · còn 200 ngày". */
	private Phrase line(MyItem item, Locale locale) {
		var status = item.status();
		// ⌛ is left out: "quá hạn 3 ngày" says it in words at the end of the line.
		var marks = status.status().mark() + (status.stale() ? ItemStatus.STALE_MARK : "");
		// The figure where there is one; else, and for a qualitative item, the status in words.
		var standing = item.latest() != null && item.target().kind() != TargetKind.QUALITATIVE
				? texts.figure(item.latest(), locale) : texts.label(status, locale);
		var left = texts.daysLeft(status, locale);
		return Phrase.of("chat.items.line", marks, item.item().code(), ItemTexts.shorten(item.item().title(), TITLE_SHOWN),
				standing, left.isEmpty() ? plain.plain("chat.items.noDeadline", List.of(), locale) : left);
	}

	private static List<List<Button>> itemButtons(List<MyItem> items) {
		var rows = new ArrayList<List<Button>>();
		var row = new ArrayList<Button>();
		for (var item : items) {
			row.add(Button.of("chat.items.button.item", ItemDetailButton.PREFIX + item.item().code(),
					item.status().status().mark(), item.item().code()));
			if (row.size() == BUTTONS_PER_ROW) {
				rows.add(List.copyOf(row));
				row.clear();
			}
		}
		if (!row.isEmpty()) {
			rows.add(List.copyOf(row));
		}
		return rows;
	}
}
