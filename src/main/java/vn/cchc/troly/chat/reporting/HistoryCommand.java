package vn.cchc.troly.chat.reporting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.progress.ProgressManagement;

/** /lichsu &lt;mã&gt; (/history): an item's reports, newest first, the last 20; undone ones struck through. */
@Component
@Order(300)
class HistoryCommand implements ChatCommand {

	static final int SHOWN = 20;

	private final ProgressManagement progress;
	private final ItemTexts texts;
	private final HistoryLines historyLines;

	HistoryCommand(ProgressManagement progress, ItemTexts texts, HistoryLines historyLines) {
		this.progress = progress;
		this.texts = texts;
		this.historyLines = historyLines;
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
		var lines = new ArrayList<Phrase>();
		history.entries().stream().limit(SHOWN).forEach(entry -> lines.add(historyLines.line(entry, locale)));
		var more = history.entries().size() - SHOWN;
		if (more > 0) {
			lines.add(Phrase.of("chat.history.more", more));
		}
		return Reply.text("chat.history", item.code(), texts.shortTitle(item), Lines.of(lines));
	}
}
