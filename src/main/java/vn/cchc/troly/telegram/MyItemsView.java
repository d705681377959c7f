package vn.cchc.troly.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

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
class MyItemsView {

	/** Callback prefix of "report on item X", handled by the reporting flow. */
	static final String REPORT_PREFIX = "rep:";
	private static final int BUTTONS_PER_ROW = 3;

	private final ProgressManagement progress;
	private final ItemTexts texts;
	private final ReplyRenderer renderer;

	MyItemsView(ProgressManagement progress, ItemTexts texts, ReplyRenderer renderer) {
		this.progress = progress;
		this.texts = texts;
		this.renderer = renderer;
	}

	Reply of(Official official, Locale locale) {
		var items = progress.myItems(official.id());
		if (items.isEmpty()) {
			return Reply.text("chat.items.none");
		}
		var lines = new ArrayList<String>();
		Involvement section = null;
		for (var item : items) {
			if (item.involvement() != section) {
				section = item.involvement();
				lines.add(renderer.html("chat.items.section." + section.name(), List.of(), locale));
			}
			lines.add(line(item, locale));
		}
		var buttons = reportButtons(items);
		var reply = Reply.text(buttons.isEmpty() ? "chat.items" : "chat.items.withButtons",
				new SafeHtml(String.join("\n", lines)));
		return buttons.isEmpty() ? reply : reply.withButtons(buttons);
	}

	private String line(MyItem item, Locale locale) {
		var code = item.item().code();
		var title = texts.shortTitle(item.item());
		var target = texts.target(item.target(), locale);
		var status = texts.status(item.status(), locale);
		var deadline = deadline(item, locale);
		var lastReport = item.lastReportOn() == null ? renderer.plain("chat.items.never", List.of(), locale)
				: texts.date(item.lastReportOn());
		if (item.target().kind() == TargetKind.QUALITATIVE) {
			return renderer.html("chat.items.line.qualitative", List.of(code, title, target, status, deadline, lastReport),
					locale);
		}
		return renderer.html("chat.items.line",
				List.of(code, title, target, texts.figure(item.latest(), locale), status, deadline, lastReport), locale);
	}

	/** "31/12/2024 (còn 200 ngày)"; a dash without a deadline. */
	private String deadline(MyItem item, Locale locale) {
		var days = item.daysLeft();
		if (item.deadline() == null || days == null) {
			return texts.date(item.deadline());
		}
		var left = days > 0 ? renderer.plain("chat.items.days.left", List.of(days), locale)
				: days == 0 ? renderer.plain("chat.items.days.today", List.of(), locale)
						: renderer.plain("chat.items.days.over", List.of(-days), locale);
		return renderer.plain("chat.items.deadline", List.of(texts.date(item.deadline()), left), locale);
	}

	private static List<List<Button>> reportButtons(List<MyItem> items) {
		var rows = new ArrayList<List<Button>>();
		var row = new ArrayList<Button>();
		for (var item : items) {
			if (item.involvement() != Involvement.LEAD) {
				continue;
			}
			row.add(Button.of("chat.items.button.report", REPORT_PREFIX + item.item().code(), item.item().code()));
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
