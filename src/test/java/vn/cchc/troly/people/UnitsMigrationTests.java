package vn.cchc.troly.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.cchc.troly.TestClock;
import vn.cchc.troly.TestDatabase;
import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.ItemStatus.Status;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.report.LeadershipGroup;
import vn.cchc.troly.report.PlanOverview;
import vn.cchc.troly.report.ReportQueries;
import vn.cchc.troly.report.Summaries;

/**
 * An installation made by the version before units (migrations up to V24) is upgraded: the
 * application starts on its database, Flyway takes it to the latest version, and everything it held
 * is in its one unit, nothing lost. On H2, and on PostgreSQL by the "postgres" surefire execution.
 */
@Tag("database")
class UnitsMigrationTests {

	private static final String UNIT = "UBND xã Phổ Châu";
	/** Every table the version before units had that holds a commune's data. */
	private static final List<String> TABLES = List.of("admin_unit", "job_position", "plan", "plan_section", "plan_rule",
			"plan_item", "plan_item_coordinator", "official", "official_role", "official_position", "invite",
			"progress_report", "item_progress", "evidence", "evidence_description", "leadership_group", "sent_summary",
			"sent_summary_item", "reminder", "reminder_item", "explanation", "explanation_answer", "dossier_complete",
			"dossier_gaps_from", "telegram_language");

	@Test
	void aOneUnitInstallationMigratesIntoItsUnitWithNothingLost() {
		var database = new Database("one_unit");
		var before = database.atVersion24(this::aCommuneAtWork);
		var rowsBefore = database.rows();
		var overviewBefore = database.overviewAsStored();

		try (var application = database.start()) {
			var after = database.rows();
			assertThat(after.keySet()).containsExactlyElementsOf(rowsBefore.keySet());
			rowsBefore.forEach((table, rows) -> assertThat(after.get(table)).as(table + ": every row, as it was")
				.containsExactlyElementsOf(rows));

			var jdbc = database.jdbc;
			assertThat(jdbc.queryForObject("select count(*) from admin_unit", Integer.class)).isOne();
			var unit = jdbc.queryForObject("select id from admin_unit", Long.class);
			for (var table : List.of("job_position", "official", "invite", "leadership_group", "sent_summary")) {
				assertThat(jdbc.queryForList("select distinct unit_id from " + table, Long.class))
					.as(table + " belongs to the unit").containsExactly(unit);
			}

			var plans = application.getBean(PlanManagement.class);
			assertThat(plans.currentPlan().orElseThrow().id()).as("the plan is still current").isEqualTo(before.planId());
			assertThat(plans.plans()).singleElement().satisfies(plan -> assertThat(plan.current()).isTrue());

			var people = application.getBean(PeopleManagement.class);
			var coordinator = people.findByTelegramUser(before.coordinatorUser()).orElseThrow();
			assertThat(coordinator.hasRole(Role.COORDINATOR)).isTrue();
			assertThat(coordinator.unit()).contains(new UnitId(unit));
			assertThat(people.withRole(Role.LEADER)).extracting(Official::displayName).containsExactly("Hoa");
			assertThat(people.activeOfficials()).extracting(Official::displayName)
				.containsExactly("An", "Bình", "Chi", "Dũng", "Hoa");

			// The coordinator's /tinhhinh: each item's figure, who gave it, when, and its leads, as stored.
			var overview = application.getBean(ReportQueries.class).overview();
			assertThat(shown(overview)).isEqualTo(overviewBefore);
			assertThat(status(overview, "2.2")).as("98,5 > 98 (Chi's figure, confirmed by An)").isEqualTo(Status.MET);
			assertThat(status(overview, "1.1")).as("Bình's figure was undone").isEqualTo(Status.NO_DATA);

			// What waits still waits; the group, last week's summary and the unused invite still work.
			var explanations = application.getBean(Explanations.class);
			assertThat(explanations.waiting()).singleElement().satisfies(x -> assertThat(x.itemCode()).isEqualTo("1.1"));
			assertThat(application.getBean(LeadershipGroup.class).current().orElseThrow().chatId()).isEqualTo(-100123L);
			assertThat(application.getBean(Summaries.class).compose().comparedWithWeek()).isEqualTo("2026-W20");
			var joined = people.redeem("migrated-invite", 770_099, "Em", null);
			assertThat(joined).isInstanceOfSatisfying(RedeemOutcome.Registered.class,
					registered -> assertThat(registered.official().unit()).contains(new UnitId(unit)));
			assertThat(application.getBean(ProgressManagement.class).myItems(coordinator)).isNotEmpty();
		}
	}

