package vn.cchc.troly.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.OfficialId;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItemId;
import vn.cchc.troly.plan.PlanItems;

/**
 * Evidence kept by us: a downloaded file goes into the evidence folder ({@link EvidenceStore}) and
 * its row says which bytes; the same bytes sent again for the same item are not a second piece. A
 * file that could not be downloaded yet is recorded without bytes and fetched later
 * ({@link #waitingForDownload}, {@link #downloaded}, {@link #downloadFailed}). Its description
 * (number, date, issuer, page) is only ever added to: the sender or the coordinator corrects it, and
 * the latest counts.
 */
@Service
public class EvidenceKeeping {

	/** The longest text kept as evidence, in characters (what the database column holds). */
	public static final int TEXT_LIMIT = 100_000;
	private static final DateTimeFormatter FILE_MOMENT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private final PlanItems planItems;
	private final EvidenceRepository evidence;
	private final EvidenceDescriptionRepository descriptions;
	private final EvidenceStore store;
	private final Responsibilities responsibilities;
	private final PeopleManagement people;
	private final Clock clock;

	EvidenceKeeping(PlanItems planItems, EvidenceRepository evidence, EvidenceDescriptionRepository descriptions,
			EvidenceStore store, Responsibilities responsibilities, PeopleManagement people, Clock clock) {
		this.planItems = planItems;
		this.evidence = evidence;
		this.descriptions = descriptions;
		this.store = store;
		this.responsibilities = responsibilities;
		this.people = people;
		this.clock = clock;
	}

	/** Why the official may not send evidence for the item, before anything is downloaded; empty when they may. */
	@Transactional(readOnly = true)
	public Optional<Refused> refusal(Official official, String itemCode) {
		var item = planItems.byCode(itemCode);
		if (item.isEmpty()) {
			return Optional.of(Refused.because(RefusalReason.UNKNOWN_ITEM));
		}
		var standing = responsibilities.standing(official, item.get());
		if (standing == Standing.LEADER) {
			return Optional.of(Refused.because(RefusalReason.LEADER_OVERSEES));
		}
		return standing.reports() ? Optional.empty() : Optional.of(Refused.because(RefusalReason.NOT_ALLOWED));
	}

	/**
	 * Keeps the downloaded file (left for the caller to delete) as evidence of the item, described by
	 * {@code facts} when they name anything. The same bytes kept for the item already: nothing new.
	 * A folder that cannot take the file (disk full) throws {@link java.io.UncheckedIOException}
	 * before anything is written to the database, and leaves the caller's transaction usable, so the
	 * caller can still record the file to be fetched again ({@link #keepLater}).
	 */
	@Transactional(noRollbackFor = java.io.UncheckedIOException.class)
	public EvidenceOutcome keep(EvidenceRequest request, Path downloaded, DocumentFacts facts) {
		var refused = refusal(request.official(), request.itemCode());
		if (refused.isPresent()) {
			return refused.get();
		}
		var item = planItems.byCode(request.itemCode()).orElseThrow();
		var kept = store.keep(downloaded);
		var earlier = evidence.keptFor(item.id(), kept.sha256());
		if (earlier.isPresent()) {
			var sentBy = people.byId(new OfficialId(earlier.get().official().getId())).map(Official::displayName)
				.orElse("");
			return new EvidenceOutcome.AlreadyKept(earlier.get().id(), item, earlier.get().receivedAt(), sentBy);
		}
		var now = now();
		var saved = evidence.save(row(request, item, now).keptAs(kept.sha256(), kept.size(), now));
		describe(saved.id(), request.official(), facts, now);
		return new EvidenceOutcome.Recorded(saved.id(), item, saved.fileName());
	}

	/**
	 * Records the file without its bytes, after a download that failed (the first attempt, {@code
	 * error} saying why): it is fetched again later, so nothing the official sent is lost.
	 */
	@Transactional
	public EvidenceOutcome keepLater(EvidenceRequest request, String error, DocumentFacts facts) {
		var refused = refusal(request.official(), request.itemCode());
		if (refused.isPresent()) {
			return refused.get();
		}
		var item = planItems.byCode(request.itemCode()).orElseThrow();
		var now = now();
		var saved = evidence.save(row(request, item, now).downloadFailed(error));
		describe(saved.id(), request.official(), facts, now);
		return new EvidenceOutcome.Recorded(saved.id(), item, saved.fileName());
	}

