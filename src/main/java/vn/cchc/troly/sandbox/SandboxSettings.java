package vn.cchc.troly.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local sandbox (prefix {@code troly.sandbox}, documented in application.yml): the real bot
 * against a Bot API server in the same process, and a page that plays Telegram. It runs only when
 * no bot token is set, outside operator mode, and when not switched off.
 *
 * @param enabled false keeps the sandbox off even without a token
 * @param port the page's port on 127.0.0.1 (0: any free port)
 * @param databaseUrl the sandbox's own database, never the real deployment's
 * @param botUsername the sandbox bot's @username without @
 * @param plan the plan the sandbox imports at start, into the first commune
 * @param secondPlan the plan of a second commune, imported into its own unit with its own people; blank for none
 * @param schedule whether the Friday summary and the reminders also come on their own schedule; off by
 *        default, so the summary goes out when the page's button asks (a demonstration on a Friday
 *        evening is not overtaken by the schedule)
 */
@ConfigurationProperties("troly.sandbox")
record SandboxSettings(@DefaultValue("true") boolean enabled, @DefaultValue("8080") int port,
		@DefaultValue("jdbc:h2:file:./data/sandbox;WRITE_DELAY=0;QUERY_CACHE_SIZE=64") String databaseUrl,
		@DefaultValue("troly_sandbox_bot") String botUsername,
		@DefaultValue("classpath:sandbox/pho-chau-2024.txt") String plan,
		@DefaultValue("classpath:sandbox/tinh-binh-2025.txt") String secondPlan, @DefaultValue("false") boolean schedule) {
}
