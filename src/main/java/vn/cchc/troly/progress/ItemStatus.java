package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where an item stands, as decided by the one status rule (see {@code StatusRule}).
 *
 * @param status 🟢 MET, 🟡 NEAR, 🔴 NOT_MET or ⚪ NO_DATA
 * @param missing why there is no status yet (NO_DATA only), else null
 * @param stale ⏰: nobody has reported on the item within the reporting period
 * @param overdue the deadline has passed and the target is not met
 * @param gap how far the latest figure is from the target, in the target's unit (percentage
 *        points for a PERCENT target; for INCREASE, from last year's figure); null when met or
 *        not numeric
 * @param progress how far from the baseline to the target the latest figure has come, 0–100 (%),
 *        where baseline and target are both numbers; else null
 * @param deadline the live deadline (PlanItem#deadlineOn: set by the coordinator, else the plan's)
 * @param daysLeft days from today to the deadline, negative once it has passed; null without a deadline
 */
public record ItemStatus(Status status, Missing missing, boolean stale, boolean overdue, BigDecimal gap,
		BigDecimal progress, LocalDate deadline, Long daysLeft) {

	/** Shown after the status when the item is stale. */
	public static final String STALE_MARK = "⏰";

	public enum Status {
		MET("🟢"), NEAR("🟡"), NOT_MET("🔴"), NO_DATA("⚪");

		private final String mark;

		Status(String mark) {
			this.mark = mark;
		}

		/** The coloured circle that stands for the status. */
		public String mark() {
			return mark;
		}
	}

	/** What is missing for an item to have a status. */
	public enum Missing {
		/** No figure reported this year. */
		NO_FIGURE,
		/** An INCREASE item without last year's figure to compare with. */
		NO_LAST_YEAR_FIGURE,
		/** A qualitative item without a note this year. */
		NO_NOTE,
		/** The plan gives the target no number to hold the figure against. */
		NO_TARGET_VALUE
	}
}