	private static Evidence row(EvidenceRequest request, PlanItem item, Instant at) {
		var caption = request.caption() == null || request.caption().isBlank() ? null : request.caption().strip();
		return new Evidence(null, AggregateReference.to(item.id()), AggregateReference.to(request.official().id()),
				request.telegramFileId(), request.fileUniqueId(), request.fileName(), request.mimeType(), request.kind(),
				caption, at, null, null, null, null, 0, null);
	}

	/**
	 * A message too long for a note, kept whole as evidence of the item: a text file
	 * ("ghi-chu-2.2-20240614-1600.txt") whose words are stored in the row, captioned with its first words.
	 */
	@Transactional
	public EvidenceOutcome keepText(Official official, String itemCode, String text) {
		var refused = refusal(official, itemCode);
		if (refused.isPresent()) {
			return refused.get();
		}
		var content = text == null ? "" : text.strip();
		if (content.isEmpty()) {
			return Refused.because(RefusalReason.NO_FILE);
		}
		if (content.length() > TEXT_LIMIT) {
			return Refused.because(RefusalReason.TEXT_TOO_LONG);
		}
		var item = planItems.byCode(itemCode).orElseThrow();
		var at = now();
		var name = "ghi-chu-" + item.code() + "-" + FILE_MOMENT.format(at.atZone(clock.getZone())) + ".txt";
		var saved = evidence.save(new Evidence(null, AggregateReference.to(item.id()), AggregateReference.to(official.id()),
				null, null, name, "text/plain", EvidenceKind.TEXT, firstWords(content, 100), at, content, null, null,
				null, 0, null));
		return new EvidenceOutcome.Recorded(saved.id(), item, name);
	}

	/** The text's first words on one line, cut at a word boundary, with "…" when cut. */
	private static String firstWords(String text, int max) {
		var line = text.replaceAll("\\s+", " ").strip();
		if (line.codePointCount(0, line.length()) <= max) {
			return line;
		}
		var cut = line.substring(0, line.offsetByCodePoints(0, max - 1));
		var space = cut.lastIndexOf(' ');
		return (space > max / 2 ? cut.substring(0, space) : cut).strip() + "…";
	}

	/** Files whose bytes are not kept yet and that have had fewer than {@code maxAttempts} tries, oldest first. */
	@Transactional(readOnly = true)
	public List<Evidence> waitingForDownload(int maxAttempts, int limit) {
		return evidence.waitingForDownload(maxAttempts, limit);
	}

	/** The file of a waiting piece came: its bytes are kept. Empty when there is no such piece. */
	@Transactional
	public Optional<Evidence> downloaded(long evidenceId, Path downloaded) {
		return evidence.findById(evidenceId).map(found -> {
			if (found.kept()) {
				return found;
			}
			var kept = store.keep(downloaded);
			return evidence.save(found.keptAs(kept.sha256(), kept.size(), now()));
		});
	}

	/** One more attempt to fetch a waiting piece failed; the piece with its attempts counted. */
	@Transactional
	public Optional<Evidence> downloadFailed(long evidenceId, String error) {
		return evidence.findById(evidenceId).filter(found -> !found.kept())
			.map(found -> evidence.save(found.downloadFailed(error)));
	}

	/**
	 * A description of a piece of evidence, by its sender or the coordinator: what it names is added
	 * to what was known (a correction of the page keeps the number), as a new description.
	 */
	@Transactional
	public DescribeOutcome describe(Official by, long evidenceId, DocumentFacts facts) {
		var found = inUnit(evidenceId);
		if (found.isEmpty()) {
			return Refused.because(RefusalReason.UNKNOWN_EVIDENCE);
		}
		var piece = found.get();
		if (piece.official().getId() != by.id() && !by.hasRole(Role.COORDINATOR)) {
			return Refused.because(RefusalReason.NOT_THE_SENDER);
		}
		if (facts == null || facts.empty()) {
			return Refused.because(RefusalReason.EMPTY_DESCRIPTION);
		}
		var earlier = descriptions.latest(AggregateReference.to(evidenceId));
		var known = facts.over(earlier.map(EvidenceKeeping::facts).orElse(DocumentFacts.NONE));
		var item = planItems.byId(new PlanItemId(piece.item().getId())).orElseThrow();
		describe(evidenceId, by, known, now());
		return new DescribeOutcome.Described(evidenceId, item, piece.fileName(), known, earlier.isPresent());
	}

