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
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.OfficialId;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItemId;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;

/**
 * Progress reporting: figures, notes, evidence, undo, and what an official answers for. Reports
 * are a history, never overwritten. Whatever a user typed wrong comes back as {@link Refused}
 * with a reason, and nothing is stored then.
 */
@Service
public class ProgressManagement {

	/** The longest note taken, in characters. */
	public static final int NOTE_LIMIT = 1000;

	private final PlanItems planItems;
	private final ProgressReportRepository reports;
	private final EvidenceRepository evidence;
	private final Responsibilities responsibilities;
	private final ItemSituation situations;
	private final ItemProgress progress;
	private final ProgressSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgressManagement(PlanItems planItems, ProgressReportRepository reports,
			EvidenceRepository evidence, Responsibilities responsibilities, ItemSituation situations,
			ItemProgress progress, ProgressSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.planItems = planItems;
		this.reports = reports;
		this.evidence = evidence;
		this.responsibilities = responsibilities;
		this.situations = situations;
		this.progress = progress;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** This year's figure for the item: "97,5", "97.5%", "49/50", "3". */
	@Transactional
	public FigureOutcome recordFigure(Official official, String itemCode, String text) {
		return recordFigure(new FigureRequest(official, itemCode, text, false, null));
	}

	@Transactional
	public FigureOutcome recordFigure(FigureRequest request) {
		var item = planItems.byCode(request.itemCode());
		if (item.isEmpty()) {
			return Refused.because(RefusalReason.UNKNOWN_ITEM);
		}
		if (!mayReport(request.official(), item.get())) {
			return Refused.because(RefusalReason.NOT_ALLOWED);
		}
		var kind = item.get().target().kind();
		if (kind == TargetKind.QUALITATIVE) {
			return Refused.because(RefusalReason.FIGURE_NOT_EXPECTED);
		}
		var parsed = FigureParser.parse(request.text(), kind);
		if (!parsed.ok()) {
			return new Refused(RefusalReason.BAD_FIGURE, parsed.problem());
		}
		var before = situations.of(item.get());
		var previous = request.lastYear() ? before.lastYear() : before.latest();
		var report = store(ProgressReport.figure(item.get().id(), request.official().id(), parsed.figure(),
				request.lastYear(), now(), request.source()), item.get());
		var change = previous == null ? null : parsed.figure().value().subtract(previous.value());
		return new FigureOutcome.Recorded(report.id(), item.get(), parsed.figure(), request.lastYear(), previous, change,
				item.get().target(), situations.of(item.get()).status());
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
		if (!mayReport(request.official(), item.get())) {
			return Refused.because(RefusalReason.NOT_ALLOWED);
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

	@Transactional
	public EvidenceOutcome recordEvidence(EvidenceRequest request) {
		var item = planItems.byCode(request.itemCode());
		if (item.isEmpty()) {
			return Refused.because(RefusalReason.UNKNOWN_ITEM);
		}
		if (!mayReport(request.official(), item.get())) {
			return Refused.because(RefusalReason.NOT_ALLOWED);
		}
		if (request.telegramFileId() == null || request.telegramFileId().isBlank()) {
			return Refused.because(RefusalReason.NO_FILE);
		}
		var caption = request.caption() == null || request.caption().isBlank() ? null : request.caption().strip();
		var saved = evidence.save(new Evidence(null, AggregateReference.to(item.get().id()),
				AggregateReference.to(request.official().id()), request.telegramFileId(), request.fileUniqueId(),
				request.fileName(), request.mimeType(), request.kind(), caption, clock.instant()));
		return new EvidenceOutcome.Recorded(saved.id(), item.get());
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
		var item = planItems.byId(new PlanItemId(cancelled.item().getId())).orElseThrow();
		store(ProgressReport.undo(cancelled, now), item);
		progress.undone(cancelled);
		var percent = item.target().kind() == TargetKind.PERCENT;
		return new UndoOutcome.Undone(cancelled.id(), item, cancelled.kind(), cancelled.figure(percent),
				cancelled.note(), cancelled.reportedAt(), situations.of(item).status());
	}

	/** The item's reports, newest first, undone ones marked. Empty for an unknown item code. */
	@Transactional(readOnly = true)
	public Optional<ItemHistory> history(String itemCode) {
		return planItems.byCode(itemCode).map(item -> {
			var percent = item.target().kind() == TargetKind.PERCENT;
			var entries = reports.history(item.id()).stream()
				.map(row -> new HistoryEntry(row.id(), row.kind(),
						row.figureValue() == null ? null
								: new Figure(row.figureValue(), row.figureNumerator(), row.figureDenominator(), percent),
						row.lastYear(), row.note(), row.done(), row.reportedAt(), row.officialId(), row.officialName(),
						row.undoneAt()))
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
	 * position or the coordinator. False for an unknown item or an inactive official. Chat buttons carry item
	 * codes from the client, so they ask this before they prompt for a value.
	 */
	public boolean mayReport(Official official, String itemCode) {
		return planItems.byCode(itemCode).map(item -> mayReport(official, item)).orElse(false);
	}

	private boolean mayReport(Official official, PlanItem item) {
		return responsibilities.mayReport(official, item);
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
		if (saved.kind() != ReportKind.UNDO) {
			progress.recorded(saved);
		}
		events.publishEvent(new ProgressRecorded(saved.id(), item.id(), item.code(), saved.official().getId(),
				saved.kind(), saved.reportedAt()));
		return saved;
	}
}
