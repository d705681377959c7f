package vn.cchc.troly.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cchc.troly.progress.Explanations;

/**
 * Looks every {@code troly.report.poll-interval} (and once when the application is ready) for a
 * summary or reminders that are due. Being due lasts until the week ends and posting is keyed by
 * week, so a poll after downtime catches up once and a second poll does nothing. Off for operator
 * commands ({@code troly.operator-mode}) and when {@code troly.report.scheduling-enabled=false}.
 */
@Component
@ConditionalOnExpression("${troly.report.scheduling-enabled:true} and !${troly.operator-mode:false}")
class ReportScheduler {

	private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

	private final Summaries summaries;
	private final Reminders reminders;
	private final Explanations explanations;

	ReportScheduler(Summaries summaries, Reminders reminders, Explanations explanations) {
		this.summaries = summaries;
		this.reminders = reminders;
		this.explanations = explanations;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		poll();
	}

	// The first scheduled poll waits one interval: the ready event has just polled.
	@Scheduled(fixedDelayString = "${troly.report.poll-interval:60s}", initialDelayString = "${troly.report.poll-interval:60s}")
	void poll() {
		// One failing job must not keep the other from running, nor stop the schedule.
		try {
			summaries.postIfDue().ifPresent(posted -> log.info("Weekly summary {} recorded for chat {}",
					posted.weekKey(), posted.chatId()));
		}
		catch (RuntimeException e) {
			log.error("Could not post the weekly summary; trying again at the next poll", e);
		}
		try {
			var run = reminders.sendIfDue();
			if (!run.sent().isEmpty()) {
				log.info("{} reminder(s) recorded", run.sent().size());
			}
		}
		catch (RuntimeException e) {
			log.error("Could not send reminders; trying again at the next poll", e);
		}
		try {
			var reminded = explanations.remindUnanswered();
			if (reminded > 0) {
				log.info("{} request(s) for an explanation reminded", reminded);
			}
		}
		catch (RuntimeException e) {
			log.error("Could not remind unanswered requests for an explanation; trying again at the next poll", e);
		}
	}
}
