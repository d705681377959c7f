package vn.cchc.troly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.telegram.outbound.ChatMessenger;

/**
 * The sandbox page in a real browser (the system's headless Chromium, never a downloaded one):
 * what someone trying the bot does first. Skipped when Chromium is not installed, except on CI,
 * where it fails instead.
 */
class SandboxBrowserTests extends SandboxTest {

	private static final File CHROMIUM = new File("/usr/bin/chromium");
	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
	private static final Path ARTIFACTS = Path.of("target/artifacts");
	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	ChatMessenger messenger;

	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeEach
	void openBrowser(@TempDir Path profile) {
		var missing = !CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute();
		if (missing && "true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail("CI must have /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
		}
		Assumptions.assumeFalse(missing,
				"Browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing (apt-get install chromium chromium-driver)");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile.toAbsolutePath());
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, WAIT);
		wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void someoneTriesTheBotWithoutTelegram(@TempDir Path files) throws Exception {
		browser.get(page.url());
		wait.until(ExpectedConditions.textToBe(By.id("summary"), "Gửi tổng hợp tuần ngay"));

		// Start over from the page: other tests may have onboarded the newcomer already.
		browser.findElement(By.id("reset")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBe(By.id("toast"), "Đã làm lại từ đầu với kế hoạch mẫu."));
		wait.ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(contact(NEWCOMER)).getText().contains("chưa đăng ký"));
		String newcomer = wait.ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(contact(NEWCOMER)).getText());
		assertThat(newcomer).contains("Huỳnh Văn Bình", "Tư pháp - Hộ tịch");

		// The newcomer opens their invite link: Telegram sends /start with the code, and the bot registers them.
		click(contact(NEWCOMER));
		var code = seed.inviteCode(NEWCOMER).orElseThrow();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("open-invite"))).click();
		var welcome = awaitBotMessageAfter(awaitMessage("user", "/start " + code));
		assertThat(welcome.getText()).contains("Chào Huỳnh Văn Bình", "Tư pháp - Hộ tịch");
		wait.ignoring(StaleElementReferenceException.class)
			.until(d -> !d.findElement(contact(NEWCOMER)).getText().contains("chưa đăng ký"));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("invite")));

		// The official who leads 2.2 (Văn phòng - Thống kê, who is also the coordinator) reports a figure as
		// plain text; the reply says how far from the target it is, with a button to undo it.
		click(contact(COORDINATOR));
		write("2.2 97,5");
		var recorded = awaitBotMessageAfter(awaitMessage("user", "2.2 97,5"));
		assertThat(recorded.getText()).contains("Đã ghi số liệu 97,5% cho mục 2.2", "Trạng thái: 🟡 Gần đạt — còn thiếu 0,5 điểm");
		assertThat(recorded.findElements(By.tagName("b")).stream().map(WebElement::getText)).contains("97,5%", "2.2");
		assertThat(recorded.findElements(By.cssSelector(".kb button")).stream().map(WebElement::getText))
			.contains("↩️ Hoàn tác");

		// /viec lists their items, one line and a button each; pressing 2.2's shows it in full, and its
		// "send a figure" button asks for the figure (and /huy leaves it).
		write("/viec");
		var items = awaitBotMessageAfter(awaitMessage("user", "/viec"));
		assertThat(items.getText()).contains("🟡 2.2 Tỷ lệ hồ sơ thủ tục hành chính do UBND… · 97,5% · ");
		items.findElements(By.cssSelector(".kb button")).stream().filter(b -> b.getText().contains("2.2")).findFirst()
			.orElseThrow().click();
		var detail = awaitBotMessageAfter(items);
		assertThat(detail.getText()).contains("📌 Mục 2.2", "Trạng thái: 🟡 Gần đạt — còn thiếu 0,5 điểm phần trăm");
		detail.findElements(By.cssSelector(".kb button")).stream().filter(b -> b.getText().contains("Gửi số liệu"))
			.findFirst().orElseThrow().click();
		var ask = awaitBotMessageAfter(detail);
		assertThat(ask.getText()).contains("Gõ số liệu cho mục 2.2");
		write("/huy");
		assertThat(awaitBotMessageAfter(awaitMessage("user", "/huy")).getText()).contains("Đã huỷ");

		// What people type is shown as typed, never read as markup.
		click(contact(OFFICIAL));
		write("<b>đậm</b> & <script>x</script>");
		assertThat(awaitMessage("user", "<b>đậm</b> & <script>x</script>").findElements(By.tagName("b"))).isEmpty();

		// Evidence: a photo with a caption, sent from the page.
		var photo = files.resolve("minh-chung.png");
		Files.write(photo, png(Color.ORANGE));
		write(null);
		browser.findElement(By.id("composer-text")).sendKeys("Ảnh minh chứng 2.2");
		browser.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
		awaitMessage("user", "Ảnh minh chứng 2.2");
		wait.until(d -> loaded(awaitMessage("user", "Ảnh minh chứng 2.2").findElement(By.tagName("img"))));

		// A document from the bot can be downloaded as sent.
		var workbook = "PK-xlsx-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		messenger.send(COORDINATOR, VI, Reply.document(workbook, "bao-cao-tien-do.xlsx", "telegram.language.changed"));
		click(contact(COORDINATOR));
		var link = botMessageWith("a.file").findElement(By.cssSelector("a.file"));
		assertThat(link.getText()).contains("bao-cao-tien-do.xlsx");
		assertThat(download(link.getAttribute("href"))).isEqualTo(workbook);

		// The leadership group: the coordinator writes there and the bot answers.
		click(By.cssSelector("#groups .contact"));
		select(By.id("write-as"), String.valueOf(COORDINATOR));
		write("/trogiup@" + telegram.botUsername());
		var help = awaitBotMessageAfter(awaitMessage("user", "/trogiup@" + telegram.botUsername()));
		assertThat(help.findElement(By.tagName("b")).getText()).isEqualTo("Trợ lý CCHC");

		// The coordinator posts the weekly summary from the page: the real bot sends the text, then the
		// report module's chart, to the group.
		var summary = browser.findElement(By.id("summary"));
		assertThat(summary.isEnabled()).isTrue();
		summary.click();
		wait.until(d -> d.findElement(By.id("toast")).getText().startsWith("Đã gửi tổng hợp tuần vào nhóm “Lãnh đạo UBND xã”"));
		var summaryText = awaitBotMessageAfter(help);
		assertThat(summaryText.getText()).contains("📊 Tổng hợp tuần", "Cần chú ý", "🟡 2.2", "97,5% / >98% · Trần Thị Mai");
		assertThat(summaryText.findElements(By.tagName("b")).stream().map(WebElement::getText))
			.anyMatch(b -> b.startsWith("📊 Tổng hợp tuần"));
		var chart = wait.until(d -> {
			var image = botMessageWith("img").findElement(By.tagName("img"));
			return loaded(image) ? image : null;
		});
		// The report module's chart: drawn for a phone, 600 px wide and as tall as its rows.
		var size = naturalSize(chart);
		assertThat(size.get(0)).as("chart width").isEqualTo(600L);
		assertThat(size.get(1)).as("chart height").isGreaterThan(600L);
		assertThat(botMessageWith("img").getText()).contains("so với chỉ tiêu (▲) và kết quả năm trước (◆)");
		// Posted after the text, as Telegram shows it.
		assertThat(Integer.parseInt(botMessageWith("img").getAttribute("data-id")))
			.isGreaterThan(Integer.parseInt(summaryText.getAttribute("data-id")));
		// The screenshot shows the whole summary: its text, then the chart.
		browser.manage().window().setSize(new Dimension(1280, 1500));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)", summaryText);
		Files.createDirectories(ARTIFACTS);
		Files.write(ARTIFACTS.resolve("sandbox.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

		// One summary a week: pressing again says when it went out, and how to see it again.
		summary.click();
		wait.until(d -> d.findElement(By.id("toast")).getText().startsWith("Tổng hợp tuần này đã được gửi"));
		assertThat(browser.findElement(By.id("toast")).getText())
			.containsPattern("đã được gửi vào nhóm “Lãnh đạo UBND xã” lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}")
			.contains("mỗi tuần chỉ gửi một lần", "“Làm lại từ đầu”");
		assertThat(browser.findElements(By.cssSelector("#messages .msg.bot img"))).hasSize(1);
		assertThat(telegram.messagesIn(SandboxCast.LEADERSHIP_GROUP_ID).stream().filter(m -> m.file() != null))
			.hasSize(1);
		Files.write(ARTIFACTS.resolve("sandbox-already-posted.png"),
				((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	private static By contact(long id) {
		return By.cssSelector(".contact[data-id='" + id + "']");
	}

	/**
	 * Clicks what the selector finds once it is clickable. The page redraws its lists every second,
	 * so an element found a moment ago can be gone by the click: find it again until a click lands.
	 */
	private void click(By selector) {
		wait.ignoring(StaleElementReferenceException.class).until(driver -> {
			// Not there or not clickable yet (a redraw under way): look again.
			var element = ExpectedConditions.elementToBeClickable(selector).apply(driver);
			if (element == null) {
				return null;
			}
			element.click();
			return true;
		});
	}

	/** Chooses an option of a list the page may redraw meanwhile (see {@link #click}). */
	private void select(By list, String value) {
		wait.ignoring(StaleElementReferenceException.class).until(driver -> {
			var choice = new Select(driver.findElement(list));
			choice.selectByValue(value);
			return value.equals(choice.getFirstSelectedOption().getAttribute("value"));
		});
	}

	private void write(String text) {
		var box = browser.findElement(By.id("composer-text"));
		box.clear();
		if (text != null) {
			box.sendKeys(text, Keys.ENTER);
		}
	}

	private WebElement awaitMessage(String who, String text) {
		return wait.until(d -> d.findElements(By.cssSelector("#messages .msg." + who)).stream()
			.filter(m -> m.getText().contains(text)).reduce((a, b) -> b).orElse(null));
	}

	private WebElement awaitBotMessageAfter(WebElement userMessage) {
		var after = Integer.parseInt(userMessage.getAttribute("data-id"));
		return wait.until(d -> d.findElements(By.cssSelector("#messages .msg.bot")).stream()
			.filter(m -> Integer.parseInt(m.getAttribute("data-id")) > after).findFirst().orElse(null));
	}

	/** The latest bot message in the open chat that holds an element matching the selector. */
	private WebElement botMessageWith(String selector) {
		return wait.until(d -> d.findElements(By.cssSelector("#messages .msg.bot")).stream()
			.filter(m -> !m.findElements(By.cssSelector(selector)).isEmpty()).reduce((a, b) -> b).orElse(null));
	}

	@SuppressWarnings("unchecked")
	private List<Long> naturalSize(WebElement image) {
		return (List<Long>) ((JavascriptExecutor) browser)
			.executeScript("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", image);
	}

	private boolean loaded(WebElement image) {
		return Boolean.TRUE.equals(((JavascriptExecutor) browser)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
	}

	private static byte[] download(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofByteArray()).body();
	}

	private static byte[] png(Color color) throws IOException {
		var image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, 240, 160);
		graphics.dispose();
		var bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}
}
