package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;

/** What {@link ProgressManagement#recordFigure} did. */
public sealed interface FigureOutcome permits FigureOutcome.Recorded, FigureOutcome.Proposed, Refused {

	/**
	 * The figure is stored and counts. {@code previous} is this year's figure before it (null for the
	 * first); {@code change} is figure minus previous (null without a previous); {@code status} is the
	 * item's status now; {@code toldLeads} the names of the item's leads who are told of it (the
	 * coordinator's figure on an item they do not lead), else empty.
	 */
	record Recorded(long reportId, PlanItem item, Figure figure, boolean lastYear, Figure previous, BigDecimal change,
			Target target, ItemStatus status, List<String> toldLeads) implements FigureOutcome {
	}

	/**
	 * The figure came from a coordinating official: stored as a proposal, not counted until the lead
	 * confirms it. {@code counted} and {@code countedBy} are the figure that counts meanwhile (null
	 * when none); {@code deciders} the names of who is asked to confirm (the item's leads, else the
	 * coordinators); {@code status} is the item's status, unchanged.
	 */
	record Proposed(long reportId, PlanItem item, Figure figure, boolean lastYear, Figure counted, FigureBy countedBy,
			List<String> deciders, ItemStatus status) implements FigureOutcome {
	}
}
