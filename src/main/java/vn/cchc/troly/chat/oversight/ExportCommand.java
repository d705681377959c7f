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

/**
 * /xuat (/export): the plan with its latest figures and every report, as an .xlsx file; /xuat 2024
 * the plan of that year, as it stood then, with every report and piece of evidence on its items.
 */
@Component
@Order(530)
class ExportCommand implements ChatCommand {

	private final ExportService export;
	private final ItemTexts texts;
	private final Clock clock;
	private final PlanYears years;

	ExportCommand(ExportService export, ItemTexts texts, Clock clock, PlanYears years) {
		this.export = export;
		this.years = years;
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
		var year = PlanYears.year(request.argument());
		if (year.isPresent()) {
			return export.workbook(request.locale(), year.getAsInt())
				.map(file -> Reply.document(file.content(), file.fileName(), "chat.export.caption.year",
						String.valueOf(year.getAsInt()), texts.when(clock.instant())))
				.orElseGet(() -> years.noPlanOf(year.getAsInt()));
		}
		if (!request.argument().isBlank()) {
			return Reply.text("chat.export.usage");
		}
		var file = export.workbook(request.locale());
		return Reply.document(file.content(), file.fileName(), "chat.export.caption",
				texts.when(clock.instant()));
	}
}
