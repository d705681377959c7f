package vn.cchc.troly.chat.reporting;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.chat.internal.EventUnits;
import vn.cchc.troly.chat.internal.PrivateMessages;
import vn.cchc.troly.progress.FigureFromOthers;
import vn.cchc.troly.progress.FigureProposed;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.Proposal;
import vn.cchc.troly.progress.ProposalDecided;

/**
 * Private messages about whose figure counts, sent once each after the report is committed: the
 * lead is asked to confirm a proposed figure (buttons, {@link ProposalButton}); the proposer is told
 * the answer; the lead is told when a figure that counts came from someone else (the coordinator, or
 * a proposal another lead confirmed). What they say is decided here; the transport queues and sends.
 */
@Component
class ReportNotices {

	private final ProgressManagement progress;
	private final ItemSituation situations;
	private final ItemTexts items;
	private final PlainTexts plain;
	private final ReportTexts texts;
	private final PrivateMessages messages;
	private final EventUnits units;

	ReportNotices(ProgressManagement progress, ItemSituation situations, ItemTexts items, PlainTexts plain,
			ReportTexts texts, PrivateMessages messages, EventUnits units) {
		this.units = units;
		this.progress = progress;
		this.situations = situations;
		this.items = items;
		this.plain = plain;
		this.texts = texts;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(FigureProposed proposed) {
		units.forItem(proposed.itemId(), () -> notify(proposed));
	}

	private void notify(FigureProposed proposed) {
		var proposal = progress.proposal(proposed.proposalId()).filter(Proposal::pending).orElse(null);
		if (proposal == null) {
			return;
		}
		for (var id : proposed.askOfficialIds()) {
			messages.send("proposal:" + proposal.id() + ":" + id, id, locale -> ask(proposal, locale));
		}
	}

	@ApplicationModuleListener
	void on(ProposalDecided decided) {
		units.forItem(decided.itemId(), () -> notify(decided));
	}

	private void notify(ProposalDecided decided) {
		var proposal = progress.proposal(decided.proposalId()).orElse(null);
		if (proposal == null || proposal.answer() == null) {
			return;
		}
		messages.send("proposal-answer:" + decided.proposalId(), decided.proposerId(), locale -> answer(proposal, locale));
	}

	@ApplicationModuleListener
	void on(FigureFromOthers figure) {
		units.forItem(figure.itemId(), () -> notify(figure));
	}

	private void notify(FigureFromOthers figure) {
		var entry = progress.history(figure.itemCode()).stream().flatMap(h -> h.entries().stream())
			.filter(e -> e.reportId() == figure.reportId() && !e.undone()).findFirst().orElse(null);
		var situation = situations.situation(figure.itemCode()).orElse(null);
		if (entry == null || situation == null) {
			return;
		}
		var item = situation.item();
		for (var id : figure.tellOfficialIds()) {
			messages.send("figure-notice:" + figure.reportId() + ":" + id, id, locale -> {
				var shown = items.figure(entry.figure(), locale);
				var status = texts.status(situation.status(), item.target(), locale);
				return entry.proposedBy() == null
						? Reply.text("chat.figureNotice.recorded", entry.officialName(), shown, item.code(),
								items.shortTitle(item), items.when(entry.reportedAt()), status)
						: Reply.text("chat.figureNotice.confirmed", item.code(), items.shortTitle(item), shown,
								entry.proposedBy(), entry.officialName(), items.when(entry.reportedAt()), status);
			});
		}
	}

	/** "📨 Lê Văn Nam đề xuất số liệu 90% cho mục 2.2 …" [✅ Xác nhận 90%] [✖️ Không nhận]. */
	private Reply ask(Proposal proposal, Locale locale) {
		var item = proposal.item();
		var figure = figure(proposal, locale);
		var situation = proposal.situation();
		return Reply.text("chat.proposal.ask", proposal.proposedBy(), figure, item.code(), items.shortTitle(item),
				items.when(proposal.proposedAt()), texts.counted(situation.latest(), situation.latestBy(), locale))
			.withButtons(List.of(Button.row(
					Button.of("chat.proposal.button.confirm", ProposalButton.CONFIRM + proposal.id(),
							items.figure(proposal.figure(), locale)),
					Button.of("chat.proposal.button.decline", ProposalButton.DECLINE + proposal.id()))));
	}

	/** The proposer hears the lead's answer. */
	private Reply answer(Proposal proposal, Locale locale) {
		var item = proposal.item();
		var figure = figure(proposal, locale);
		var situation = situations.situation(item.code()).orElse(proposal.situation());
		if (proposal.answer().confirmed()) {
			return Reply.text("chat.proposal.outcome.confirmed", proposal.answer().by(), figure, item.code(),
					items.shortTitle(item), texts.status(situation.status(), item.target(), locale));
		}
		return Reply.text("chat.proposal.outcome.declined", proposal.answer().by(), figure, item.code(),
				items.shortTitle(item), texts.counted(situation.latest(), situation.latestBy(), locale));
	}

	private String figure(Proposal proposal, Locale locale) {
		var shown = items.figure(proposal.figure(), locale);
		return proposal.lastYear() ? plain.plain("chat.history.lastYear", List.of(shown), locale) : shown;
	}
}