	private void describe(long evidenceId, Official by, DocumentFacts facts, Instant at) {
		if (facts != null && !facts.empty()) {
			descriptions.save(new EvidenceDescription(null, AggregateReference.to(evidenceId), facts.documentNumber(),
					facts.documentDate(), facts.issuer(), facts.page(), AggregateReference.to(by.id()), at));
		}
	}

	/** The id of the latest piece of the item: the official's own, or anyone's for the coordinator. */
	@Transactional(readOnly = true)
	public Optional<Long> latestOf(String itemCode, Official by) {
		return planItems.byCode(itemCode).flatMap(item -> evidence.findByItemOrderByReceivedAtDesc(
				AggregateReference.to(item.id())).stream()
			.filter(e -> e.official().getId() == by.id() || by.hasRole(Role.COORDINATOR))
			.max(java.util.Comparator.comparing(Evidence::receivedAt).thenComparing(Evidence::id))
			.map(Evidence::id));
	}

	/** The item's evidence, newest first, each with its latest description; empty for an unknown item. */
	@Transactional(readOnly = true)
	public Optional<ItemEvidence> ofItem(String itemCode) {
		return planItems.byCode(itemCode).map(item -> {
			var described = descriptions.ofItem(item.id()).stream()
				.collect(Collectors.groupingBy(d -> d.evidence().getId()));
			var names = new java.util.HashMap<Long, String>();
			var pieces = new ArrayList<ItemEvidence.Piece>();
			for (var row : evidence.ofItem(item.id())) {
				var history = described.getOrDefault(row.id(), List.of());
				var latest = history.isEmpty() ? null : history.get(0);
				var describedBy = latest == null ? null : names.computeIfAbsent(latest.describedBy().getId(),
						id -> people.byId(new OfficialId(id)).map(Official::displayName).orElse(""));
				pieces.add(new ItemEvidence.Piece(row.id(), row.kind(), row.fileName(), row.caption(), row.receivedAt(),
						row.sentBy(), row.sha256() != null || row.kind() == EvidenceKind.TEXT, row.downloadAttempts(),
						latest == null ? DocumentFacts.NONE : facts(latest), history.size(), describedBy));
			}
			return new ItemEvidence(item, pieces);
		});
	}

	/** The latest description of a piece, {@link DocumentFacts#NONE} when it has none (or is another unit's). */
	@Transactional(readOnly = true)
	public DocumentFacts facts(long evidenceId) {
		return inUnit(evidenceId).flatMap(piece -> descriptions.latest(AggregateReference.to(evidenceId)))
			.map(EvidenceKeeping::facts).orElse(DocumentFacts.NONE);
	}

	/** Every description of a piece, newest first: its history of corrections. */
	@Transactional(readOnly = true)
	public List<EvidenceDescription> descriptions(long evidenceId) {
		return inUnit(evidenceId)
			.map(piece -> descriptions.findByEvidenceOrderByDescribedAtDescIdDesc(AggregateReference.to(evidenceId)))
			.orElse(List.of());
	}

	/** A piece of evidence by its id; empty for another unit's (a button's id comes from the client). */
	@Transactional(readOnly = true)
	public Optional<Evidence> byId(long evidenceId) {
		return inUnit(evidenceId);
	}

	/** The piece, when its item is one of the unit in scope's. */
	private Optional<Evidence> inUnit(long evidenceId) {
		return evidence.findById(evidenceId).filter(piece -> planItems.byId(new PlanItemId(piece.item().getId())).isPresent());
	}

	private static DocumentFacts facts(EvidenceDescription description) {
		return new DocumentFacts(description.documentNumber(), description.documentDate(), description.issuer(),
				description.page());
	}

	/** To the microsecond, what both H2 and PostgreSQL keep, so "latest" orders the same in both. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
