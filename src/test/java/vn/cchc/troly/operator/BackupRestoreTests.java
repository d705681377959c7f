package vn.cchc.troly.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import vn.cchc.troly.ApplicationProcess;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.chat.oversight.StoredEvidence;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.EvidenceStore;
import vn.cchc.troly.report.DossierScope;
import vn.cchc.troly.report.DossierService;

/**
 * {@code backup FILE} while the application runs, and {@code restore FILE} after it stopped, each
 * as its own {@code java} process run as the jar runs ({@link ApplicationProcess}), against an H2
 * file database opened with the default URL's options (application.yml: AUTO_SERVER=TRUE,
 * WRITE_DELAY=0): the running application serves it on 127.0.0.1 only, the backup holds what was
 * there when it ran, the restore brings exactly that back, down to the year-end dossier built from it.
 */
class BackupRestoreTests {

	@TempDir
	Path folder;

	private Process running;

	@AfterEach
	void stop() throws Exception {
		if (running != null && running.isAlive()) {
			running.destroy();
			running.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aBackupTakenWhileTheBotRunsIsRestoredAfterwards() throws Exception {
		var url = defaultUrlIn(folder);
		var backup = folder.resolve("sao luu 'một'.sql.gz");
		running = java(url).start();
		// Generous: on two cores shared with other builds a start has taken a minute.
		ApplicationProcess.awaitStarted(running, Duration.ofMinutes(3));

		var lock = new Properties();
		try (var in = Files.newInputStream(folder.resolve("troly.lock.db"))) {
			lock.load(in);
		}
		var port = Integer.parseInt(lock.getProperty("server").replaceFirst(".*:", ""));
		assertThat(listeningAddresses(port)).as("where H2's auto-server listens").isNotEmpty()
			.containsOnly("127.0.0.1");

		insertPosition(url, "Trước sao lưu");
		var scan = keepEvidence(new byte[300_000]);
		var backedUp = run(url, "backup", backup.toString());
		assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
		assertThat(backedUp.output()).contains("Đã sao lưu vào").contains("Đã sao lưu 1 tệp minh chứng (300.000 byte)");
		assertThat(folder.resolve("sao luu 'một'.sql.gz.evidence.zip")).isRegularFile();
		insertPosition(url, "Sau sao lưu");
		assertThat(run(url, "backup", backup.toString()).output()).as("never overwrites").contains("đã có");

		running.destroy();
		assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
		// The disk that held the evidence is lost; a file kept later stays.
		var scanBytes = Files.readAllBytes(scan);
		Files.delete(scan);
		var later = keepEvidence("kept after the backup".getBytes(StandardCharsets.UTF_8));
		var restored = run(url, "restore", backup.toString());

		assertThat(restored.exitCode()).as(restored.output()).isZero();
		assertThat(positions(url)).contains("Trước sao lưu").doesNotContain("Sau sao lưu");
		assertThat(restored.output()).contains("Đã đưa 1 tệp minh chứng");
		assertThat(Files.readAllBytes(scan)).as("the same bytes, under the same SHA-256").isEqualTo(scanBytes);
		assertThat(later).isRegularFile();
		assertThat(count(url, "select count(*) from \"flyway_schema_history\" where \"success\"")).isGreaterThan(5);
	}

	/**
	 * Issue 14's promise: the dossier built after the database and the evidence folder are lost and
	 * restored from a backup is the dossier built before (the same files, byte for byte, and the same
	 * index). The dossier is built in this JVM on the database file, with the clock fixed (the index
	 * says when it was made); backup and restore run as the operator runs them.
	 */
	@Test
	void aRestoreFromBackupYieldsTheSameDossier() throws Exception {
		var url = defaultUrlIn(folder);
		var backup = folder.resolve("hoso.sql.gz");
		DossierFiles before;
		try (var application = application(url)) {
			application.getBean(PlanManagement.class).importPlan(PlanCommandsTests.SEED, null);
			var jdbc = application.getBean(JdbcClient.class);
			var evidence = new StoredEvidence(jdbc, application.getBean(EvidenceStore.class));
			var van = official(jdbc, "Vân");
			var decision = evidence.file("3.1", van, "DOCUMENT", "qd-45.pdf", 100_000, 1, Instant.parse("2024-03-13T02:00:00Z"));
			evidence.describe(decision, van, "45/QĐ-UBND", LocalDate.of(2024, 3, 12), "UBND xã Phổ Châu", "trang 2",
					Instant.parse("2024-03-13T02:01:00Z"));
			var annex = evidence.file("3.1", van, "DOCUMENT", "phu-luc.pdf", 90_000, 2, Instant.parse("2024-03-14T02:00:00Z"));
			evidence.describe(annex, van, "45/QĐ-UBND", LocalDate.of(2024, 3, 12), null, "phụ lục",
					Instant.parse("2024-03-14T02:01:00Z"));
			var report = evidence.file("2.2", van, "DOCUMENT", "bao-cao.docx", 60_000, 3, Instant.parse("2024-06-03T02:00:00Z"));
			evidence.describe(report, van, "12/BC-UBND", LocalDate.of(2024, 6, 1), "UBND xã Phổ Châu", null,
					Instant.parse("2024-06-03T02:01:00Z"));
			before = dossier(application);
		}
		assertThat(before.files()).as("the three pieces of evidence, described").hasSize(3)
			.containsValues(sha(bytes(100_000, 1)), sha(bytes(90_000, 2)), sha(bytes(60_000, 3)));
		assertThat(before.files().keySet()).as("the annex, named by its number and date")
			.anyMatch(name -> name.endsWith("/2024-03-12 45-QĐ-UBND (2).pdf"));
		assertThat(before.index().toString()).contains("45/QĐ-UBND").contains("12/BC-UBND").contains("12/03/2024");

		var backedUp = run(url, "backup", backup.toString());
		assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
		// The disk is lost: the database and every evidence file.
		Files.delete(folder.resolve("troly.mv.db"));
		FileSystemUtils.deleteRecursively(folder.resolve("evidence"));
		var restored = run(url, "restore", backup.toString());
		assertThat(restored.exitCode()).as(restored.output()).isZero();

		try (var application = application(url)) {
			var after = dossier(application);
			assertThat(after.files()).as("the same files by name and SHA-256").isEqualTo(before.files());
			assertThat(after.folders()).isEqualTo(before.folders());
			assertThat(after.index()).as("the same index, cell by cell").isEqualTo(before.index());
		}
	}

	/** Every file of a dossier (by its name in the .zip: SHA-256), its folders and its index's cells (sheet: rows). */
	private record DossierFiles(Map<String, String> files, Set<String> folders, Map<String, List<List<String>>> index) {
	}

	/** The whole 2024 dossier in one .zip, read as a user's unzip tool and spreadsheet would, then deleted. */
	private static DossierFiles dossier(ConfigurableApplicationContext application) throws Exception {
		var dossier = application.getBean(DossierService.class)
			.build(new DossierScope.Year(2024), Locale.forLanguageTag("vi"), 1L << 30).orElseThrow();
		assertThat(dossier.parts()).hasSize(1);
		var zip = dossier.parts().get(0).file();
		var files = new TreeMap<String, String>();
		var folders = new TreeSet<String>();
		Map<String, List<List<String>>> index = null;
		try (var in = new ZipInputStream(Files.newInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				var bytes = in.readAllBytes();
				if (entry.getName().equals("Mục lục hồ sơ.xlsx")) {
					index = cells(bytes);
				}
				else if (entry.isDirectory()) {
					folders.add(entry.getName());
				}
				else {
					files.put(entry.getName(), sha(bytes));
				}
			}
		}
		Files.delete(zip);
		assertThat(index).as("the index workbook").isNotNull();
		return new DossierFiles(files, folders, index);
	}

	/** A workbook's cells as shown (xlsx bytes differ by the time they were written). */
	private static Map<String, List<List<String>>> cells(byte[] xlsx) throws Exception {
		var shown = new DataFormatter(Locale.forLanguageTag("vi"));
		var sheets = new LinkedHashMap<String, List<List<String>>>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (var sheet : workbook) {
				var rows = new ArrayList<List<String>>();
				for (var row : sheet) {
					var cells = new ArrayList<String>();
					row.forEach(cell -> cells.add(cell.getAddress() + "=" + shown.formatCellValue(cell)));
					rows.add(cells);
				}
				sheets.put(sheet.getSheetName(), rows);
			}
		}
		return sheets;
	}

	/**
	 * The application in this JVM on the database file and the evidence folder the operator commands
	 * use, without the bot, the sandbox or the schedules, its clock fixed on 20/12/2024. Without
	 * AUTO_SERVER: nothing else opens the database while it runs, so H2 need not listen for others.
	 */
	private ConfigurableApplicationContext application(String url) {
		var clock = new TestClock(Instant.EPOCH);
		clock.setLocal("2024-12-20T09:00:00");
		return new SpringApplicationBuilder(TroLyCchcApplication.class).web(WebApplicationType.NONE)
			.initializers((GenericApplicationContext context) -> context.registerBean("fixedClock", Clock.class, () -> clock,
					definition -> definition.setPrimary(true)))
			.run("--spring.datasource.url=" + url.replace(";AUTO_SERVER=TRUE", ""),
					"--troly.evidence.folder=" + folder.resolve("evidence"), "--troly.dossier.folder=" + folder.resolve("dossier"),
					"--telegrambots.enabled=false", "--troly.sandbox.enabled=false", "--troly.report.scheduling-enabled=false");
	}

	/** An official, registered as the chat would: the sender of the evidence. */
	private static Official official(JdbcClient jdbc, String name) {
		var registered = Instant.parse("2024-01-02T02:00:00Z");
		jdbc.sql("insert into official (telegram_user_id, display_name, active, registered_at) values (1001, :name, true, :at)")
			.param("name", name).param("at", java.time.OffsetDateTime.ofInstant(registered, java.time.ZoneOffset.UTC)).update();
		var id = jdbc.sql("select id from official where telegram_user_id = 1001").query(Long.class).single();
		return new Official(id, 1001, name, null, true, registered, null, null, null, null);
	}

	private static byte[] bytes(int size, long seed) {
		var bytes = new byte[size];
		new java.util.Random(seed).nextBytes(bytes);
		return bytes;
	}

	private static String sha(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	/** A file in the evidence folder the processes use, as EvidenceStore keeps it: under its SHA-256. */
	private Path keepEvidence(byte[] bytes) throws Exception {
		new java.util.Random(bytes.length).nextBytes(bytes);
		var sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		var file = folder.resolve("evidence").resolve(sha.substring(0, 2)).resolve(sha);
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
		return file;
	}

	/** The application's default database URL with all its options, for a database in the folder. */
	private static String defaultUrlIn(Path folder) {
		var yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		var url = yaml.getObject().getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./data/troly;");
		return url.replace("./data/troly", folder.resolve("troly").toString());
	}

	@Test
	void onPostgreSqlBothRefuseAndPointToPgDump() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		var postgres = dataSource("jdbc:postgresql://db.example:5432/troly");
		var err = new ByteArrayOutputStream();

		var backup = new BackupCommand(postgres, messages, null).run(List.of("x.sql.gz"), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		var restore = new RestoreCommand(postgres, messages, null).run(List.of("x.sql.gz"),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(backup).isEqualTo(2);
		assertThat(restore).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("chỉ dùng cho cơ sở dữ liệu H2 nhúng")
			.contains("pg_dump").contains("jdbc:postgresql://db.example:5432/troly");
		assertThat(Files.exists(Path.of("x.sql.gz"))).isFalse();
	}

	/**
	 * The addresses a TCP port listens on, from the kernel's socket table (Linux): "127.0.0.1",
	 * "0.0.0.0", "::1", "::" and so on.
	 */
	private static List<String> listeningAddresses(int port) throws Exception {
		var found = new ArrayList<String>();
		for (var table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			var path = Path.of(table);
			org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/proc/net/tcp")),
					"the socket table is read from /proc (Linux)");
			if (!Files.exists(path)) {
				continue;
			}
			for (var line : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
				var fields = line.strip().split("\\s+");
				var local = fields[1].split(":");
				if (fields[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
					found.add(address(local[0]));
				}
			}
		}
		return found;
	}

	/** A /proc/net address: 4 bytes (IPv4) or 16 (IPv6), each 4-byte group in little-endian order. */
	private static String address(String hex) throws Exception {
		var bytes = new byte[hex.length() / 2];
		for (var group = 0; group < bytes.length / 4; group++) {
			for (var i = 0; i < 4; i++) {
				bytes[group * 4 + i] = (byte) Integer.parseInt(hex.substring(group * 8 + (3 - i) * 2, group * 8 + (3 - i) * 2 + 2), 16);
			}
		}
		var address = java.net.InetAddress.getByAddress(bytes);
		if (address instanceof java.net.Inet6Address six && six.isIPv4CompatibleAddress()) {
			return java.net.InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)).getHostAddress();
		}
		var text = address.getHostAddress();
		return text.equals("0:0:0:0:0:0:0:1") ? "::1" : text.equals("0:0:0:0:0:0:0:0") ? "::" : text;
	}

	private record Ran(int exitCode, String output) {
	}

	/**
	 * The application, or an operator command, as it runs (ApplicationProcess: no test classes, the
	 * Dockerfile's JVM flags), on the database and without a bot, the sandbox or the scheduler.
	 */
	private ProcessBuilder java(String url, String... arguments) {
		var builder = ApplicationProcess.java(List.of("-Duser.timezone=UTC"), List.of(arguments)).redirectErrorStream(true);
		builder.environment().remove("TELEGRAM_BOT_TOKEN");
		builder.environment().put("SPRING_DATASOURCE_URL", url);
		builder.environment().put("TROLY_EVIDENCE_FOLDER", folder.resolve("evidence").toString());
		builder.environment().put("TROLY_SANDBOX_ENABLED", "false");
		builder.environment().put("TROLY_REPORT_SCHEDULING_ENABLED", "false");
		return builder;
	}

	private Ran run(String url, String... arguments) throws Exception {
		var process = java(url, arguments).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
		return new Ran(process.exitValue(), output);
	}

	private static void insertPosition(String url, String name) throws Exception {
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var statement = connection.prepareStatement("insert into job_position (name, match_key, kind) values (?, ?, 'OFFICE')")) {
			statement.setString(1, name);
			statement.setString(2, name.toLowerCase());
			statement.executeUpdate();
		}
	}

	private static List<String> positions(String url) throws Exception {
		var names = new ArrayList<String>();
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var rows = connection.createStatement().executeQuery("select name from job_position")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static int count(String url, String sql) throws Exception {
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/** A data source that only tells its URL, as a PostgreSQL one would. */
	private static DataSource dataSource(String url) {
		var metaData = (DatabaseMetaData) Proxy.newProxyInstance(getClass(DatabaseMetaData.class),
				new Class<?>[] { DatabaseMetaData.class }, (proxy, method, args) -> method.getName().equals("getURL") ? url : null);
		var connection = (Connection) Proxy.newProxyInstance(getClass(Connection.class), new Class<?>[] { Connection.class },
				(proxy, method, args) -> method.getName().equals("getMetaData") ? metaData : null);
		return (DataSource) Proxy.newProxyInstance(getClass(DataSource.class), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> method.getName().equals("getConnection") ? connection : null);
	}

	private static ClassLoader getClass(Class<?> type) {
		return BackupRestoreTests.class.getClassLoader();
	}
}
