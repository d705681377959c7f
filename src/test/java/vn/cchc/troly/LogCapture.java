package vn.cchc.troly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.AppenderBase;

/**
 * Everything logged in a test JVM, from its first test to its last, whatever Spring contexts come
 * and go: every new context re-initialises Logback and drops the appenders it finds, so this one
 * puts itself back after each reset ({@link Reattach}). Each event (message, exception messages and stack frames)
 * goes to {@code target/test-logs/<pid>.log}; an event that contains a watched secret (the chat
 * tests' bot token) is also written to {@code target/test-logs/<pid>.leaks}, which
 * {@code SecretsInLogsTests} requires to be absent after the whole run, in a surefire execution of
 * its own that runs last. {@code ChatTest} installs it when it makes up its token, before any
 * context could log that token.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> {

	public static final Path FOLDER = Path.of("target/test-logs");

	private static final List<String> secrets = new CopyOnWriteArrayList<>();
	private static volatile LogCapture installed;

	private final Path log;
	private final Path leaks;
	private Writer writer;

	private LogCapture() {
		var pid = ManagementFactory.getRuntimeMXBean().getPid();
		this.log = FOLDER.resolve(pid + ".log");
		this.leaks = FOLDER.resolve(pid + ".leaks");
	}

	/** Starts capturing, once per JVM. */
	public static synchronized void install() {
		if (installed != null) {
			return;
		}
		var capture = new LogCapture();
		capture.setName("log-capture");
		capture.start();
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		capture.setContext(context);
		attach(context, capture);
		context.addListener(new LoggerContextListener() {
			@Override
			public boolean isResetResistant() {
				return true;
			}

			@Override
			public void onReset(LoggerContext reset) {
				attach(reset, capture);
			}

			@Override
			public void onStart(LoggerContext started) {
			}

			@Override
			public void onStop(LoggerContext stopped) {
			}

			@Override
			public void onLevelChange(Logger logger, Level level) {
			}
		});
		installed = capture;
	}

	/**
	 * Also reports events that contain this text (a secret a test made up for this JVM), and notes
	 * it in {@code <pid>.secrets} so the scan at the end of the run looks for it in every file.
	 */
	public static void watchFor(String secret) {
		install();
		secrets.add(secret);
		try {
			Files.createDirectories(FOLDER);
			Files.writeString(FOLDER.resolve(ManagementFactory.getRuntimeMXBean().getPid() + ".secrets"), secret + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Puts the capture back after a new Spring application set up logging (which stops Logback,
	 * dropping appenders and listeners alike). Registered in the tests' META-INF/spring.factories,
	 * so every application a test starts runs it.
	 */
	public static class Reattach implements ApplicationListener<ApplicationPreparedEvent> {

		@Override
		public void onApplicationEvent(ApplicationPreparedEvent event) {
			var capture = installed;
			if (capture != null && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
				attach(context, capture);
			}
		}
	}

	/** Where this JVM's events go. */
	public static Path currentLog() {
		install();
		return installed == null ? null : installed.log;
	}

	private static void attach(LoggerContext context, LogCapture capture) {
		// A reset detaches and stops every appender: start again, then attach again.
		if (!capture.isStarted()) {
			capture.start();
		}
		var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		if (root.getAppender(capture.getName()) == null) {
			root.addAppender(capture);
		}
	}

	@Override
	protected synchronized void append(ILoggingEvent event) {
		var line = new StringBuilder().append(event.getInstant()).append(' ').append(event.getLevel()).append(' ')
			.append(event.getLoggerName()).append(": ").append(event.getFormattedMessage());
		for (var cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
			describe(line, cause);
		}
		var text = line.append('\n').toString();
		try {
			if (writer == null) {
				Files.createDirectories(FOLDER);
				writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
			writer.write(text);
			writer.flush();
			if (secrets.stream().anyMatch(text::contains)) {
				Files.writeString(leaks, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void describe(StringBuilder line, IThrowableProxy cause) {
		line.append("\n  ").append(cause.getClassName()).append(": ").append(cause.getMessage());
		for (var frame : cause.getStackTraceElementProxyArray()) {
			line.append("\n    ").append(frame.getSTEAsString());
		}
		for (var suppressed : cause.getSuppressed()) {
			describe(line, suppressed);
		}
	}
}
