package vn.cchc.troly.telegram;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.progress.HistoryEntry;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.ReportKind;

/** /lichsu &lt;mã&gt; (/history): an item's reports, newest first, the last 20; undone ones struck through. */
@Component
@Order(300)
class HistoryCommand implements ChatCommand {

	static final int SHOWN = 20;
	private static final int NOTE_SHOWN = 100;
	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(TroLyCchcApplication.ZONE);

	private final ProgressManagement progress;
	private final ItemTexts texts;
	private final ReplyRenderer renderer;

	HistoryCommand(ProgressManagement progress, ItemTexts texts, ReplyRenderer renderer) {
		this.progress = progress;
		this.texts = texts;
		this.renderer = renderer;
	}

	@Override
	public String name() {
		return "lichsu";
	}

	@Override
	public String alias() {
		return "history";
	}

	@Override
	public String descriptionKey() {
		return "chat.history.command";
	}

	@Override
	public Reply handle(ChatRequest request) {
		var code = request.argument();
		if (code.isEmpty()) {
			return Reply.text("chat.history.usage");
		}
		var found = progress.history(code);
		if (found.isEmpty()) {
			return Reply.text("chat.history.unknown", code);
		}
		var history = found.get();
		var item = history.item();
		if (history.entries().isEmpty()) {
			return Reply.text("chat.history.empty", item.code(), texts.shortTitle(item));
		}
		var locale = request.locale();
		var lines = new ArrayList<String>();
		history.entries().stream().limit(SHOWN).forEach(entry -> lines.add(line(entry, locale)));
		var more = history.entries().size() - SHOWN;
		if (more > 0) {
			lines.add(renderer.html("chat.history.more", List.of(more), locale));
		}
		return Reply.text("chat.history", item.code(), texts.shortTitle(item), new SafeHtml(String.join("\n", lines)));
	}

	private String line(HistoryEntry entry, Locale locale) {
		var key = entry.undone() ? "chat.history.entry.undone" : "chat.history.entry";
		return renderer.html(key, List.of(WHEN.format(entry.reportedAt()), entry.officialName(), content(entry, locale)),
				locale);
	}

	/** The figure or the note, in plain text (escaped by the line's template). */
	private String content(HistoryEntry entry, Locale locale) {
		if (entry.kind() == ReportKind.FIGURE) {
			var figure = texts.figure(entry.figure(), locale);
			return entry.lastYear() ? renderer.plain("chat.history.lastYear", List.of(figure), locale) : figure;
		}
		var note = ItemTexts.shorten(entry.note() == null ? "" : entry.note(), NOTE_SHOWN);
		return entry.done() ? renderer.plain("chat.history.done", List.of(note), locale)
				: renderer.plain("chat.history.note", List.of(note), locale);
	}
}
