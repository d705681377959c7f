package vn.cchc.troly.report;

import java.time.LocalDate;
import java.util.List;

import vn.cchc.troly.progress.Situation;

/**
 * The whole plan at a glance, grouped by the plan's sections: each item's status, latest figure
 * against target and last report date are in its {@link Situation}.
 *
 * @param planTitle the current plan's title, or null before any plan is imported
 */
public record PlanOverview(LocalDate today, String planTitle, StatusCounts counts, List<Section> sections) {

	/** A section of the plan ("2. Cải cách thủ tục hành chính"); title null when the plan gives none. */
	public record Section(String code, String title, List<Line> items) {
	}

	/** An item with where it stands and who leads it (names; {@code leadPosition} when nobody registered does). */
	public record Line(Situation situation, List<String> leads, String leadPosition) {

		public String code() {
			return situation.item().code();
		}
	}
}
