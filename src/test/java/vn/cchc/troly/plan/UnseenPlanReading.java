package vn.cchc.troly.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.cchc.troly.people.PositionNames;

/**
 * A plan's expected reading, field by field, written from reading the document (not from the
 * importer's output), and the score of what the importer read against it. A comparator read
 * another way than expected (not merely left unread) is a misread, counted apart: the one mistake
 * that would show every figure with the wrong status.
 */
final class UnseenPlanReading {

	/** One item as a person reads it; null where the document gives nothing to read. */
	record Expected(String code, String section, String title, BigDecimal baseline, TargetKind kind,
			Comparator comparator, BigDecimal value, String lead, List<String> coordinating, LocalDate deadline,
			Repeats repeats) {
	}

	record Score(int fields, int right, List<String> wrong, List<String> misreadComparators) {

		double accuracy() {
			return fields == 0 ? 0 : (double) right / fields;
		}
	}

	static Expected item(String code, String section, String title, String baseline, TargetKind kind,
			Comparator comparator, String value, String lead, List<String> coordinating, String deadline,
			Repeats repeats) {
		return new Expected(code, section, title, baseline == null ? null : new BigDecimal(baseline), kind, comparator,
				value == null ? null : new BigDecimal(value), lead, coordinating,
				deadline == null ? null : LocalDate.parse(deadline), repeats);
	}

	static Score score(ParsedPlan plan, List<Expected> expected) {
		var wrong = new ArrayList<String>();
		var misread = new ArrayList<String>();
		int fields = 0;
		int right = 0;
		for (var want : expected) {
			var got = plan.items().stream().filter(item -> item.code().equals(want.code())).findFirst().orElse(null);
			var checks = new ArrayList<Object[]>();
			checks.add(new Object[] { "code", want.code(), got == null ? null : got.code() });
			if (got == null) {
				// An item not found counts every field of it as wrong.
				fields += 11;
				wrong.add(want.code() + ": not read");
				continue;
			}
			checks.add(new Object[] { "section", want.section(), got.sectionCode() });
			checks.add(new Object[] { "title", want.title(), got.title() });
			checks.add(new Object[] { "baseline", number(want.baseline()), number(got.baseline().value()) });
			checks.add(new Object[] { "kind", want.kind(), got.target().kind() });
			checks.add(new Object[] { "comparator", want.comparator(), got.target().comparator() });
			checks.add(new Object[] { "value", number(want.value()), number(got.target().value()) });
			checks.add(new Object[] { "lead", key(want.lead()), key(got.lead()) });
			checks.add(new Object[] { "coordinating", want.coordinating().stream().map(UnseenPlanReading::key).toList(),
					got.coordinating().stream().map(UnseenPlanReading::key).toList() });
			checks.add(new Object[] { "deadline", want.deadline(), got.timeframe().deadline() });
			checks.add(new Object[] { "repeats", want.repeats(), got.timeframe().repeats() });
			for (var check : checks) {
				fields++;
				if (Objects.equals(check[1], check[2])) {
					right++;
				}
				else {
					wrong.add(want.code() + " " + check[0] + ": expected " + check[1] + ", read " + check[2]);
				}
			}
			if (got.target().comparator() != null && want.comparator() != null
					&& got.target().comparator() != want.comparator()) {
				misread.add(want.code() + ": " + got.target().text() + " read " + got.target().comparator());
			}
			if (got.target().comparator() != null && want.comparator() == null) {
				misread.add(want.code() + ": " + got.target().text() + " read " + got.target().comparator()
						+ " where nothing can be read");
			}
		}
		return new Score(fields, right, wrong, misread);
	}

	private static String number(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static String key(String position) {
		return position == null ? null : PositionNames.matchKey(position);
	}

	private UnseenPlanReading() {
	}
}
