package vn.cchc.troly.chat.reporting;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.MediaHandler;

/** A photo or file an official sends in the private chat is evidence of one of their items. */
@Component
@Order(100)
class EvidenceMedia implements MediaHandler {

	private final EvidenceIntake intake;

	EvidenceMedia(EvidenceIntake intake) {
		this.intake = intake;
	}

	@Override
	public Optional<Reply> handle(ChatRequest request) {
		if (!request.isPrivate()) {
			return Optional.empty();
		}
		return Optional.of(intake.receive(request, request.official()));
	}
}
