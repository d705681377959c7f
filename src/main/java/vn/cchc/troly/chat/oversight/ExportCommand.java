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
import vn.cchc.troly.report.ProvinceExport;

/**
 * /xuat (/export): the plan with its latest figures and every report, as an .xlsx file; /xuat 2024
 * the plan of that year, as it stood then, with every report and piece of evidence on its items. For
 * the province: an overview of every unit, then each unit's plan sheet as its own /xuat has it.
 */
@Component
@Order(530)
class ExportCommand implements ChatCommand {

	private final ExportService export;
	private final ProvinceExport province;
	private final ItemTexts texts;
	private final Clock clock;
	private final PlanYears years;

	ExportCommand(ExportService export, ProvinceExport province, ItemTexts texts, Clock clock, PlanYears years) {
		this.export = export;
		this.province = province;
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
	public String provinceDescriptionKey() {
		return "chat.export.command.province";
	}

	@Override
	public Access access() {
		return Access.LEADER_OR_COORDINATOR;
	}

	@Override
	public boolean servesProvince() {
		return true;
	}

	@Override
	public Reply handle(ChatRequest request) {
		if (request.official().isProvince()) {
			return forProvince(request);
		}
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

	/** Every unit in one file; a year's plans when a year is given. */
	private Reply forProvince(ChatRequest request) {
		var year = PlanYears.year(request.argument());
		if (year.isPresent()) {
			var file = province.workbook(request.locale(), year.getAsInt());
			return Reply.document(file.content(), file.fileName(), "chat.export.caption.province.year",
					String.valueOf(year.getAsInt()), texts.when(clock.instant()));
		}
		if (!request.argument().isBlank()) {
			return Reply.text("chat.export.usage.province");
		}
		var file = province.workbook(request.locale());
		return Reply.document(file.content(), file.fileName(), "chat.export.caption.province",
				texts.when(clock.instant()));
	}
}
