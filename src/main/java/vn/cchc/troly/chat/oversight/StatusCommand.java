package vn.cchc.troly.chat.oversight;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.ReportQueries;

/**
 * /tinhhinh (/status): the whole plan at a glance, counts on top, then one short line per item by
 * section (status, figure against target, last report). /tinhhinh &lt;mã&gt; shows one item in
 * full; /tinhhinh 2024 (four digits: a year) the plan of that year, as it stood then. For leaders and
 * the coordinator, privately or in the leadership group. The province's people get every unit
 * ranked, and /tinhhinh &lt;đơn vị&gt; that unit's plan screen ({@link ProvinceStatus}), privately or
 * in the province's group.
 */
@Component
@Order(500)
class StatusCommand implements ChatCommand {

	private final ReportQueries queries;
	private final ItemDetailView detail;
	private final ItemTexts texts;
	private final PlanOverviewText overview;
	private final PlanYears years;
	private final ProvinceStatus province;

	StatusCommand(ReportQueries queries, ItemDetailView detail, ItemTexts texts, PlanOverviewText overview,
			PlanYears years, ProvinceStatus province) {
		this.queries = queries;
		this.years = years;
		this.detail = detail;
		this.texts = texts;
		this.overview = overview;
		this.province = province;
	}

	@Override
	public String name() {
		return "tinhhinh";
	}

	@Override
	public String alias() {
		return "status";
	}

	@Override
	public String descriptionKey() {
		return "chat.status.command";
	}

	@Override
	public String provinceDescriptionKey() {
		return "chat.status.command.province";
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
	public Chats chats() {
		return Chats.PRIVATE_AND_LEADERSHIP_GROUP;
	}

	@Override
	public Reply handle(ChatRequest request) {
		if (request.caller().isProvince()) {
			return province.answer(request);
		}
		var year = PlanYears.year(request.argument());
		if (year.isPresent()) {
			return queries.overview(year.getAsInt())
				.map(plan -> reply(overview.of(plan, Phrase.of("chat.status.ofYear", String.valueOf(year.getAsInt()),
						texts.date(plan.today())), request.locale())))
				.orElseGet(() -> years.noPlanOf(year.getAsInt()));
		}
		if (!request.argument().isEmpty()) {
			var code = request.argument();
			return queries.item(code).map(item -> detail.of(item, request.locale(), request.isPrivate()))
				.orElseGet(() -> Reply.text("chat.status.unknown", code));
		}
		var plan = queries.overview();
		return reply(overview.of(plan, texts.date(plan.today()), request.locale()));
	}

	private static Reply reply(Phrase phrase) {
		return Reply.text(phrase.key(), phrase.args().toArray());
	}
}
