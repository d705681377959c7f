package vn.cchc.troly.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.springframework.util.StringUtils;

import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.PlanPositions;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.report.ReportQueries;

/**
 * Fills the sandbox: two communes, each its plan imported into its own unit, its cast registered with
 * that unit's invites (in the first one person left with a pending invite), their chats and its
 * leadership group known to the Bot API server; in the first, a sample piece of evidence on item 2.2,
 * sent by the coordinator through the simulated upload so the bot really downloads and keeps it. Then
 * the province: an officer of the Sở Nội vụ registered with a province invite (no unit), and the
 * province's group. Running it again adds only what is missing, so a restart on the same database
 * changes nothing.
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
	private final Units units;
	private final UnitScope scope;
	private final BotApiServer server;
	private final SandboxSettings settings;
	private final ResourceLoader resources;
	private final MessageSource messages;
	private final ObjectProvider<SandboxActions> actions;
	private final ReportQueries reports;
	/** Whether the sample evidence was sent since the last reset: the bot may not have kept it yet. */
	private volatile boolean sampleSent;

	/** The first commune, then the second (when set), then the province. */
	private volatile List<SandboxUnit> seeded = List.of();
	// Invite codes are stored only as hashes: the sandbox keeps the plain code to "open the link".
	private final Map<Long, String> inviteCodes = new ConcurrentHashMap<>();

	SandboxSeed(PlanManagement plans, PeopleManagement people, Positions positions, PlanPositions planPositions,
			Units units, UnitScope scope, BotApiServer server, SandboxSettings settings, ResourceLoader resources,
			MessageSource messages, ObjectProvider<SandboxActions> actions, ReportQueries reports) {
		this.reports = reports;
		this.plans = plans;
		this.people = people;
		this.positions = positions;
		this.planPositions = planPositions;
		this.units = units;
		this.scope = scope;
		this.server = server;
		this.settings = settings;
		this.resources = resources;
		this.messages = messages;
		this.actions = actions;
	}

	synchronized void seed() {
		var all = new ArrayList<SandboxUnit>();
		all.add(seedCommune(SandboxCast.FIRST, settings.plan(), true));
		if (StringUtils.hasText(settings.secondPlan())) {
			all.add(seedCommune(SandboxCast.SECOND, settings.secondPlan(), false));
		}
		all.add(seedProvince());
		inviteCodes.keySet().retainAll(all.stream().flatMap(u -> u.cast().stream()).map(p -> p.user().id()).toList());
		seeded = List.copyOf(all);
	}

	/**
	 * One commune: its plan imported (the plan names its unit, made the first time), then everything
	 * else inside that unit's scope, so its positions, invites and group are the unit's own.
	 */
	private SandboxUnit seedCommune(SandboxCast casting, String planLocation, boolean withSample) {
		var plan = resources.getResource(planLocation);
		String unitName;
		try (var in = plan.getInputStream()) {
			unitName = plans.importPlan(plan.getFilename(), in.readAllBytes(), null).unitName();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the sandbox plan " + planLocation, e);
		}
		var unit = units.find(unitName).orElseThrow(() -> new IllegalStateException("no unit " + unitName));
		return scope.within(unit.unitId(), () -> {
			var named = planPositions.namedPositionIds();
			var cast = casting.forPositions(positions.all().stream().filter(p -> named.contains(p.id())).toList());
			for (var person : cast) {
				server.users().opensChat(person.user());
				if (person.invitedOnly()) {
					if (people.findByTelegramUser(person.user().id()).isEmpty()
							&& !inviteCodes.containsKey(person.user().id())) {
						inviteCodes.put(person.user().id(), invite(person.position(), Role.OFFICIAL).code());
					}
					continue;
				}
				if (person.role() != Role.LEADER) {
					ensure(person, Role.OFFICIAL);
				}
				ensure(person, person.role());
			}
			// The first commune's group keeps the title it always had; the others say whose they are.
			var title = casting == SandboxCast.FIRST ? messages.getMessage("sandbox.group.title", null, VIETNAMESE)
					: messages.getMessage("sandbox.group.unitTitle", new Object[] { unit.name() }, VIETNAMESE);
			var group = new GroupChat(casting.groupId(), title);
			server.users().addBotTo(group);
			var seededUnit = SandboxUnit.commune(unit.unitId(), unit.name(), cast, group);
			var coordinator = seededUnit.coordinator();
			if (withSample) {
				coordinator.ifPresent(this::sendSampleEvidence);
			}
			var available = actions.getIfAvailable();
			if (available != null && coordinator.isPresent()) {
				available.useAsLeadershipGroup(unit.unitId(), group.id(), group.title(), coordinator.get().user().id());
			}
			else {
				log.info("Sandbox: the leadership group is not registered for the weekly summary: "
						+ "this build has no report module action for it.");
			}
			return seededUnit;
		});
	}

	/** The province's officer, registered with a province invite (to no unit), and the province's group. */
	private SandboxUnit seedProvince() {
		var person = SandboxCast.PROVINCE;
		server.users().opensChat(person.user());
		ensure(person, Role.PROVINCE);
		var group = new GroupChat(SandboxCast.PROVINCE_GROUP_ID,
				messages.getMessage("sandbox.group.provinceTitle", null, VIETNAMESE));
		server.users().addBotTo(group);
		var available = actions.getIfAvailable();
		if (available != null) {
			available.useAsProvinceGroup(group.id(), group.title(), person.user().id());
		}
		return SandboxUnit.province(person, group);
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
		seeded = List.of();
	}

	/** The communes and the province, in the order the page shows them. */
	List<SandboxUnit> units() {
		return seeded;
	}

	/** Everyone the sandbox plays, commune by commune, the province last. */
	List<SandboxPerson> cast() {
		return seeded.stream().flatMap(unit -> unit.cast().stream()).toList();
	}

	Optional<SandboxPerson> person(long telegramUserId) {
		return cast().stream().filter(p -> p.user().id() == telegramUserId).findFirst();
	}

	/** The commune or province the person belongs to. */
	Optional<SandboxUnit> unitOf(long telegramUserId) {
		return seeded.stream().filter(unit -> unit.has(telegramUserId)).findFirst();
	}

	/** The group chat with this id, with the unit whose group it is. */
	Optional<SandboxUnit> unitOfGroup(long chatId) {
		return seeded.stream().filter(unit -> unit.group().id() == chatId).findFirst();
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

	/** An invite of the unit in scope, or for PROVINCE one to no unit. */
	private InviteOutcome.Created invite(String position, Role role) {
		var outcome = people.createInvite(position, role, null);
		if (outcome instanceof InviteOutcome.Created created) {
			return created;
		}
		throw new IllegalStateException("sandbox: no invite for " + position + " as " + role + ": " + outcome);
	}
}
