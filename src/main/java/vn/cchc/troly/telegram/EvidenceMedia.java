package vn.cchc.troly.telegram;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A photo or file an official sends in the private chat is evidence of one of their items. */
@Component
@Order(100)
class EvidenceMedia implements MediaHandler {

	private final Reporter reporter;
	private final EvidenceIntake intake;

	EvidenceMedia(Reporter reporter, EvidenceIntake intake) {
		this.reporter = reporter;
		this.intake = intake;
	}

	@Override
	public Optional<Reply> handle(ChatRequest request) {
		if (!request.isPrivate()) {
			return Optional.empty();
		}
		return Optional.of(intake.receive(request, reporter.official(request)));
	}
}
