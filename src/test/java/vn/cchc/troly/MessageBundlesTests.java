package vn.cchc.troly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every text exists in Vietnamese and English with the same placeholders. */
class MessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		var vi = load("messages/messages.properties");
		var en = load("messages/messages_en.properties");
		assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys missing in messages_en.properties")
			.containsAll(vi.stringPropertyNames());
		assertThat(new TreeSet<>(vi.stringPropertyNames())).as("keys missing in messages.properties")
			.containsAll(en.stringPropertyNames());
	}

	@Test
	void bothLanguagesUseTheSamePlaceholders() throws IOException {
		var vi = load("messages/messages.properties");
		var en = load("messages/messages_en.properties");
		var differing = new TreeMap<String, String>();
		for (var key : vi.stringPropertyNames()) {
			if (en.containsKey(key) && !placeholders(vi.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
				differing.put(key, vi.getProperty(key) + "  <>  " + en.getProperty(key));
			}
		}
		assertThat(differing).as("placeholders differ").isEmpty();
	}

	@Test
	void vietnameseTextsAreWrittenWithDiacritics() throws IOException {
		var vi = Files.readString(Path.of("messages/messages.properties"), StandardCharsets.UTF_8);
		assertThat(vi).as("the base bundle must be UTF-8 Vietnamese, not \\u escapes").doesNotContain("\\u00");
	}

	private static TreeSet<String> placeholders(String text) {
		var found = new TreeSet<String>();
		var matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String path) throws IOException {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