	@Test
	void invitesMadeBeforeAnyPlanGetOneUnnamedUnitThatTheFirstPlanNames() {
		var database = new Database("before_plan");
		database.atVersion24(this::invitesOnly);
		var positionsBefore = database.jdbc.queryForObject("select count(*) from job_position", Integer.class);

		try (var application = database.start()) {
			var jdbc = database.jdbc;
			assertThat(jdbc.queryForList("select name from admin_unit", String.class)).as("one unit, not named yet")
				.containsExactly((String) null);
			var unit = jdbc.queryForObject("select id from admin_unit", Long.class);
			assertThat(jdbc.queryForList("select distinct unit_id from job_position", Long.class)).containsExactly(unit);
			assertThat(jdbc.queryForList("select distinct unit_id from official", Long.class)).containsExactly(unit);
			assertThat(jdbc.queryForList("select distinct unit_id from invite", Long.class)).containsExactly(unit);

			var imported = application.getBean(PlanManagement.class)
				.importPlan(Path.of("src/test/resources/plans/pho-chau-2024.txt"), null);

			assertThat(imported.unitName()).isEqualTo(UNIT);
			assertThat(jdbc.queryForList("select id from admin_unit", Long.class)).as("the plan named it, made no other")
				.containsExactly(unit);
			assertThat(jdbc.queryForObject("select name from admin_unit", String.class)).isEqualTo(UNIT);
			assertThat(jdbc.queryForObject("select count(*) from job_position where match_key = ?", Integer.class,
					PositionNames.matchKey("Văn phòng - Thống kê"))).as("the coordinator's position, found again").isOne();
			assertThat(jdbc.queryForObject("select count(*) from job_position", Integer.class))
				.isGreaterThan(positionsBefore);
			var coordinator = application.getBean(PeopleManagement.class).findByTelegramUser(770_004).orElseThrow();
			assertThat(application.getBean(ProgressManagement.class).myItems(coordinator)).extracting(my -> my.item().code())
				.contains("2.2");
			var leader = application.getBean(PeopleManagement.class).redeem("leader-invite", 770_005, "Hoa", null);
			assertThat(leader).isInstanceOf(RedeemOutcome.Registered.class);
		}
	}

	/** The ids a test checks against after the upgrade. */
	record Made(long planId, long coordinatorUser) {
	}

