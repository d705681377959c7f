package vn.cchc.troly.chat.oversight;

import java.util.Comparator;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.plan.PlanSummary;

/**
 * A year named after /tinhhinh or /xuat ("/tinhhinh 2024"): four digits are a year, anything else
 * (an item code such as "2.2") is not. A year without a plan is answered with the years there are.
 */
@Component
class PlanYears {

	private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

	private final PlanManagement plans;

	PlanYears(PlanManagement plans) {
		this.plans = plans;
	}

	/** The year the argument names, if it is one. */
	static OptionalInt year(String argument) {
		var text = argument == null ? "" : argument.strip();
		return YEAR.matcher(text).matches() ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
	}

	/** "No plan of 2023; the plans there are: 2025, 2024." */
	Reply noPlanOf(int year) {
		var years = plans.plans().stream().map(PlanSummary::year).distinct().sorted(Comparator.reverseOrder())
			.map(String::valueOf).collect(Collectors.joining(", "));
		return years.isEmpty() ? Reply.text("chat.status.noPlan")
				: Reply.text("chat.year.noPlan", String.valueOf(year), years);
	}
}
