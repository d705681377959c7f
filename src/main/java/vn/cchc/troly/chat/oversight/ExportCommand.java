package vn.cchc.troly.chat.oversight;

import java.time.Clock;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.ExportService;

/** /xuat (/export): the plan with its latest figures and every report, as an .xlsx file. */
@Component
@Order(530)
class ExportCommand implements ChatCommand {

	private final ExportService export;
	private final ItemTexts texts;
	private final Clock clock;

	ExportCommand(ExportService export, ItemTexts texts, Clock clock) {
		this.export = export;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "xuat";
	}

	@Override
	public String alias() {
		return "export";
	}

	@Override
	public String descriptionKey() {
		return "chat.export.command";
	}

	@Override
	public Access access() {
		return Access.LEADER_OR_COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var file = export.workbook(request.locale());
		return Reply.document(file.content(), file.fileName(), "chat.export.caption",
				texts.when(clock.instant()));
	}
}
