package vn.cchc.troly.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.OfficialId;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItemId;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;

/**
 * Progress reporting: figures, notes, undo, and what an official answers for (evidence: {@link EvidenceKeeping}). Reports
 * are a history, never overwritten. Whose figure counts ({@link Standing}): the item's lead and the
 * coordinator record figures; a figure from a coordinating official is a proposal the lead confirms
 * or declines ({@link #confirmProposal}, {@link #declineProposal}), kept in the history either way;
 * a leader oversees and does not report. Whatever a user typed wrong comes back as {@link Refused}
 * with a reason, and nothing is stored then.
 */
@Service
public class ProgressManagement {

	/** The longest note taken, in characters. */
	public static final int NOTE_LIMIT = 1000;


	private final PlanItems planItems;
	private final ProgressReportRepository reports;
	private final Responsibilities responsibilities;
	private final ItemSituation situations;
	private final ItemProgress progress;
	private final PeopleManagement people;
	private final ProgressSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgressManagement(PlanItems planItems, ProgressReportRepository reports,
			Responsibilities responsibilities, ItemSituation situations,
			ItemProgress progress, PeopleManagement people, ProgressSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.planItems = planItems;
		this.reports = reports;
		this.responsibilities = responsibilities;
		this.situations = situations;
		this.progress = progress;
		this.people = people;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** This year's figure for the item: "97,5", "97.5%", "49/50", "3". */
	@Transactional
	public FigureOutcome recordFigure(Official official, String itemCode, String text) {
		return recordFigure(new FigureRequest(official, itemCode, text, false, null));
	}

	/**
	 * A figure for the item. From its lead or the coordinator it is recorded and counts (the lead is
	 * told of the coordinator's); from a coordinating official it is stored as a proposal and the
	 * item's leads are asked to confirm it. The text may end with what the item counts ("15 hộ").
	 */
	@Transactional
	public FigureOutcome recordFigure(FigureRequest request) {
		var found = planItems.byCode(request.itemCode());
		if (found.isEmpty()) {
			return Refused.because(RefusalReason.UNKNOWN_ITEM);
		}
		var item = found.get();
		var official = request.official();
		var standing = responsibilities.standing(official, item);
		var refused = refusal(standing);
		if (refused != null) {
			return refused;
		}
		var kind = item.target().kind();
		if (kind == TargetKind.QUALITATIVE) {
			return Refused.because(RefusalReason.FIGURE_NOT_EXPECTED);
		}
		var parsed = FigureParser.parse(request.text(), item);
		if (!parsed.ok()) {
			return new Refused(RefusalReason.BAD_FIGURE, parsed.problem());
		}
		var before = situations.of(item);
		if (!standing.recordsFigures()) {
			var proposal = store(ProgressReport.proposal(item.id(), official.id(), parsed.figure(), request.lastYear(),
					now(), request.source()), item);
			var deciders = deciders(item);
			events.publishEvent(new FigureProposed(proposal.id(), item.id(), item.code(), official.id(),
					deciders.stream().map(Official::id).toList()));
			return new FigureOutcome.Proposed(proposal.id(), item, parsed.figure(), request.lastYear(), before.latest(),
					before.latestBy(), names(deciders), before.status());
		}
		var previous = request.lastYear() ? before.lastYear() : before.latest();
		var report = store(ProgressReport.figure(item.id(), official.id(), parsed.figure(), request.lastYear(), now(),
				request.source()), item);
		// The coordinator's figure on an item they do not lead: its leads hear of it.
		var told = standing == Standing.COORDINATOR ? tellLeads(report, item, official.id()) : List.<String>of();
		var change = previous == null ? null : parsed.figure().value().subtract(previous.value());
		return new FigureOutcome.Recorded(report.id(), item, parsed.figure(), request.lastYear(), previous, change,
				item.target(), situations.of(item).status(), told);
	}

	/**
	 * The item's lead (or the coordinator) confirms a proposed figure: it is recorded as theirs, with
	 * the proposal it came from, and counts from now on. The proposer and the item's other leads are
	 * told. A proposal is answered once.
	 */
	@Transactional
	public DecisionOutcome confirmProposal(Official official, long proposalId, String source) {
		return decide(official, proposalId, true, source);
	}

	/**
	 * The item's lead (or the coordinator) declines a proposed figure: the proposal stays in the
	 * history, answered "no", and the status is unchanged. The proposer is told.
	 */
	@Transactional
	public DecisionOutcome declineProposal(Official official, long proposalId, String source) {
		return decide(official, proposalId, false, source);
	}

	private DecisionOutcome decide(Official official, long proposalId, boolean confirm, String source) {
		var found = reports.findById(proposalId).filter(r -> r.kind() == ReportKind.PROPOSAL);
		// A proposal on another unit's item is no proposal here: a forged button finds nothing.
		var inUnit = found.flatMap(r -> planItems.byId(new PlanItemId(r.item().getId())));
		if (inUnit.isEmpty()) {
			return Refused.because(RefusalReason.UNKNOWN_PROPOSAL);
		}
		var proposal = found.get();
		var item = inUnit.get();
		if (!responsibilities.standing(official, item).recordsFigures()) {
			return Refused.because(RefusalReason.NOT_THE_LEAD);
		}
		// Two leads pressing at once: the item's lock lets one answer, the other then finds it answered.
		progress.lock(item.id());
		if (reports.answers(proposalId) > 0) {
			return Refused.because(RefusalReason.PROPOSAL_DECIDED);
		}
		if (reports.undos(proposalId) > 0) {
			return Refused.because(RefusalReason.PROPOSAL_UNDONE);
		}
		var proposer = people.byId(new OfficialId(proposal.official().getId()));
		var proposedBy = proposer.map(Official::displayName).orElse(null);
		var percent = item.target().kind() == TargetKind.PERCENT;
		var figure = proposal.figure(percent);
		var now = now();
		if (confirm) {
			var saved = store(ProgressReport.confirmation(proposal, official.id(), now, source), item);
			events.publishEvent(new ProposalDecided(proposalId, saved.id(), true, item.id(), item.code(),
					proposal.official().getId(), official.id()));
			tellLeads(saved, item, official.id());
			return new DecisionOutcome.Confirmed(proposalId, saved.id(), item, figure, proposal.lastYear(), proposedBy,
					situations.of(item).status());
		}
		var saved = store(ProgressReport.decline(proposal, official.id(), now, source), item);
		events.publishEvent(new ProposalDecided(proposalId, saved.id(), false, item.id(), item.code(),
				proposal.official().getId(), official.id()));
		var situation = situations.of(item);
		return new DecisionOutcome.Declined(proposalId, saved.id(), item, figure, proposedBy, situation.latest(),
				situation.latestBy(), situation.status());
	}

	/**
	 * A proposed figure, with its answer and where its item stands; empty when there is no such
	 * proposal in the unit in scope.
	 */
	@Transactional(readOnly = true)
	public Optional<Proposal> proposal(long proposalId) {
		return reports.findById(proposalId).filter(r -> r.kind() == ReportKind.PROPOSAL).flatMap(report -> planItems
			.byId(new PlanItemId(report.item().getId())).flatMap(item -> reports.proposal(proposalId).map(row -> {
				var percent = item.target().kind() == TargetKind.PERCENT;
				return new Proposal(report.id(), item, report.figure(percent), report.lastYear(),
						report.official().getId(), row.proposedBy(), report.reportedAt(), row.answer(),
						reports.undos(proposalId) > 0, situations.of(item));
			})));
	}

	/** Who is asked about a proposal on the item: its active leads, else (nobody holds the lead position) the coordinators. */
	private List<Official> deciders(PlanItem item) {
		var leads = item.leadPosition() == null ? List.<Official>of() : people.holding(item.leadPosition().getId());
		return leads.isEmpty() ? people.withRole(Role.COORDINATOR) : leads;
	}

	/** The item's active leads other than the one who recorded the figure hear of it; their names. */
	private List<String> tellLeads(ProgressReport figure, PlanItem item, long recordedBy) {
		if (item.leadPosition() == null) {
			return List.of();
		}
		var others = people.holding(item.leadPosition().getId()).stream().filter(o -> o.id() != recordedBy).toList();
		if (!others.isEmpty()) {
			events.publishEvent(new FigureFromOthers(figure.id(), item.id(), item.code(),
					others.stream().map(Official::id).toList()));
		}
		return names(others);
	}

	private static List<String> names(List<Official> officials) {
		return officials.stream().map(Official::displayName).toList();
	}

	/** Why the official may not report on the item at all, or null when they may. */
	private static Refused refusal(Standing standing) {
		if (standing == Standing.LEADER) {
			return Refused.because(RefusalReason.LEADER_OVERSEES);
		}
		return standing.reports() ? null : Refused.because(RefusalReason.NOT_ALLOWED);
	}

	@Transactional
	public NoteOutcome recordNote(Official official, String itemCode, String text, boolean done) {
		return recordNote(new NoteRequest(official, itemCode, text, done, null));
	}

	@Transactional
	public NoteOutcome recordNote(NoteRequest request) {
		var item = planItems.byCode(request.itemCode());
		if (item.isEmpty()) {
			return Refused.because(RefusalReason.UNKNOWN_ITEM);
		}
		var refused = refusal(responsibilities.standing(request.official(), item.get()));
		if (refused != null) {
			return refused;
		}
		var note = request.text() == null ? "" : request.text().strip();
		if (note.isEmpty()) {
			return Refused.because(RefusalReason.EMPTY_NOTE);
		}
		if (note.codePointCount(0, note.length()) > NOTE_LIMIT) {
			return Refused.because(RefusalReason.NOTE_TOO_LONG);
		}
		var report = store(ProgressReport.note(item.get().id(), request.official().id(), note, request.done(), now(),
				request.source()), item.get());
		return new NoteOutcome.Recorded(report.id(), item.get(), note, request.done(),
				situations.of(item.get()).status());
	}

	/**
	 * Cancels the official's own latest report that is not undone yet, if it was made within the
	 * undo window ({@code troly.progress.undo-window}). The cancellation is a new UNDO report.
	 */
	@Transactional
	public UndoOutcome undoLast(OfficialId official) {
		return reports.lastUndoable(official.value()).map(this::undoWithinWindow)
			.orElseGet(() -> Refused.because(RefusalReason.NOTHING_TO_UNDO));
	}

	/**
	 * Cancels one report, named by its id (as an undo button carries it), only if it is the
	 * official's own latest report still standing and within the undo window: the same report
	 * {@link #undoLast} would cancel. Someone else's report, an older one, one undone already or an
	 * unknown id is refused with NOTHING_TO_UNDO and nothing changes.
	 */
	@Transactional
	public UndoOutcome undo(OfficialId official, long reportId) {
		return reports.lastUndoable(official.value()).filter(last -> last.id() == reportId).map(this::undoWithinWindow)
			.orElseGet(() -> Refused.because(RefusalReason.NOTHING_TO_UNDO));
	}

	private UndoOutcome undoWithinWindow(ProgressReport cancelled) {
		var now = now();
		if (cancelled.reportedAt().plus(settings.undoWindow()).isBefore(now)) {
			return Refused.because(RefusalReason.UNDO_WINDOW_PASSED);
		}
		// A report left in the unit a person worked in before is not theirs to undo from this one.
		var found = planItems.byId(new PlanItemId(cancelled.item().getId()));
		if (found.isEmpty()) {
			return Refused.because(RefusalReason.NOTHING_TO_UNDO);
		}
		var item = found.get();
		// A proposal the lead answered is part of what counts (or of what was declined): it stays.
		progress.lock(item.id());
		if (cancelled.kind() == ReportKind.PROPOSAL && reports.answers(cancelled.id()) > 0) {
			return Refused.because(RefusalReason.PROPOSAL_DECIDED);
		}
		store(ProgressReport.undo(cancelled, now), item);
		progress.undone(cancelled);
		var percent = item.target().kind() == TargetKind.PERCENT;
		return new UndoOutcome.Undone(cancelled.id(), item, cancelled.kind(), cancelled.figure(percent),
				cancelled.note(), cancelled.reportedAt(), situations.of(item).status());
	}

	/**
	 * The item's figures, notes and proposals, newest first, undone ones marked, a proposal with its
	 * answer. Empty for an unknown item code.
	 */
	@Transactional(readOnly = true)
	public Optional<ItemHistory> history(String itemCode) {
		return planItems.byCode(itemCode).map(item -> {
			var percent = item.target().kind() == TargetKind.PERCENT;
			var entries = reports.history(item.id()).stream()
				.map(row -> new HistoryEntry(row.id(), row.kind(),
						row.figureValue() == null ? null
								: new Figure(row.figureValue(), row.figureNumerator(), row.figureDenominator(), percent),
						row.lastYear(), row.note(), row.done(), row.reportedAt(), row.officialId(), row.officialName(),
						row.undoneAt(), row.proposedBy(), row.answer()))
				.toList();
			return new ItemHistory(item, entries);
		});
	}

	/**
	 * The items the official leads, then those they support (each in plan order), with where
	 * each stands. Empty for an inactive official.
	 */
	@Transactional(readOnly = true)
	public List<MyItem> myItems(Official official) {
		if (!official.active()) {
			return List.of();
		}
		var kinds = responsibilities.kinds();
		var mine = new ArrayList<PlanItem>();
		var involvements = new HashMap<Long, Involvement>();
		for (var item : planItems.current()) {
			responsibilities.involvement(official, item, kinds).ifPresent(involvement -> {
				mine.add(item);
				involvements.put(item.id(), involvement);
			});
		}
		return situations.of(mine).stream()
			.map(situation -> new MyItem(involvements.get(situation.item().id()), situation))
			.sorted(Comparator.comparing(MyItem::involvement).thenComparingInt(my -> my.item().ordinal()))
			.toList();
	}

	/**
	 * Whether the official may report on the item of the current plan: its lead, a coordinating
	 * position or the coordinator. False for an unknown item, a leader or an inactive official. Chat
	 * buttons carry item codes from the client, so they ask this before they prompt for a value.
	 */
	public boolean mayReport(Official official, String itemCode) {
		return standing(official, itemCode).reports();
	}

	/** What the official may report on the item of the current plan; NONE for an unknown item. */
	public Standing standing(Official official, String itemCode) {
		return planItems.byCode(itemCode).map(item -> responsibilities.standing(official, item)).orElse(Standing.NONE);
	}

	/**
	 * Rewrites where each item stands (item_progress) from the reports: for reports written by other
	 * means than this class, such as a bulk load. Changes no report and no status.
	 */
	@Transactional
	public void rebuildItemProgress() {
		progress.rebuild();
	}

	/**
	 * The time of a report, to the microsecond: what both H2 and PostgreSQL store, so the time kept in
	 * item_progress is the report's own, and "latest" orders the same in both.
	 */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private ProgressReport store(ProgressReport report, PlanItem item) {
		progress.lock(item.id());
		var saved = reports.save(report);
		// An undo rebuilds its year (undone()); a lead's "no" changes nothing that counts.
		if (saved.kind() != ReportKind.UNDO && saved.kind() != ReportKind.DECLINE) {
			progress.recorded(saved);
		}
		events.publishEvent(new ProgressRecorded(saved.id(), item.id(), item.code(), saved.official().getId(),
				saved.kind(), saved.reportedAt()));
		return saved;
	}
}
