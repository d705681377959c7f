package vn.cchc.troly.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.PlanPositions;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.report.ReportQueries;

/**
 * Fills the sandbox: the seed plan, its cast registered (one left with a pending invite), their
 * chats and the leadership group known to the Bot API server, and a sample piece of evidence on item
 * 2.2, sent by the coordinator through the simulated upload so the bot really downloads and keeps it.
 * Running it again adds only what is missing, so a restart on the same database changes nothing.
 */
@Component
@SandboxOnly
class SandboxSeed {

	private static final Logger log = LoggerFactory.getLogger(SandboxSeed.class);
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final String SAMPLE_ITEM = "2.2";
	static final String SAMPLE_EVIDENCE = "classpath:sandbox/qd-123-ubnd-xa.pdf";

	private final PlanManagement plans;
	private final PeopleManagement people;
	private final Positions positions;
	private final PlanPositions planPositions;
	private final BotApiServer server;
	private final SandboxSettings settings;
	private final ResourceLoader resources;
	private final MessageSource messages;
	private final ObjectProvider<SandboxActions> actions;
	private final ReportQueries reports;
	/** Whether the sample evidence was sent since the last reset: the bot may not have kept it yet. */
	private volatile boolean sampleSent;

	private volatile List<SandboxPerson> cast = List.of();
	private volatile GroupChat group;
	// Invite codes are stored only as hashes: the sandbox keeps the plain code to "open the link".
	private final Map<Long, String> inviteCodes = new ConcurrentHashMap<>();

	SandboxSeed(PlanManagement plans, PeopleManagement people, Positions positions, PlanPositions planPositions,
			BotApiServer server, SandboxSettings settings, ResourceLoader resources, MessageSource messages,
			ObjectProvider<SandboxActions> actions, ReportQueries reports) {
		this.reports = reports;
		this.plans = plans;
		this.people = people;
		this.positions = positions;
		this.planPositions = planPositions;
		this.server = server;
		this.settings = settings;
		this.resources = resources;
		this.messages = messages;
		this.actions = actions;
	}

	synchronized void seed() {
		var plan = resources.getResource(settings.plan());
		try (var in = plan.getInputStream()) {
			plans.importPlan(plan.getFilename(), in.readAllBytes(), null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the sandbox plan " + settings.plan(), e);
		}
		var named = planPositions.namedPositionIds();
		var newCast = SandboxCast.forPositions(positions.all().stream().filter(p -> named.contains(p.id())).toList());
		inviteCodes.keySet().retainAll(newCast.stream().map(p -> p.user().id()).toList());
		for (var person : newCast) {
			server.users().opensChat(person.user());
			if (person.invitedOnly()) {
				if (people.findByTelegramUser(person.user().id()).isEmpty() && !inviteCodes.containsKey(person.user().id())) {
					inviteCodes.put(person.user().id(), invite(person.position(), Role.OFFICIAL).code());
				}
				continue;
			}
			if (person.role() != Role.LEADER) {
				ensure(person, Role.OFFICIAL);
			}
			ensure(person, person.role());
		}
		cast = newCast;
		group = new GroupChat(SandboxCast.LEADERSHIP_GROUP_ID,
				messages.getMessage("sandbox.group.title", null, VIETNAMESE));
		server.users().addBotTo(group);
		var coordinator = newCast.stream().filter(p -> p.role() == Role.COORDINATOR).findFirst();
		coordinator.ifPresent(this::sendSampleEvidence);
		var available = actions.getIfAvailable();
		if (available != null && coordinator.isPresent()) {
			available.useAsLeadershipGroup(group.id(), group.title(), coordinator.get().user().id());
		}
		else {
			log.info("Sandbox: the leadership group is not registered for the weekly summary: "
					+ "this build has no report module action for it.");
		}
	}

	/**
	 * The coordinator (who leads 2.2) sends a decision as evidence of item 2.2, captioned as officials do, unless the
	 * item has evidence already: the bot downloads it from the simulated server and keeps it.
	 */
	private void sendSampleEvidence(SandboxPerson sender) {
		if (sampleSent || reports.item(SAMPLE_ITEM).map(detail -> detail.evidenceCount() > 0).orElse(true)) {
			return;
		}
		var sample = resources.getResource(SAMPLE_EVIDENCE);
		try (var in = sample.getInputStream()) {
			server.users().sendsDocument(sender.user(), new UploadedFile(sample.getFilename(), in.readAllBytes()),
					messages.getMessage("sandbox.evidence.caption", null, VIETNAMESE));
			sampleSent = true;
		}
		catch (IOException e) {
			log.warn("Sandbox: the sample evidence {} could not be read: {}", SAMPLE_EVIDENCE, e.toString());
		}
	}

	/** Forgets pending invite codes, for a reset that wipes the database. */
	synchronized void forget() {
		sampleSent = false;
		inviteCodes.clear();
		cast = List.of();
	}

	List<SandboxPerson> cast() {
		return cast;
	}

	Optional<SandboxPerson> person(long telegramUserId) {
		return cast.stream().filter(p -> p.user().id() == telegramUserId).findFirst();
	}

	GroupChat group() {
		return group;
	}

	/** The code of the person's pending invite, while they are not registered. */
	Optional<String> inviteCode(long telegramUserId) {
		return Optional.ofNullable(inviteCodes.get(telegramUserId))
			.filter(code -> people.findByTelegramUser(telegramUserId).isEmpty());
	}

	private void ensure(SandboxPerson person, Role role) {
		var id = person.user().id();
		if (people.hasRole(id, role)) {
			return;
		}
		var invite = invite(person.position(), role);
		var outcome = people.redeem(invite.code(), id, person.user().firstName(), person.user().username());
		if (!(outcome instanceof RedeemOutcome.Registered)) {
			throw new IllegalStateException("sandbox: cannot register " + person + ": " + outcome);
		}
	}

	private InviteOutcome.Created invite(String position, Role role) {
		var outcome = people.createInvite(position, role, null);
		if (outcome instanceof InviteOutcome.Created created) {
			return created;
		}
		throw new IllegalStateException("sandbox: no invite for " + position + " as " + role + ": " + outcome);
	}
}
