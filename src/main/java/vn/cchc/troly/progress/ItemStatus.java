package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where an item stands, as decided by the one status rule (see {@code StatusRule}).
 *
 * @param status 🟢 MET, 🟡 NEAR, 🔴 NOT_MET or ⚪ NO_DATA
 * @param missing what the rule lacked: for ⚪ why there is no status (NO_FIGURE, NO_NOTE); for a 🟡
 *        item with a figure, why it could not be judged further (NO_LAST_YEAR_FIGURE,
 *        NO_TARGET_VALUE); else null
 * @param stale ⏰: nobody has reported on the item within the reporting period, and a whole period has
 *        passed since its lead joined and since the item started
 * @param overdue the deadline has passed and the target is not met
 * @param gap how far the latest figure is from the target, in the target's unit (percentage
 *        points for a PERCENT target; for INCREASE, from last year's figure); null when met or
 *        not numeric
 * @param progress how far from the baseline to the target the latest figure has come, 0–100 (%),
 *        where baseline and target are both numbers and the figure has not gone back below the
 *        baseline; else null
 * @param deadline the live deadline (PlanItem#deadlineOn: set by the coordinator, else the plan's)
 * @param daysLeft days from today to the deadline, negative once it has passed; null without a deadline
 */
public record ItemStatus(Status status, Missing missing, boolean stale, boolean overdue, BigDecimal gap,
		BigDecimal progress, LocalDate deadline, Long daysLeft) {

	/** Shown after the status when the item is stale. */
	public static final String STALE_MARK = "⏰";

	/**
	 * The message key naming the status: "progress.status.NEAR" (Gần đạt), and for a qualitative item
	 * without a note "progress.status.NO_NOTE" (Chưa có ghi chú) rather than "Chưa có số liệu".
	 */
	public String labelKey() {
		return "progress.status." + (status == Status.NO_DATA && missing == Missing.NO_NOTE ? "NO_NOTE" : status.name());
	}

	/**
	 * The message key of why an item with a figure could only be 🟡 ("progress.status.reason.NO_LAST_YEAR_FIGURE":
	 * no last year's figure to compare with), or null when there is nothing to add to its label.
	 */
	public String reasonKey() {
		return status == Status.NO_DATA || missing == null ? null : "progress.status.reason." + missing.name();
	}

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

	/** What the rule lacked to judge an item. */
	public enum Missing {
		/** No figure reported this year: ⚪. */
		NO_FIGURE,
		/** An INCREASE item with this year's figure but none for last year to compare with: 🟡. */
		NO_LAST_YEAR_FIGURE,
		/** A qualitative item without a note this year: ⚪ "Chưa có ghi chú". */
		NO_NOTE,
		/** A figure, but the plan gives the target no number to hold it against: 🟡. */
		NO_TARGET_VALUE
	}
}
