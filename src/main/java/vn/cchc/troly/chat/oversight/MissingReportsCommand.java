package vn.cchc.troly.chat.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.MissingReports;
import vn.cchc.troly.report.ReportQueries;

/**
 * /chuabaocao (/missing): who has not reported this period and on which items, and the items
 * nobody registered leads.
 */
@Component
@Order(510)
class MissingReportsCommand implements ChatCommand {

	private final ReportQueries queries;
	private final ItemTexts texts;

	MissingReportsCommand(ReportQueries queries, ItemTexts texts) {
		this.queries = queries;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "chuabaocao";
	}

	@Override
	public String alias() {
		return "missing";
	}

	@Override
	public String descriptionKey() {
		return "chat.missing.command";
	}

	@Override
	public Access access() {
		return Access.LEADER_OR_COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var missing = queries.missingReports();
		var from = texts.date(missing.from());
		var to = texts.date(missing.to());
		if (missing.reporters().isEmpty() && missing.unled().isEmpty()) {
			return Reply.text("chat.missing.none", from, to);
		}
		var lines = new ArrayList<Phrase>();
		for (var reporter : missing.reporters()) {
			lines.add(Phrase.of(reporter.muted() ? "chat.missing.line.muted" : "chat.missing.line", reporter.name(),
					codes(reporter.items())));
		}
		if (!missing.unled().isEmpty()) {
			lines.add(Phrase.of("chat.missing.unled", codes(missing.unled())));
		}
		return Reply.text("chat.missing", from, to, Lines.of(lines));
	}

	private static String codes(List<MissingReports.ItemRef> items) {
		return items.stream().map(MissingReports.ItemRef::code).collect(Collectors.joining(", "));
	}
}
