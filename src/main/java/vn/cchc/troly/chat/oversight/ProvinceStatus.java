package vn.cchc.troly.chat.oversight;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.report.ProvinceStandings;
import vn.cchc.troly.report.ReportQueries;

/**
 * /tinhhinh for the province's people, who belong to no unit: without an argument every unit
 * ranked; with a unit's name, typed loosely ("phổ châu"), that unit's plan screen exactly as its own
 * leaders see it, read inside the unit's scope; "/tinhhinh phổ châu 2.2" one of its items. Several
 * units match: a button for each (up to {@value #CHOICES}), else a few names and a request to type
 * more of the name.
 */
@Component
class ProvinceStatus {

	static final int CHOICES = 8;
	private static final int NAMES_SHOWN = 5;
	/** An item code as users type it: "2.2", "4", "3.1.". */
	private static final Pattern ITEM_CODE = Pattern.compile("[0-9]+(\\.[0-9]+)*\\.?");

	private final ProvinceStandings standings;
	private final ProvinceReplies replies;
	private final Units units;
	private final UnitScope scope;
	private final ReportQueries queries;
	private final PlanOverviewText overview;
	private final ItemDetailView detail;
	private final ItemTexts texts;

	ProvinceStatus(ProvinceStandings standings, ProvinceReplies replies, Units units, UnitScope scope,
			ReportQueries queries, PlanOverviewText overview, ItemDetailView detail, ItemTexts texts) {
		this.standings = standings;
		this.replies = replies;
		this.units = units;
		this.scope = scope;
		this.queries = queries;
		this.overview = overview;
		this.detail = detail;
		this.texts = texts;
	}

	Reply answer(ChatRequest request) {
		var typed = request.argument().strip();
		if (typed.isEmpty()) {
			return replies.status(standings.overview());
		}
		var found = units.search(typed);
		if (!found.isEmpty()) {
			return found.size() == 1 ? unit(found.get(0), request) : choose(found, typed);
		}
		// "phổ châu 2.2": the unit's name, then one of its items.
		var space = typed.lastIndexOf(' ');
		if (space > 0 && ITEM_CODE.matcher(typed.substring(space + 1)).matches()) {
			var name = typed.substring(0, space).strip();
			var code = typed.substring(space + 1);
			var named = units.search(name);
			if (named.size() == 1) {
				return item(named.get(0), code, request);
			}
			if (!named.isEmpty()) {
				return choose(named, name);
			}
		}
		if (PlanYears.year(typed).isPresent() || ITEM_CODE.matcher(typed).matches()) {
			return Reply.text("chat.province.needUnit", example(), typed);
		}
		return Reply.text("chat.province.noUnit", typed, example());
	}

	/** The unit's plan screen, read in its scope: what its leaders get from /tinhhinh. */
	Reply unit(Unit unit, ChatRequest request) {
		var screen = scope.within(unit.unitId(), () -> {
			var plan = queries.overview();
			return overview.of(plan, texts.date(plan.today()), request.locale());
		});
		return Reply.text("chat.province.unit", name(unit), screen);
	}

	/** One item of the unit in full, as its leaders see it from /tinhhinh &lt;mã&gt;. */
	private Reply item(Unit unit, String code, ChatRequest request) {
		return scope.within(unit.unitId(), () -> queries.item(code)
			// The province's button names the unit (a unit leader's names an item of their own unit).
			.map(found -> detail.of(found, request.locale(), request.isPrivate()
					? ExplanationRequestButton.unitAsk(unit.id(), found.situation().item().code()) : null))
			.orElseGet(() -> Reply.text("chat.province.unknownItem", name(unit), code)));
	}

	private Reply choose(List<Unit> found, String typed) {
		if (found.size() > CHOICES) {
			var some = found.stream().limit(NAMES_SHOWN).map(ProvinceStatus::name).toList();
			return Reply.text("chat.province.tooMany", found.size(), typed, Lines.of(some));
		}
		var buttons = found.stream()
			.map(unit -> Button.row(Button.of("chat.province.pick.button", ProvinceUnitButton.PREFIX + unit.id(), name(unit))))
			.toList();
		return Reply.text("chat.province.pick", found.size(), typed).withButtons(buttons);
	}

	/** A unit's name to type after /tinhhinh, for the hints. */
	private Object example() {
		return units.all().stream().filter(u -> u.name() != null).findFirst().<Object>map(Unit::name)
			.orElse(Phrase.of("chat.province.exampleName"));
	}

	static Object name(Unit unit) {
		return unit.name() != null ? unit.name() : Phrase.of("chat.province.unnamed", String.valueOf(unit.id()));
	}
}
