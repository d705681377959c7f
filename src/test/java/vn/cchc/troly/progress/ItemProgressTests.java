package vn.cchc.troly.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.TargetKind;

/**
 * Where each item stands is read from item_progress, kept with every report. Whatever the history
 * (figures, last year's figures, notes, proposed figures confirmed and declined, undos, several
 * reports in the same instant, the turn of the year), every item's situation must be exactly what the reports themselves say, worked out here
 * from the progress_report rows without item_progress.
 */
@RepositoryTest
@Import(ProgressTestConfiguration.class)
class ItemProgressTests {

	@Autowired ProgressManagement progress;
	@Autowired ItemSituation situations;
	@Autowired ItemProgress itemProgress;
	@Autowired StatusRule rule;
	@Autowired ItemStarts starts;
	@Autowired PeopleManagement people;
	@Autowired PlanFixture plan;
	@Autowired TestClock clock;
	@Autowired JdbcTemplate jdbc;

	PlanFixture.Seed seed;
	List<Official> officials;

	@BeforeEach
	void givenTheSeedPlanAndTwoOfficials() {
		clock.setLocal("2025-12-30T08:00");
		seed = plan.seed();
		officials = List.of(register(1, "Lan", PlanFixture.OFFICE, Role.OFFICIAL),
				register(3, "Hoa", "Chánh Văn phòng", Role.COORDINATOR));
	}

	@Test
	void aLongHistoryAcrossTheTurnOfTheYearGivesTheStatusesTheReportsThemselvesGive() {
		var random = new Random(20261127);
		var numeric = List.of("1.1", "2.2", "3.4", "4");
		var every = List.of("1.1", "1.2", "2.2", "3.4", "4");
		var undone = 0;
		var answers = 0;
		for (var step = 0; step < 400; step++) {
			var official = officials.get(random.nextInt(officials.size()));
			var choice = random.nextInt(100);
			if (choice < 45) {
				progress.recordFigure(new FigureRequest(official, pick(random, numeric), figure(random), false, null));
			}
			else if (choice < 55) {
				progress.recordFigure(new FigureRequest(official, pick(random, numeric), figure(random), true, null));
			}
			else if (choice < 72) {
				progress.recordNote(official, pick(random, every), "Ghi chú " + step, random.nextInt(3) == 0);
			}
			else if (choice < 80) {
				// Lan's figures on 1.1 and 4, which she does not lead, are proposals: the coordinator answers them.
				var open = jdbc.queryForList("""
						select r.id from progress_report r where r.kind = 'PROPOSAL'
						  and not exists (select 1 from progress_report a where a.proposal_id = r.id)
						  and not exists (select 1 from progress_report u where u.undoes_id = r.id)
						order by r.id""", Long.class);
				if (!open.isEmpty()) {
					var id = open.get(random.nextInt(open.size()));
					var answered = random.nextBoolean() ? progress.confirmProposal(officials.get(1), id, null)
							: progress.declineProposal(officials.get(1), id, null);
					answers += answered instanceof Refused ? 0 : 1;
				}
			}
			else if (progress.undoLast(official.officialId()) instanceof UndoOutcome.Undone) {
				undone++;
			}
			advance(random);
			if (step % 10 == 0 || step > 380) {
				var actual = situations.situations();
				assertThat(actual).as("step %d, %s", step, clock.instant()).isEqualTo(fromTheReports(actual));
			}
		}
		// Fewer than before proposals: a proposal the coordinator answered is not undone.
		assertThat(undone).as("undos happened").isGreaterThanOrEqualTo(15);
		assertThat(answers).as("proposals were confirmed and declined").isGreaterThanOrEqualTo(10);
		assertThat(LocalDate.ofInstant(clock.instant(), TroLyCchcApplication.ZONE).getYear()).as("the year turned")
			.isEqualTo(2026);
		// A year later the 2026 figures are last year's.
		clock.setLocal("2027-03-01T09:00");
		var actual = situations.situations();
		assertThat(actual).hasSize(5).isEqualTo(fromTheReports(actual));
	}