	/**
	 * A commune's year so far, as the version before units wrote it: its plan (1.1 a count, 1.2
	 * qualitative, 2.2 a percentage), five officials and one who left, invites used and one not,
	 * figures, a note, a proposal confirmed, an undo, evidence with its description, the leadership
	 * group, last week's summary, a reminder, two requests for an explanation (one answered), a
	 * dossier mark and the day gaps count from.
	 */
	private Made aCommuneAtWork(Rows rows) {
		var unit = rows.insert("insert into admin_unit (name, time_zone) values (?, ?)", UNIT, "Asia/Ho_Chi_Minh");
		var office = rows.position("Văn phòng - Thống kê");
		var culture = rows.position("Văn hóa - xã hội");
		var oneStop = rows.position("Bộ phận Một cửa xã");
		var chair = rows.position("Chủ tịch UBND xã");
		var plan = rows.insert("""
				insert into plan (unit_id, number, title, plan_year, issued_on, source_name, imported_at)
				values (?, ?, ?, ?, ?, ?, ?)""", unit, "12/KH-UBND", "Khắc phục hạn chế CCHC năm 2025", 2026, null,
				"ke-hoach-2026.docx", at("2026-01-05T08:00"));
		rows.update("insert into plan_section (plan_id, idx, code, title) values (?, 0, '1', 'Công tác chỉ đạo, điều hành')", plan);
		rows.update("insert into plan_section (plan_id, idx, code, title) values (?, 1, '2', 'Cải cách thủ tục hành chính')", plan);
		rows.update("insert into plan_rule (plan_id, idx, code, text) values (?, 0, '1', 'Báo cáo hằng tuần')", plan);
		var count = rows.item(plan, "1.1", 1, "1", "Sáng kiến cải cách hành chính", "COUNT", "GE", "1", "sáng kiến", culture);
		var note = rows.item(plan, "1.2", 2, "1", "Thực hiện nhiệm vụ cấp trên giao", "QUALITATIVE", null, null, null, office);
		var percent = rows.item(plan, "2.2", 3, "2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "PERCENT", "GT", "98", "%", office);
		rows.update("insert into plan_item_coordinator (plan_item_id, idx, position_id) values (?, 0, ?)", percent, oneStop);

		var dung = rows.official(770_001, "Dũng", true, "COORDINATOR", office);
		var an = rows.official(770_002, "An", true, "OFFICIAL", office);
		var binh = rows.official(770_003, "Bình", true, "OFFICIAL", culture);
		var hoa = rows.official(770_004, "Hoa", true, "LEADER", chair);
		var chi = rows.official(770_005, "Chi", true, "OFFICIAL", oneStop);
		rows.official(770_006, "Giang", false, "OFFICIAL", culture);
		for (var used : List.of(new long[] { dung, office }, new long[] { an, office }, new long[] { binh, culture },
				new long[] { hoa, chair }, new long[] { chi, oneStop })) {
			rows.invite(UUID.randomUUID().toString(), used[1], "OFFICIAL", dung, at("2026-01-06T08:00"), used[0]);
		}
		rows.invite("migrated-invite", office, "OFFICIAL", dung, at("2026-05-19T08:00"), null);

		rows.report(percent, an, "FIGURE", "96", null, at("2026-02-10T09:00"), null, null);
		rows.report(percent, an, "FIGURE", "97.5", null, at("2026-03-10T09:00"), null, null);
		var proposal = rows.report(percent, chi, "PROPOSAL", "98.5", null, at("2026-04-10T09:00"), null, null);
		rows.report(percent, an, "FIGURE", "98.5", null, at("2026-04-10T10:00"), null, proposal);
		rows.report(note, an, "NOTE", null, "Đã triển khai đủ nhiệm vụ quý I", at("2026-04-15T09:00"), null, null);
		var undone = rows.report(count, binh, "FIGURE", "1", null, at("2026-05-12T09:00"), null, null);
		rows.report(count, binh, "UNDO", null, null, at("2026-05-12T09:05"), undone, null);
		rows.itemProgressAsV15Kept();

		var file = rows.insert("""
				insert into evidence (plan_item_id, official_id, telegram_file_id, file_unique_id, file_name, mime_type, kind,
				    caption, received_at, sha256, size_bytes, stored_at, download_attempts)
				values (?, ?, 'file-1', 'unique-1', 'quyet-dinh.pdf', 'application/pdf', 'DOCUMENT', '2.2 quyết định', ?,
				    'aa11', 1234, ?, 1)""", percent, an, at("2026-04-11T09:00"), at("2026-04-11T09:00"));
		rows.insert("""
				insert into evidence (plan_item_id, official_id, file_name, mime_type, kind, caption, received_at, content,
				    download_attempts)
				values (?, ?, 'ghi-chu-1.2.txt', 'text/plain', 'TEXT', 'Báo cáo', ?, 'Báo cáo đầy đủ', 0)""", note, an,
				at("2026-04-16T09:00"));
		rows.insert("""
				insert into evidence_description (evidence_id, document_number, document_date, issuer, page, described_by,
				    described_at)
				values (?, '12/QĐ-UBND', ?, 'UBND xã', '2', ?, ?)""", file, java.time.LocalDate.of(2026, 4, 1), an,
				at("2026-04-11T09:10"));

		rows.insert("insert into leadership_group (chat_id, title, set_by, set_at) values (-100123, 'Lãnh đạo UBND xã', ?, ?)",
				dung, at("2026-01-07T08:00"));
		var summary = rows.insert("""
				insert into sent_summary (week_key, chat_id, sent_at, manual, posted_by, content)
				values ('2026-W20', -100123, ?, false, null, '{}')""", at("2026-05-15T16:00"));
		rows.update("""
				insert into sent_summary_item (sent_summary_id, plan_item_id, item_code, status, overdue, stale,
				    figure_value, figure_numerator, figure_denominator)
				values (?, ?, '2.2', 'MET', false, false, 98.5, null, null)""", summary, percent);
		var reminder = rows.insert("""
				insert into reminder (kind, official_id, period_key, once_key, issued_at)
				values ('PERIOD', ?, '2026-W20', ?, ?)""", binh, "PERIOD|2026-W20|" + binh, at("2026-05-14T09:00"));
		rows.update("insert into reminder_item (reminder_id, idx, plan_item_id, item_code) values (?, 0, ?, '1.1')",
				reminder, count);
		var asked = rows.insert("insert into explanation (plan_item_id, asked_by, note, asked_at) values (?, ?, ?, ?)", percent,
				hoa, "Vì sao tháng 3 chưa đạt?", at("2026-03-12T08:00"));
		rows.insert("insert into explanation_answer (explanation_id, answered_by, text, answered_at) values (?, ?, ?, ?)",
				asked, an, "Hệ thống một cửa bị lỗi hai tuần", at("2026-03-12T15:00"));
		rows.insert("insert into explanation (plan_item_id, asked_by, note, asked_at) values (?, ?, null, ?)", count, hoa,
				at("2026-05-18T08:00"));
		rows.insert("insert into dossier_complete (plan_item_id, complete, marked_by, marked_at) values (?, true, ?, ?)",
				note, dung, at("2026-04-20T08:00"));
		rows.insert("insert into dossier_gaps_from (plan_id, from_date, set_by, set_at) values (?, ?, ?, ?)", plan,
				java.time.LocalDate.of(2026, 9, 1), dung, at("2026-04-20T08:00"));
		rows.update("insert into telegram_language (user_id, language, chosen_at) values (770002, 'en', ?)",
				at("2026-01-06T09:00"));
		return new Made(plan, 770_001);
	}

	/** A fresh installation whose operator invited the coordinator before importing any plan. */
	private Made invitesOnly(Rows rows) {
		var office = rows.position("Văn phòng - Thống kê");
		var chair = rows.position("Chủ tịch UBND xã");
		var dung = rows.official(770_004, "Dũng", true, "COORDINATOR", office);
		rows.invite(UUID.randomUUID().toString(), office, "COORDINATOR", null, at("2026-05-18T08:00"), dung);
		rows.invite("leader-invite", chair, "LEADER", dung, at("2026-05-19T08:00"), null);
		return new Made(0, 770_004);
	}

	/** Each item's figure, who gave it, when it was last reported and its leads, as /tinhhinh lists them. */
	private static Map<String, List<Object>> shown(PlanOverview overview) {
		var shown = new TreeMap<String, List<Object>>();
		overview.sections().stream().flatMap(section -> section.items().stream()).forEach(line -> {
			var situation = line.situation();
			shown.put(line.code(), List.of(
					situation.latest() == null ? "" : situation.latest().value().stripTrailingZeros().toPlainString(),
					situation.latestBy() == null ? "" : situation.latestBy().recordedBy(),
					situation.lastReportAt() == null ? "" : situation.lastReportAt().toString(), String.join(",", line.leads())));
		});
		return shown;
	}

	private static Status status(PlanOverview overview, String code) {
		return overview.sections().stream().flatMap(section -> section.items().stream())
			.filter(line -> line.code().equals(code)).findFirst().orElseThrow().situation().status().status();
	}

	private static OffsetDateTime at(String local) {
		return LocalDateTime.parse(local).atZone(TroLyCchcApplication.ZONE).toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
	}

	/** Inserts rows as the version before units did. */
	static final class Rows {

		private final JdbcTemplate jdbc;

		Rows(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		long insert(String sql, Object... args) {
			var keys = new GeneratedKeyHolder();
			jdbc.update(connection -> {
				var statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
				for (int i = 0; i < args.length; i++) {
					statement.setObject(i + 1, args[i]);
				}
				return statement;
			}, keys);
			return ((Number) keys.getKeyList().get(0).get("id")).longValue();
		}

		void update(String sql, Object... args) {
			jdbc.update(sql, args);
		}

		long position(String name) {
			return insert("insert into job_position (name, match_key, kind) values (?, ?, ?)", name,
					PositionNames.matchKey(name), PositionNames.kindOf(name).name());
		}

		long item(long plan, String code, int ordinal, String section, String title, String kind, String comparator,
				String value, String unit, long lead) {
			return insert("""
					insert into plan_item (plan_id, code, ordinal, section_code, title, target_text, target_kind,
					    target_comparator, target_value, target_unit, target_per_year, lead_position_id, lead_text,
					    timeframe_text, timeframe_from_year, timeframe_recurring, timeframe_deadline, timeframe_repeats)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, 'Công chức', 'Năm 2026 và các năm sau', 2026, true, ?,
					    'YEAR')""", plan, code, ordinal, section, title, title, kind, comparator,
					value == null ? null : new BigDecimal(value), unit, lead, java.time.LocalDate.of(2026, 12, 31));
		}

		long official(long telegramUser, String name, boolean active, String role, long position) {
			var id = insert("""
					insert into official (telegram_user_id, display_name, username, active, registered_at)
					values (?, ?, null, ?, ?)""", telegramUser, name, active, at("2026-01-06T08:00"));
			update("insert into official_role (official_id, role) values (?, ?)", id, role);
			update("insert into official_position (official_id, position_id) values (?, ?)", id, position);
			return id;
		}

		void invite(String code, long position, String role, Long createdBy, OffsetDateTime createdAt, Long usedBy) {
			insert("""
					insert into invite (code_hash, position_id, role, created_by, created_at, expires_at, used_at, used_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)""", InviteCodes.hash(code), position, role, createdBy, createdAt,
					createdAt.plusYears(5), usedBy == null ? null : createdAt.plusHours(1), usedBy);
		}

		long report(long item, long official, String kind, String figure, String note, OffsetDateTime at, Long undoes,
				Long proposal) {
			return insert("""
					insert into progress_report (plan_item_id, official_id, kind, figure_value, last_year, note, done,
					    undoes_id, reported_at, source, proposal_id)
					values (?, ?, ?, ?, false, ?, false, ?, ?, 'migration-test', ?)""", item, official, kind,
					figure == null ? null : new BigDecimal(figure), note, undoes, at, proposal);
		}

		/** item_progress as the application kept it: V15's own backfill, from the reports. */
		void itemProgressAsV15Kept() {
			String script;
			try {
				script = new ClassPathResource("db/migration/V15__item_progress.sql").getContentAsString(StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
			for (var statement : script.substring(script.indexOf("insert into item_progress")).split(";")) {
				if (!statement.isBlank()) {
					jdbc.execute(statement);
				}
			}
		}
	}

	/** A database of its own: H2 in memory, or a fresh schema on PostgreSQL. */
	static final class Database {

		private final String url;
		private final String user;
		private final String password;
		final JdbcTemplate jdbc;

		Database(String name) {
			if (TestDatabase.postgres()) {
				url = TestDatabase.urlFor("units_migration_" + name);
				user = TestDatabase.user();
				password = TestDatabase.password();
			}
			else {
				url = "jdbc:h2:mem:units-migration-" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
				user = "sa";
				password = "";
			}
			jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
		}

		/** Migrated up to V24 (the version before units), then filled as that version did. */
		Made atVersion24(java.util.function.Function<Rows, Made> fill) {
			Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("24").load()
				.migrate();
			return fill.apply(new Rows(jdbc));
		}

		/** The application started on the database: its Flyway takes it to the latest version. */
		ConfigurableApplicationContext start() {
			// As arguments: they come before application.yml's file database, as defaults would not.
			var context = new SpringApplicationBuilder(TroLyCchcApplication.class, TestClock.Config.class)
				.web(WebApplicationType.NONE)
				.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
						"--spring.datasource.password=" + password, "--telegrambots.enabled=false",
						"--troly.report.scheduling-enabled=false");
			context.getBean(TestClock.class).setLocal("2026-05-20T09:00");
			return context;
		}

		/** Every row of every table, in the columns the version before units had, in id order. */
		Map<String, List<Map<String, Object>>> rows() {
			var rows = new LinkedHashMap<String, List<Map<String, Object>>>();
			for (var table : TABLES) {
				// The columns are read the first time, at V24: a later version's new columns are not compared.
				var columns = columnsAtVersion24.computeIfAbsent(table, this::columnNames);
				var all = jdbc.queryForList("select " + String.join(", ", columns) + " from " + table + " order by "
						+ String.join(", ", columns));
				rows.put(table, all.stream().map(row -> (Map<String, Object>) new HashMap<>(lowerCased(row))).toList());
			}
			return rows;
		}

		private final Map<String, List<String>> columnsAtVersion24 = new HashMap<>();

		private List<String> columnNames(String table) {
			return jdbc.query("select * from " + table + " where 1 = 0", resultSet -> {
				var meta = resultSet.getMetaData();
				var names = new java.util.ArrayList<String>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					// Bytes and large text compare poorly as objects and order poorly; counts and the rest suffice.
					if (meta.getColumnType(i) != java.sql.Types.BLOB && meta.getColumnType(i) != java.sql.Types.BINARY
							&& meta.getColumnType(i) != java.sql.Types.VARBINARY) {
						names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
					}
				}
				return names;
			});
		}

		private static Map<String, Object> lowerCased(Map<String, Object> row) {
			var lower = new HashMap<String, Object>();
			row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
			return lower;
		}

		/** Each item's figure, who gave it, when it was last reported and its leads, read from the rows. */
		Map<String, List<Object>> overviewAsStored() {
			var shown = new TreeMap<String, List<Object>>();
			jdbc.query("""
					select i.code, r.figure_value, o.display_name, p.last_report_at
					from plan_item i
					left join item_progress p on p.plan_item_id = i.id and p.report_year = 2026
					left join progress_report r on r.id = p.figure_id
					left join official o on o.id = r.official_id
					""", resultSet -> {
				var value = resultSet.getBigDecimal("figure_value");
				var last = resultSet.getObject("last_report_at", OffsetDateTime.class);
				var leads = String.join(",", jdbc.queryForList("""
						select o.display_name from plan_item i
						join official_position h on h.position_id = i.lead_position_id
						join official o on o.id = h.official_id and o.active
						where i.code = ? order by o.display_name""", String.class, resultSet.getString("code")));
				shown.put(resultSet.getString("code"), List.of(
						value == null ? "" : value.stripTrailingZeros().toPlainString(),
						resultSet.getString("display_name") == null ? "" : resultSet.getString("display_name"),
						last == null ? "" : Instant.from(last).toString(), leads));
			});
			return shown;
		}
	}
}
