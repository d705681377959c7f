package vn.cchc.troly.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The running bot's health report in {@code troly.health.file}, written every
 * {@code troly.health.interval} from the moment the application is ready, for Docker's HEALTHCHECK
 * and the operator's {@code health} command; at a graceful stop it says FAIL and when it stopped.
 * Written to a temporary file and moved into place, so a reader never sees half a report. Never
 * written by an operator command (which reads it).
 */
@Component
@ConditionalOnExpression("'${troly.health.file:}' != '' && !${troly.operator-mode:false}")
class HealthFile implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(HealthFile.class);

	private final TransportHealth health;
	private final HealthSettings settings;
	private final Clock clock;
	private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "health-file");
		thread.setDaemon(true);
		return thread;
	});

	HealthFile(TransportHealth health, HealthSettings settings, Clock clock) {
		this.health = health;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		var every = settings.interval().toMillis();
		writer.scheduleWithFixedDelay(this::writeNow, 0, every, TimeUnit.MILLISECONDS);
	}

	/** Checks and writes the report; a failure is logged, and the next round tries again. */
	void writeNow() {
		try {
			write(health.fileText(health.check(), null));
		}
		catch (IOException | RuntimeException e) {
			log.warn("The health file {} could not be written: {}", settings.file(), e.toString());
		}
	}

	/** At a graceful stop: FAIL, so nobody takes the last report of a stopped bot for a running one. */
	@Override
	public void destroy() {
		writer.shutdownNow();
		try {
			write(health.fileText(health.stopped(), clock.instant()));
		}
		catch (IOException | RuntimeException e) {
			log.warn("The health file {} could not be marked as stopped: {}", settings.file(), e.toString());
		}
	}

	private void write(String text) throws IOException {
		var file = settings.file().toAbsolutePath();
		Files.createDirectories(file.getParent());
		var temporary = Files.createTempFile(file.getParent(), ".health", ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}
}
