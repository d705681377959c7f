package vn.cchc.troly.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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
	private final ReplyRenderer renderer;

	MissingReportsCommand(ReportQueries queries, ItemTexts texts, ReplyRenderer renderer) {
		this.queries = queries;
		this.texts = texts;
		this.renderer = renderer;
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
		var locale = request.locale();
		var lines = new ArrayList<String>();
		for (var reporter : missing.reporters()) {
			lines.add(renderer.html(reporter.muted() ? "chat.missing.line.muted" : "chat.missing.line",
					List.of(reporter.name(), codes(reporter.items())), locale));
		}
		if (!missing.unled().isEmpty()) {
			lines.add(renderer.html("chat.missing.unled", List.of(codes(missing.unled())), locale));
		}
		return Reply.text("chat.missing", from, to, new SafeHtml(String.join("\n", lines)));
	}

	private static String codes(List<MissingReports.ItemRef> items) {
		return items.stream().map(MissingReports.ItemRef::code).collect(Collectors.joining(", "));
	}
}
