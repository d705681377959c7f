package vn.cchc.troly.progress;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanItem;

/**
 * One report on an item: a figure, a note, a proposed figure and the lead's answer to it, or the
 * undoing of an earlier report. Reports are a history; a row is never changed once written, so each
 * is its own aggregate.
 *
 * @param lastYear the figure is last year's result (INCREASE items compare against it)
 * @param undoes for an UNDO, the report it cancels
 * @param source where the report came from, e.g. the Telegram update id; may be null
 * @param proposal for a FIGURE that confirms a proposal, and for a DECLINE, the PROPOSAL it answers
 */
@Table("progress_report")
public record ProgressReport(@Id Long id, @Column("plan_item_id") AggregateReference<PlanItem, Long> item,
		@Column("official_id") AggregateReference<Official, Long> official, ReportKind kind, BigDecimal figureValue,
		Long figureNumerator, Long figureDenominator, boolean lastYear, String note, boolean done,
		@Column("undoes_id") AggregateReference<ProgressReport, Long> undoes, Instant reportedAt, String source,
		@Column("proposal_id") AggregateReference<ProgressReport, Long> proposal) {

	static ProgressReport figure(long itemId, long officialId, Figure figure, boolean lastYear, Instant at,
			String source) {
		return new ProgressReport(null, AggregateReference.to(itemId), AggregateReference.to(officialId),
				ReportKind.FIGURE, figure.value(), figure.numerator(), figure.denominator(), lastYear, null, false, null,
				at, source, null);
	}

	/** A figure from a coordinating official, waiting for the lead. */
	static ProgressReport proposal(long itemId, long officialId, Figure figure, boolean lastYear, Instant at,
			String source) {
		return new ProgressReport(null, AggregateReference.to(itemId), AggregateReference.to(officialId),
				ReportKind.PROPOSAL, figure.value(), figure.numerator(), figure.denominator(), lastYear, null, false,
				null, at, source, null);
	}

	/** The lead's confirmation of a proposal: the proposal's figure, now the lead's and counted. */
	static ProgressReport confirmation(ProgressReport proposal, long leadId, Instant at, String source) {
		return new ProgressReport(null, proposal.item(), AggregateReference.to(leadId), ReportKind.FIGURE,
				proposal.figureValue(), proposal.figureNumerator(), proposal.figureDenominator(), proposal.lastYear(),
				null, false, null, at, source, AggregateReference.to(proposal.id()));
	}

	/** The lead's "no" to a proposal. */
	static ProgressReport decline(ProgressReport proposal, long leadId, Instant at, String source) {
		return new ProgressReport(null, proposal.item(), AggregateReference.to(leadId), ReportKind.DECLINE,
				proposal.figureValue(), proposal.figureNumerator(), proposal.figureDenominator(), proposal.lastYear(),
				null, false, null, at, source, AggregateReference.to(proposal.id()));
	}

	static ProgressReport note(long itemId, long officialId, String note, boolean done, Instant at, String source) {
		return new ProgressReport(null, AggregateReference.to(itemId), AggregateReference.to(officialId),
				ReportKind.NOTE, null, null, null, false, note, done, null, at, source, null);
	}

	static ProgressReport undo(ProgressReport cancelled, Instant at) {
		return new ProgressReport(null, cancelled.item(), cancelled.official(), ReportKind.UNDO, null, null, null,
				false, null, false, AggregateReference.to(cancelled.id()), at, null, null);
	}

	/** The figure this report carries, shown as a percentage when the item's target is one. */
	public Figure figure(boolean percent) {
		return figureValue == null ? null : new Figure(figureValue, figureNumerator, figureDenominator, percent);
	}
}
