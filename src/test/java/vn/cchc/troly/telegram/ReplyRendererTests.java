package vn.cchc.troly.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ReplyRendererTests {

	private static final Locale VI = Language.VI.locale();

	private final StaticMessageSource messages = new StaticMessageSource();
	private final ReplyRenderer renderer = new ReplyRenderer(messages);

	ReplyRendererTests() {
		messages.setAlwaysUseMessageFormat(true);
		messages.addMessage("t.saved", VI, "<b>{0}</b>: {1} ({2})");
	}

	@Test
	void argumentsAreEscapedAndTheTemplatesTagsKept() {
		var html = renderer.html("t.saved", List.of("2.2 <Một cửa> & \"DVC\"", 97.5, "x"), VI);

		assertThat(html).isEqualTo("<b>2.2 &lt;Một cửa&gt; &amp; &quot;DVC&quot;</b>: 97,5 (x)");
	}

	@Test
	void safeHtmlIsTakenAsItIs() {
		var html = renderer.html("t.saved", List.of(new SafeHtml("<i>đã có</i>"), 3, "<"), VI);

		assertThat(html).isEqualTo("<b><i>đã có</i></b>: 3 (&lt;)");
	}

	@Test
	void plainTextIsNotEscaped() {
		assertThat(renderer.plain("t.saved", List.of("a & b", 1, "<c>"), VI)).isEqualTo("<b>a & b</b>: 1 (<c>)");
	}

	@Test
	void escapeCoversWhatTelegramNeeds() {
		assertThat(SafeHtml.escape("<b>Tom & \"Jerry\"</b>")).isEqualTo("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;");
		assertThat(SafeHtml.escape(null)).isEmpty();
	}
}
