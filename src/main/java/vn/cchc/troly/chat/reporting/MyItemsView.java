package vn.cchc.troly.chat.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import vn.cchc.troly.progress.MyItem;
import vn.cchc.troly.progress.ProgressManagement;

/**
 * An official's items as one message: those they lead, then those they support, each in two
 * short lines (target, figure, status; deadline, days left, last report), with a "report"
 * button per led item. Shown by /viec and after /start.
 */
@Component
public class MyItemsView {

	private static final int BUTTONS_PER_ROW = 3;

	private final ProgressManagement progress;
	private final ItemTexts texts;
	private final PlainTexts plain;

	MyItemsView(ProgressManagement progress, ItemTexts texts, PlainTexts plain) {
		this.progress = progress;
		this.texts = texts;
		this.plain = plain;
	}

	public Reply of(Official official, Locale locale) {
		var items = progress.myItems(official);
		if (items.isEmpty()) {
			return Reply.text("chat.items.none");
		}
		var lines = new ArrayList<Phrase>();
		Involvement section = null;
		for (var item : items) {
			if (item.involvement() != section) {
				section = item.involvement();
				lines.add(Phrase.of("chat.items.section." + section.name()));
			}
			lines.add(line(item, locale));
		}
		var buttons = reportButtons(items);
		var reply = Reply.text(buttons.isEmpty() ? "chat.items" : "chat.items.withButtons", Lines.of(lines));
		return buttons.isEmpty() ? reply : reply.withButtons(buttons);
	}

	private Phrase line(MyItem item, Locale locale) {
		var code = item.item().code();
		var title = texts.shortTitle(item.item());
		var target = texts.target(item.target(), locale);
		var status = texts.status(item.status(), locale);
		var deadline = deadline(item, locale);
		var lastReport = item.situation().lastReportAt() == null ? plain.plain("chat.items.never", List.of(), locale)
				: texts.date(texts.day(item.situation().lastReportAt()));
		if (item.target().kind() == TargetKind.QUALITATIVE) {
			return Phrase.of("chat.items.line.qualitative", code, title, target, status, deadline, lastReport);
		}
		return Phrase.of("chat.items.line", code, title, target, texts.figure(item.latest(), locale), status, deadline,
				lastReport);
	}

	/** "31/12/2024 (còn 200 ngày)"; a dash without a deadline. */
	private String deadline(MyItem item, Locale locale) {
		var days = item.daysLeft();
		if (item.deadline() == null || days == null) {
			return texts.date(item.deadline());
		}
		var left = days > 0 ? plain.plain("chat.items.days.left", List.of(days), locale)
				: days == 0 ? plain.plain("chat.items.days.today", List.of(), locale)
						: plain.plain("chat.items.days.over", List.of(-days), locale);
		return plain.plain("chat.items.deadline", List.of(texts.date(item.deadline()), left), locale);
	}

	private static List<List<Button>> reportButtons(List<MyItem> items) {
		var rows = new ArrayList<List<Button>>();
		var row = new ArrayList<Button>();
		for (var item : items) {
			if (item.involvement() != Involvement.LEAD) {
				continue;
			}
			row.add(Button.of("chat.items.button.report", ReportItemButton.PREFIX + item.item().code(),
					item.item().code()));
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
