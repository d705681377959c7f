package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.TroLyCchcApplication;

/**
 * Exactly one summary per week and group, with the event publication registry on and real
 * commits: the bot down at Friday 16:00, polls after, two instances on one database.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({ TestClock.Config.class, PlanFixture.class, ReportScenario.class, SummaryPostingTests.Listener.class })
@TestPropertySource(properties = { "telegrambots.enabled=false", "troly.report.scheduling-enabled=false",
		"spring.datasource.url=jdbc:h2:mem:report-posting;DB_CLOSE_DELAY=-1" })
class SummaryPostingTests {

	static final long GROUP = -1001234L;
	// Module listeners run asynchronously after the commit.
	static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired Summaries summaries;
	@Autowired LeadershipGroup leadership;
	@Autowired Received received;
	@Autowired TestClock clock;
	@Autowired JdbcTemplate jdbc;

	// For a second instance of the service on the same database.
	@Autowired SummaryComposer composer;
	@Autowired SummaryChart chart;
	@Autowired SentSummaryRepository sent;
	@Autowired ReportSettings settings;
	@Autowired ApplicationEventPublisher events;
	@Autowired PlatformTransactionManager transactions;
	@Autowired vn.cchc.troly.people.UnitScope scope;

	@Autowired ReportScenario scenario;

	@BeforeEach
	void givenThePlanAndTheLeadershipGroup() {
		for (var table : List.of("event_publication", "reminder_item", "reminder", "sent_summary_item", "sent_summary",
				"leadership_group", "evidence", "item_progress", "progress_report", "invite", "official_position", "official_role",
				"official", "plan_item_coordinator", "plan_item", "plan_section", "plan_rule", "plan", "job_position",
				"admin_unit")) {
			jdbc.update("delete from " + table);
		}
		received.events.clear();
		scenario.givenThePlanAndItsPeople();
		leadership.set(GROUP, "Lãnh đạo UBND xã", scenario.hoa.id());
		scenario.givenTheWeekSoFar(null);
	}

	@Test
	void aSummaryMissedWhileDownIsPostedOnceOnReturnAndTheNextWeekGetsItsOwn() {
		scenario.at("2026-11-27T15:59");
		assertThat(summaries.postIfDue()).as("not before Friday 16:00").isEmpty();

		// Down at 16:00 on Friday; back on Saturday morning.
		scenario.at("2026-11-28T08:30");
		var posted = summaries.postIfDue().orElseThrow();
		assertThat(posted.weekKey()).isEqualTo("2026-W48");
		assertThat(posted.chatId()).isEqualTo(GROUP);

		scenario.at("2026-11-28T08:31");
		assertThat(summaries.postIfDue()).as("the next poll").isEmpty();
		assertThat(summaries.postNow(scenario.hoa.id())).isEqualTo(new PostOutcome.AlreadyPosted(posted.summaryId(),
				GROUP, "2026-W48", LocalDateTime.parse("2026-11-28T08:30").atZone(TroLyCchcApplication.ZONE).toInstant()));

		scenario.at("2026-12-04T16:00");
		var nextWeek = summaries.postIfDue().orElseThrow();
		assertThat(nextWeek.weekKey()).isEqualTo("2026-W49");

		assertThat(sentRows()).isEqualTo(2);
		await().atMost(WAIT).untilAsserted(() -> assertThat(received.events).extracting(WeeklySummaryPosted::weekKey)
			.containsExactlyInAnyOrder("2026-W48", "2026-W49"));
		assertThat(summaries.summary(nextWeek.summaryId()).orElseThrow().comparedWithWeek()).isEqualTo("2026-W48");
	}

	@Test
	void twoInstancesOnOneDatabasePostOnce() {
		var other = new Summaries(composer, chart, sent, leadership, settings, events, transactions, scope, clock);
		scenario.at("2026-11-27T16:00:05");

		// Both saw nothing posted yet and both try to record the week's summary.
		var first = summaries.claim("2026-W48", GROUP, false, null);
		var second = other.claim("2026-W48", GROUP, false, null);
		var restarted = other.postIfDue();

		assertThat(first).isPresent();
		assertThat(second).as("turned away by the unique key").isEmpty();
		assertThat(restarted).isEmpty();
		assertThat(sentRows()).isEqualTo(1);
		await().atMost(WAIT).untilAsserted(() -> assertThat(received.events).extracting(WeeklySummaryPosted::summaryId)
			.containsExactly(first.get().summaryId()));
		await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%WeeklySummaryPosted' and completion_date is not null
				""", Integer.class)).as("stored in the registry and completed").isEqualTo(1));
		assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isEqualTo(1);
	}

	@Test
	void postNowCountsAsTheWeeksSummary() {
		scenario.at("2026-11-25T11:00");
		var posted = summaries.postNow(scenario.hoa.id());
		assertThat(posted).isInstanceOf(PostOutcome.Posted.class);

		scenario.at("2026-11-27T16:00");
		assertThat(summaries.postIfDue()).as("Friday's slot").isEmpty();
		assertThat(summaries.postedThisWeek()).isPresent();
		await().atMost(WAIT).untilAsserted(() -> assertThat(received.events).hasSize(1));
		assertThat(jdbc.queryForObject("select manual from sent_summary", Boolean.class)).isTrue();
	}

	@Test
	void theRehearsalBeforeTheSlotRecordsAndSendsNothingAndTheSlotStillPostsTheSummary() {
		var minute = Duration.ofMinutes(1);
		scenario.at("2026-11-27T15:58:30");
		assertThat(summaries.comesWithin(null, minute)).as("Friday 16:00 is more than a poll away").isFalse();

		scenario.at("2026-11-27T15:59:30");
		assertThat(summaries.comesWithin(null, minute)).isTrue();
		assertThat(summaries.rehearse(null)).isTrue();
		assertThat(sentRows()).isZero();

		scenario.at("2026-11-27T16:00:10");
		assertThat(summaries.comesWithin(null, minute)).as("due already: the poll posts it").isFalse();
		var posted = summaries.postIfDue().orElseThrow();
		await().atMost(WAIT).untilAsserted(() -> assertThat(received.events).extracting(WeeklySummaryPosted::summaryId)
			.containsExactly(posted.summaryId()));
		assertThat(sentRows()).isEqualTo(1);
	}

	@Test
	void withoutALeadershipGroupNothingIsPosted() {
		jdbc.update("delete from leadership_group");

		assertThat(summaries.postIfDue()).isEmpty();
		assertThat(summaries.postNow(scenario.hoa.id())).isEqualTo(new PostOutcome.NoLeadershipGroup());
		assertThat(summaries.rehearse(null)).as("nothing to rehearse for").isFalse();
		assertThat(sentRows()).isZero();
	}

	private int sentRows() {
		return jdbc.queryForObject("select count(*) from sent_summary", Integer.class);
	}

	/** What the chat adapter would hear: each summary once its transaction has committed. */
	record Received(List<WeeklySummaryPosted> events) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listener {

		@Bean
		Received received() {
			return new Received(new CopyOnWriteArrayList<>());
		}

		@Bean
		AdapterStandIn adapterStandIn(Received received) {
			return new AdapterStandIn(received);
		}
	}

	static class AdapterStandIn {

		private final Received received;

		AdapterStandIn(Received received) {
			this.received = received;
		}

		@ApplicationModuleListener
		void on(WeeklySummaryPosted event) {
			received.events().add(event);
		}
	}
}