	@Test
	void rebuildingFromTheReportsAndTheMigrationGiveTheRowsKeptWithEachReport() throws IOException {
		var random = new Random(7);
		for (var step = 0; step < 150; step++) {
			var official = officials.get(step % 2);
			switch (random.nextInt(4)) {
				case 0 -> progress.recordFigure(new FigureRequest(official, "2.2", figure(random), false, null));
				case 1 -> progress.recordFigure(new FigureRequest(official, "4", figure(random), random.nextBoolean(), null));
				case 2 -> progress.recordNote(official, "1.2", "Ghi chú " + step, random.nextBoolean());
				default -> progress.undoLast(official.officialId());
			}
			advance(random);
		}
		var kept = itemProgress.rows();
		assertThat(kept).extracting(ItemProgress.Row::year).contains(2025, 2026);

		progress.rebuildItemProgress();
		assertThat(itemProgress.rows()).isEqualTo(kept);

		jdbc.update("delete from item_progress");
		var migration = new ClassPathResource("db/migration/V15__item_progress.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		var backfill = migration.substring(migration.indexOf("insert into item_progress"));
		for (var statement : backfill.split(";")) {
			if (!statement.isBlank()) {
				jdbc.update(statement);
			}
		}
		assertThat(itemProgress.rows()).isEqualTo(kept);
	}

	/** The situations of the same items as the reports give them: every row read, undone ones left out, by year. */
	private List<Situation> fromTheReports(List<Situation> shown) {
		var rows = jdbc.query("""
				select r.*, o.display_name, po.display_name as proposed_by
				from progress_report r join official o on o.id = r.official_id
				left join progress_report p on p.id = r.proposal_id left join official po on po.id = p.official_id
				order by r.reported_at, r.id""",
				(rs, n) -> new Report(rs.getLong("id"), rs.getLong("plan_item_id"), ReportKind.valueOf(rs.getString("kind")),
						rs.getBigDecimal("figure_value"), (Long) rs.getObject("figure_numerator", Long.class),
						(Long) rs.getObject("figure_denominator", Long.class), rs.getBoolean("last_year"),
						rs.getString("note"), rs.getBoolean("done"), (Long) rs.getObject("undoes_id", Long.class),
						rs.getObject("reported_at", OffsetDateTime.class).toInstant(), rs.getString("display_name"),
						rs.getString("proposed_by")));
		var undone = new HashSet<Long>();
		rows.stream().map(Report::undoes).filter(Objects::nonNull).forEach(undone::add);
		// A lead's "no" to a proposal is not a report on the item; a proposal is, but not a figure.
		var standing = rows.stream()
			.filter(r -> r.kind() != ReportKind.UNDO && r.kind() != ReportKind.DECLINE && !undone.contains(r.id()))
			.toList();
		var year = LocalDate.ofInstant(clock.instant(), TroLyCchcApplication.ZONE).getYear();
		var result = new ArrayList<Situation>();
		// When each item's reporting clock starts is not what these reports decide: the same as the application reads.
		var started = starts.of(shown.stream().map(Situation::item).toList());
		for (var item : shown.stream().map(Situation::item).toList()) {
			var percent = item.target().kind() == TargetKind.PERCENT;
			var mine = standing.stream().filter(r -> r.itemId() == item.id()).toList();
			var latest = latest(mine, r -> r.kind() == ReportKind.FIGURE && !r.lastYear() && r.year() == year);
			var flagged = latest(mine, r -> r.kind() == ReportKind.FIGURE && r.lastYear() && r.year() == year);
			var before = latest(mine, r -> r.kind() == ReportKind.FIGURE && !r.lastYear() && r.year() == year - 1);
			var lastYear = flagged != null ? flagged : before;
			var note = latest(mine, r -> r.kind() == ReportKind.NOTE && r.year() == year);
			var done = mine.stream().anyMatch(r -> r.kind() == ReportKind.NOTE && r.done() && r.year() == year);
			var last = mine.stream().map(Report::at).max(Comparator.naturalOrder()).orElse(null);
			var facts = new StatusRule.Facts(latest == null ? null : latest.figure(percent),
					lastYear == null ? null : lastYear.figure(percent), note != null, done, last,
					started.get(item.id()).leadJoinedAt(), started.get(item.id()).itemStartedAt());
			result.add(new Situation(item, facts.latest(), latest == null ? null : latest.at(),
					latest == null ? null : new FigureBy(latest.by(), latest.proposedBy()), facts.lastYear(),
					note == null ? null : note.note(), last, rule.evaluate(item, facts)));
		}
		return result;
	}

	private static Report latest(List<Report> reports, Predicate<Report> which) {
		// Reports come oldest first (time, then id): the last that matches is the latest.
		Report latest = null;
		for (var report : reports) {
			if (which.test(report)) {
				latest = report;
			}
		}
		return latest;
	}

	record Report(long id, long itemId, ReportKind kind, BigDecimal value, Long numerator, Long denominator,
			boolean lastYear, String note, boolean done, Long undoes, Instant at, String by, String proposedBy) {

		int year() {
			return LocalDate.ofInstant(at, TroLyCchcApplication.ZONE).getYear();
		}

		Figure figure(boolean percent) {
			return new Figure(value, numerator, denominator, percent);
		}
	}

	/** Often not at all (reports in the same instant), often minutes (within the undo window), sometimes days. */
	private void advance(Random random) {
		var choice = random.nextInt(10);
		if (choice < 3) {
			return;
		}
		clock.advance(choice < 7 ? Duration.ofMinutes(1 + random.nextInt(20))
				: choice < 9 ? Duration.ofHours(1 + random.nextInt(12)) : Duration.ofDays(1 + random.nextInt(3)));
	}

	private static String figure(Random random) {
		return random.nextInt(5) == 0 ? (40 + random.nextInt(10)) + "/50" : String.valueOf(90 + random.nextInt(10));
	}

	private static String pick(Random random, List<String> codes) {
		return codes.get(random.nextInt(codes.size()));
	}

	private Official register(long telegramUserId, String name, String position, Role role) {
		return Registrations.register(people, telegramUserId, name, position, role);
	}
}
