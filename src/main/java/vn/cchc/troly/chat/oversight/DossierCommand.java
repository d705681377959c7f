package vn.cchc.troly.chat.oversight;

import java.time.Clock;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.Dossier;
import vn.cchc.troly.report.DossierScope;
import vn.cchc.troly.report.DossierService;
import vn.cchc.troly.report.DossierSettings;

/**
 * /hoso (/dossier): the evidence dossier as a .zip (a folder per item, files named by date and
 * number, an index workbook); /hoso 2.2 one item; /hoso 2024 the plan of that year. Larger than a
 * document Telegram takes, it comes in numbered parts, each a .zip of its own.
 */
@Component
@Order(535)
class DossierCommand implements ChatCommand {

	private final DossierService dossiers;
	private final DossierSettings settings;
	private final PlanYears years;
	private final ItemTexts texts;
	private final Clock clock;

	DossierCommand(DossierService dossiers, DossierSettings settings, PlanYears years, ItemTexts texts, Clock clock) {
		this.dossiers = dossiers;
		this.settings = settings;
		this.years = years;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "hoso";
	}

	@Override
	public String alias() {
		return "dossier";
	}

	@Override
	public String descriptionKey() {
		return "chat.dossier.command";
	}

	@Override
	public Access access() {
		return Access.LEADER_OR_COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var argument = request.argument().strip();
		var year = PlanYears.year(argument);
		if (year.isPresent()) {
			return dossiers.build(new DossierScope.Year(year.getAsInt()), request.locale()).map(this::reply)
				.orElseGet(() -> years.noPlanOf(year.getAsInt()));
		}
		if (!argument.isEmpty()) {
			if (argument.contains(" ")) {
				return Reply.text("chat.dossier.usage");
			}
			return dossiers.build(new DossierScope.Item(argument), request.locale()).map(this::reply)
				.orElseGet(() -> Reply.text("chat.dossier.unknown", argument));
		}
		return dossiers.build(new DossierScope.CurrentPlan(), request.locale()).map(this::reply)
			.orElseGet(() -> Reply.text("chat.status.noPlan"));
	}

	/** "50 MB"; below a megabyte (a test's setting) "300 KB". */
	private static String size(long bytes) {
		return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
	}

	private Reply reply(Dossier dossier) {
		var when = texts.when(clock.instant());
		var what = dossier.itemCode() == null ? String.valueOf(dossier.year()) : dossier.itemCode();
		var key = dossier.itemCode() == null ? "chat.dossier.caption" : "chat.dossier.caption.item";
		var parts = dossier.parts();
		Reply reply;
		if (parts.size() == 1) {
			var part = parts.get(0);
			reply = Reply.document(part.file(), part.fileName(), key, what, dossier.items(), dossier.files(), when);
		}
		else {
			reply = Reply.text("chat.dossier.parts", what, parts.size(), size(settings.partSize().toBytes()));
			for (var part : parts) {
				reply = reply.and(Reply.document(part.file(), part.fileName(), "chat.dossier.caption.part",
						part.number(), parts.size(), what, String.join(", ", part.itemCodes())));
			}
		}
		if (dossier.notDownloaded() > 0) {
			reply = reply.and(Reply.text("chat.dossier.notDownloaded", dossier.notDownloaded()));
		}
		return reply;
	}
}
