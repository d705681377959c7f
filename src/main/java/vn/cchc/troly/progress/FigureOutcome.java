package vn.cchc.troly.progress;

import java.math.BigDecimal;

import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;

/** What {@link ProgressManagement#recordFigure} did. */
public sealed interface FigureOutcome permits FigureOutcome.Recorded, Refused {

	/**
	 * The figure is stored. {@code previous} is this year's figure before it (null for the first);
	 * {@code change} is figure minus previous (null without a previous); {@code status} is the
	 * item's status now.
	 */
	record Recorded(long reportId, PlanItem item, Figure figure, boolean lastYear, Figure previous, BigDecimal change,
			Target target, ItemStatus status) implements FigureOutcome {
	}
}
