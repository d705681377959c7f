package vn.cchc.troly.chat.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.ProvinceDigestMessage;
import vn.cchc.troly.report.ProvinceOverview;
import vn.cchc.troly.report.UnitStanding;

/**
 * The province's ranking as the chat shows it, on a phone: the counts, how the share is counted,
 * a line per unit (rank, name, share met, 🔴 and ⌛ counts, ⏰ when nothing was reported this
 * period), the units with nothing reported and those without a plan named. Up to
 * {@value #ALL_UP_TO} units every one has a line; beyond, the first {@value #TOP} and the last
 * {@value #BOTTOM}, with a line for those between. The same words in /tinhhinh and the weekly digest.
 */
@Component
public class ProvinceReplies {

	static final int ALL_UP_TO = 15;
	static final int TOP = 10;
	static final int BOTTOM = 5;
	/** Units named at most in one list (nothing reported, no plan); the rest are counted. */
	static final int NAMED = 20;

	private final ItemTexts texts;

	ProvinceReplies(ItemTexts texts) {
		this.texts = texts;
	}

	/** /tinhhinh for the province. */
	Reply status(ProvinceOverview overview) {
		if (overview.units().isEmpty()) {
			return Reply.text("chat.province.noUnits");
		}
		return Reply.text("chat.province.status", texts.date(overview.today()), body(overview), example(overview));
	}

	/** The weekly digest: the ranking, then the chart of the units with its caption. */
	public Reply of(ProvinceDigestMessage message, Locale locale) {
		var overview = message.digest().overview();
		var week = message.weekKey().split("-W");
		var reply = overview.units().isEmpty() ? Reply.text("chat.province.noUnits")
				: Reply.text("chat.province.digest", String.valueOf(Integer.parseInt(week[1])), week[0],
						texts.date(overview.today()), body(overview), example(overview));
		if (message.chartPng() != null) {
			reply = reply.and(Reply.photo(message.chartPng(), "cac-don-vi-" + message.weekKey() + ".png",
					"chat.summary.caption", message.caption()));
		}
		return reply;
	}

	private Lines body(ProvinceOverview overview) {
		var ranked = overview.ranked();
		var without = overview.withoutPlan();
		var nothing = overview.nothingReported();
		var lines = new ArrayList<Object>();
		if (ranked.size() <= ALL_UP_TO) {
			for (int i = 0; i < ranked.size(); i++) {
				lines.add(line(ranked.get(i), i + 1));
			}
		}
		else {
			for (int i = 0; i < TOP; i++) {
				lines.add(line(ranked.get(i), i + 1));
			}
			lines.add(Phrase.of("chat.province.gap", ranked.size() - TOP - BOTTOM, TOP + 1, ranked.size() - BOTTOM));
			for (int i = ranked.size() - BOTTOM; i < ranked.size(); i++) {
				lines.add(line(ranked.get(i), i + 1));
			}
		}
		var after = new ArrayList<Object>();
		if (!ranked.isEmpty()) {
			after.add(nothing.isEmpty() ? Phrase.of("chat.province.nothingReported.none", texts.date(overview.periodFrom()))
					: Phrase.of("chat.province.nothingReported", nothing.size(), texts.date(overview.periodFrom()),
							names(nothing)));
		}
		if (!without.isEmpty()) {
			after.add(Phrase.of("chat.province.withoutPlan", without.size(), names(without)));
		}
		var counts = Phrase.of("chat.province.counts", overview.units().size(), ranked.size(), overview.red(),
				overview.overdue(), nothing.size());
		// Blocks apart by a blank line; a block with nothing to say is left out, not left blank.
		var blocks = new ArrayList<Object>();
		blocks.add(ranked.isEmpty() ? counts : Lines.of(List.of(counts, Phrase.of("chat.province.rule"))));
		if (!lines.isEmpty()) {
			blocks.add(Lines.of(lines));
		}
		if (!after.isEmpty()) {
			blocks.add(Lines.of(after));
		}
		return new Lines(blocks, "\n\n");
	}

	/** "3. UBND xã Phổ Châu: 67% (2/3) · 🔴 1 · ⌛ 0 ⏰". */
	private Phrase line(UnitStanding unit, int rank) {
		var stale = unit.nothingReported() ? Phrase.of("chat.province.line.stale") : "";
		if (unit.numeric().total() == 0) {
			return Phrase.of("chat.province.line.noNumeric", rank, name(unit), unit.red(), unit.overdue(), stale);
		}
		return Phrase.of("chat.province.line", rank, name(unit), percent(unit), unit.numeric().met(),
				unit.numeric().total(), unit.red(), unit.overdue(), stale);
	}

	/** "xã A, xã B và 3 đơn vị khác". */
	private Object names(List<UnitStanding> units) {
		var shown = units.stream().limit(NAMED).map(ProvinceReplies::name).toList();
		var list = Lines.inline(join(shown).toArray());
		return units.size() <= NAMED ? list : Phrase.of("chat.province.andMore", list, units.size() - NAMED);
	}

	private static List<Object> join(List<Object> names) {
		var pieces = new ArrayList<Object>();
		for (int i = 0; i < names.size(); i++) {
			if (i > 0) {
				pieces.add(", ");
			}
			pieces.add(names.get(i));
		}
		return pieces;
	}

	/** The unit's name as written, or what stands for a unit that has none yet. */
	static Object name(UnitStanding unit) {
		return unit.unitName() != null ? unit.unitName() : Phrase.of("chat.province.unnamed", String.valueOf(unit.unitId()));
	}

	/** A unit to name in "/tinhhinh …": the first one ranked, or any. */
	private static Object example(ProvinceOverview overview) {
		return overview.units().stream().filter(u -> u.unitName() != null).findFirst().<Object>map(UnitStanding::unitName)
			.orElse(Phrase.of("chat.province.exampleName"));
	}

	/** "67%": the share met in whole percent, written alike in every language. */
	private static String percent(UnitStanding unit) {
		return unit.sharePercent().toPlainString() + "%";
	}
}
