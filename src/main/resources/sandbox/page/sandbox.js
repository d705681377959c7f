// The sandbox page: a small Telegram-like client for the bot running in this process.
// Plain JavaScript, no libraries. Every word comes from /api/texts (messages/ on the server).
"use strict";

const state = { lang: localStorage.getItem("sandbox.lang") || "vi", texts: {}, world: null, chat: null,
	chatJson: "", seen: {} };

const $ = (id) => document.getElementById(id);
const t = (key, ...args) => (state.texts[key] || key).replace(/\{(\d+)\}/g, (m, i) => args[i] ?? m);

async function api(path, body) {
	const options = body === undefined ? {} : { method: "POST", headers: { "X-Sandbox": "1",
		"Content-Type": "application/json" }, body: JSON.stringify(body) };
	const response = await fetch(path, options);
	const data = response.headers.get("Content-Type")?.includes("json") ? await response.json() : {};
	if (!response.ok) {
		const error = new Error(data.error || response.statusText);
		error.status = response.status;
		throw error;
	}
	return data;
}

// ------------------------------------------------------------ Telegram HTML, rendered safely
// Only Telegram's tags become elements; everything else is text. Nothing goes through innerHTML.
const TAGS = { b: "b", strong: "b", i: "i", em: "i", u: "u", ins: "u", s: "s", strike: "s", del: "s",
	code: "code", pre: "pre", a: "a", blockquote: "blockquote", span: "span", "tg-spoiler": "span" };
const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: "\"" };

function renderTelegramHtml(html, target) {
	const stack = [{ name: null, node: target }];
	const top = () => stack[stack.length - 1].node;
	const text = (s) => top().appendChild(document.createTextNode(s));
	const token = /<(\/?)([a-zA-Z-]+)([^>]*)>|&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);|[^<&]+|[<&]/g;
	let m;
	while ((m = token.exec(html)) !== null) {
		if (m[2] !== undefined) {
			const name = m[2].toLowerCase();
			if (!(name in TAGS)) { text(m[0]); continue; }
			if (m[1]) {
				const at = stack.map((e) => e.name).lastIndexOf(name);
				if (at > 0) stack.length = at;
				continue;
			}
			const element = document.createElement(TAGS[name]);
			if (name === "a") {
				const href = /href\s*=\s*"([^"]*)"/i.exec(m[3]);
				const url = href ? decodeEntities(href[1]) : "";
				if (/^(https?:|tg:|mailto:)/i.test(url)) {
					element.href = url; element.target = "_blank"; element.rel = "noopener noreferrer";
				}
			}
			if (name === "tg-spoiler" || (name === "span" && /tg-spoiler/.test(m[3]))) element.className = "spoiler";
			top().appendChild(element);
			stack.push({ name, node: element });
		} else if (m[4] !== undefined) {
			text(decodeEntities(m[0]));
		} else {
			text(m[0]);
		}
	}
}

function decodeEntities(s) {
	return s.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (all, e) => {
		if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
		return ENTITIES[e];
	});
}

// ------------------------------------------------------------ texts and language
async function loadTexts() {
	state.texts = await api("/api/texts?lang=" + state.lang);
	document.documentElement.lang = state.lang;
	document.title = t("title");
	$("title").textContent = t("title");
	$("banner").textContent = t("banner");
	$("summary").textContent = t("summary");
	// The evidence dossier of the open chat's commune: the same .zip /hoso sends, in one piece.
	$("dossier").textContent = t("dossier");
	$("reset").textContent = t("reset");
	$("language").textContent = t("otherLanguage");
	$("people-heading").textContent = t("people");
	$("people-heading").title = t("unitsHint");
	$("groups-heading").textContent = t("groups");
	$("placeholder").textContent = t("pick");
	$("attach").textContent = t("attach");
	$("attach").title = t("attachHint");
	$("send").textContent = t("send");
	$("composer-text").placeholder = t("write");
	$("write-as-text").textContent = t("writeAs");
	$("open-invite").textContent = t("openInvite");
	$("invite-hint").textContent = t("inviteHint");
	renderSidebar();
	renderChatHeader();
	state.chatJson = "";
	refreshChat();
}

// ------------------------------------------------------------ people, group, chat
function chatById(id) {
	if (!state.world) return null;
	const person = state.world.people.find((p) => p.id === id);
	if (person) return { id, kind: "person", person };
	const group = (state.world.groups || []).find((g) => g.id === id);
	return group ? { id, kind: "group", group } : null;
}

function roleLabel(person) {
	return t("role." + person.role.toLowerCase());
}

// A commune by the name its plan gives it; the province in the page's language.
function unitLabel(key) {
	const unit = (state.world?.units || []).find((u) => u.key === key);
	return !unit ? "" : unit.province ? t("province") : unit.name;
}

// The unit of the chat on screen, what the summary button and the dossier act for.
function openUnit() {
	const chat = chatById(state.chat);
	return chat ? (chat.kind === "person" ? chat.person.unit : chat.group.unit) : null;
}

// Commune actions (summary, dossier) follow the open chat; the province's chats mean every commune for
// the summary, and the first commune's dossier.
function communeOf(key) {
	const unit = (state.world?.units || []).find((u) => u.key === key);
	return unit && !unit.province ? key : null;
}

function renderSidebar() {
	if (!state.world) return;
	// People grouped by their commune, the province last: switching persona shows what each one sees.
	const people = $("people");
	people.replaceChildren();
	for (const unit of state.world.units || []) {
		const heading = document.createElement("li");
		heading.className = "unit";
		heading.textContent = unitLabel(unit.key);
		people.appendChild(heading);
		for (const person of state.world.people.filter((p) => p.unit === unit.key)) {
			people.appendChild(contact(person.id, person.name, person.position + " · " + roleLabel(person),
				person.registered ? null : t("notRegistered"), person.lastMessageId, initial(person.name, true)));
		}
	}
	const groups = $("groups");
	groups.replaceChildren();
	for (const group of state.world.groups || []) {
		const names = state.world.people.filter((p) => group.members.includes(p.id)).map((p) => p.name).join(", ");
		groups.appendChild(contact(group.id, group.title, unitLabel(group.unit) + " · " + t("members", names), null,
			group.lastMessageId, initial(group.title, false)));
	}
	const summary = $("summary");
	summary.disabled = !state.world.summaryAvailable;
	summary.title = state.world.summaryAvailable ? t("summaryHint") : t("summaryUnavailable");
	const commune = communeOf(openUnit());
	$("dossier").href = "/api/dossier?lang=" + state.lang + (commune ? "&unit=" + encodeURIComponent(commune) : "");
}

// A Vietnamese name's given name comes last ("Trần Thị Mai": M); a group's title reads from the start.
function initial(name, givenNameLast) {
	const words = name.split(/\s+/).filter(Boolean);
	return (givenNameLast ? words[words.length - 1] : words[0])?.[0]?.toUpperCase() || "?";
}

function contact(id, name, sub, pending, lastMessageId, letter) {
	const item = document.createElement("li");
	item.className = "contact" + (state.chat === id ? " selected" : "");
	item.dataset.id = id;
	const avatar = document.createElement("span");
	avatar.className = "avatar";
	avatar.textContent = letter;
	const who = document.createElement("span");
	who.className = "who";
	const title = document.createElement("span");
	title.className = "name";
	title.textContent = name;
	if (pending) {
		const badge = document.createElement("span");
		badge.className = "badge pending";
		badge.textContent = pending;
		title.appendChild(badge);
	}
	const line = document.createElement("span");
	line.className = "sub";
	line.textContent = sub;
	who.append(title, line);
	item.append(avatar, who);
	if (state.chat !== id && lastMessageId > (state.seen[id] || 0)) {
		const dot = document.createElement("span");
		dot.className = "unread";
		item.appendChild(dot);
	}
	item.addEventListener("click", () => openChat(id));
	return item;
}

function openChat(id) {
	state.chat = id;
	state.chatJson = "";
	renderSidebar();
	renderChatHeader();
	refreshChat();
	$("composer-text").focus();
}

function renderChatHeader() {
	const chat = chatById(state.chat);
	$("composer").hidden = !chat;
	$("invite").hidden = true;
	$("write-as-label").hidden = true;
	if (!chat) {
		$("chat-title").textContent = "";
		$("chat-subtitle").textContent = "";
		return;
	}
	if (chat.kind === "person") {
		$("chat-title").textContent = chat.person.name;
		$("chat-subtitle").textContent = unitLabel(chat.person.unit) + " · " + chat.person.position + " · "
			+ roleLabel(chat.person) + " — " + t("chatWith", state.world.bot);
		$("invite").hidden = !(chat.person.invitePending && !chat.person.registered);
		$("attach").hidden = false;
	} else {
		$("chat-title").textContent = chat.group.title;
		$("chat-subtitle").textContent = unitLabel(chat.group.unit) + " — " + t("groupWith", state.world.bot);
		$("attach").hidden = true;
		const select = $("write-as");
		const current = select.value;
		select.replaceChildren();
		for (const person of state.world.people.filter((p) => chat.group.members.includes(p.id))) {
			const option = document.createElement("option");
			option.value = person.id;
			option.textContent = person.name + " (" + roleLabel(person) + ")";
			select.appendChild(option);
		}
		if (current) select.value = current;
		$("write-as-label").hidden = false;
	}
}

function sender() {
	const chat = chatById(state.chat);
	return chat.kind === "person" ? chat.id : Number($("write-as").value);
}

async function refreshWorld() {
	try {
		const world = await api("/api/state");
		const json = JSON.stringify(world);
		if (json !== state.worldJson) {
			state.worldJson = json;
			state.world = world;
			renderSidebar();
			renderChatHeader();
		}
	} catch (e) { /* the next poll tries again */ }
}

async function refreshChat() {
	if (state.chat === null) return;
	const id = state.chat;
	let chat;
	try { chat = await api("/api/chat?id=" + id); } catch (e) { return; }
	if (id !== state.chat) return;
	const json = JSON.stringify(chat);
	if (json === state.chatJson) return;
	state.chatJson = json;
	const list = $("messages");
	const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
	// Unchanged messages keep their elements: no flicker, and a button being pressed stays put.
	const previous = new Map([...list.querySelectorAll(".msg")].map((e) => [e.dataset.id, e]));
	const elements = chat.messages.map((message) => {
		const json = JSON.stringify(message);
		const old = previous.get(String(message.id));
		if (old && old.dataset.json === json) return old;
		const element = bubble(message);
		element.dataset.json = json;
		return element;
	});
	if (elements.length === 0) {
		const empty = document.createElement("p");
		empty.id = "placeholder";
		empty.textContent = t("empty");
		elements.push(empty);
	}
	list.replaceChildren(...elements);
	const last = chat.messages.length ? chat.messages[chat.messages.length - 1].id : 0;
	const grew = last !== state.seen[id];
	state.seen[id] = last;
	if (atBottom || grew) list.scrollTop = list.scrollHeight;
}

function bubble(message) {
	const element = document.createElement("div");
	element.className = "msg " + (message.fromBot ? "bot" : "user");
	element.dataset.id = message.id;
	if (!message.fromBot && chatById(state.chat)?.kind === "group") {
		const name = document.createElement("span");
		name.className = "sender";
		name.textContent = message.sender;
		element.appendChild(name);
	}
	if (message.kind === "photo" && message.file) {
		const image = document.createElement("img");
		image.src = message.file;
		image.alt = message.text || "";
		element.appendChild(image);
	} else if (message.kind !== "text") {
		const link = document.createElement(message.file ? "a" : "span");
		link.className = "file";
		link.textContent = "📎 " + (message.fileName || message.kind) + (message.file ? " — " + t("download") : "");
		if (message.file) { link.href = message.file; link.download = message.fileName || ""; }
		element.appendChild(link);
		element.appendChild(document.createElement("br"));
	}
	if (message.text) {
		const text = document.createElement("span");
		text.className = "text";
		if (message.html) renderTelegramHtml(message.text, text);
		else text.textContent = message.text;
		element.appendChild(text);
	}
	if (message.buttons) {
		const keyboard = document.createElement("div");
		keyboard.className = "kb";
		for (const row of message.buttons) {
			const line = document.createElement("div");
			line.className = "row";
			for (const button of row) {
				const press = document.createElement("button");
				press.type = "button";
				press.textContent = button.text;
				if (button.data !== undefined) press.addEventListener("click", () => pressButton(message.id, button.data));
				else if (button.url) press.addEventListener("click", () => window.open(button.url, "_blank", "noopener"));
				line.appendChild(press);
			}
			keyboard.appendChild(line);
		}
		element.appendChild(keyboard);
	}
	if (message.edits > 0) {
		const meta = document.createElement("div");
		meta.className = "meta";
		meta.textContent = t("edited");
		element.appendChild(meta);
	}
	return element;
}

// ------------------------------------------------------------ actions
async function act(work) {
	try {
		await work();
	} catch (e) {
		toast(t("error", e.message), "error");
	}
	refreshWorld();
	refreshChat();
}

// A longer text stays up longer, so it can be read to the end.
function toast(text, kind) {
	let box = $("toast");
	if (!box) {
		box = document.createElement("div");
		box.id = "toast";
		document.body.appendChild(box);
	}
	box.textContent = text;
	box.dataset.kind = kind || "";
	box.hidden = false;
	clearTimeout(toast.timer);
	toast.timer = setTimeout(() => { box.hidden = true; }, Math.max(4000, text.length * 60));
}

function pressButton(messageId, data) {
	act(async () => {
		const answer = await api("/api/press", { chat: state.chat, user: sender(), message: messageId, data });
		if (answer.text) {
			if (answer.alert) alert(answer.text); else toast(answer.text);
		}
	});
}

$("composer").addEventListener("submit", (event) => {
	event.preventDefault();
	const box = $("composer-text");
	const text = box.value;
	if (!text.trim()) return;
	box.value = "";
	act(() => api("/api/send", { chat: state.chat, user: sender(), text }));
});

$("composer-text").addEventListener("keydown", (event) => {
	if (event.key === "Enter" && !event.shiftKey) {
		event.preventDefault();
		$("composer").requestSubmit();
	}
});

$("attach").addEventListener("click", () => $("file").click());

$("file").addEventListener("change", () => {
	const file = $("file").files[0];
	if (!file) return;
	const caption = $("composer-text").value;
	$("composer-text").value = "";
	const kind = file.type.startsWith("image/") ? "photo" : "document";
	const query = new URLSearchParams({ user: sender(), kind, name: file.name, caption });
	act(async () => {
		const response = await fetch("/api/upload?" + query, { method: "POST", headers: { "X-Sandbox": "1" }, body: file });
		if (!response.ok) throw new Error((await response.json()).error || response.statusText);
	});
	$("file").value = "";
});

$("open-invite").addEventListener("click", () => act(() => api("/api/invite", { user: state.chat })));

// The coordinator's "post it now", for the commune of the open chat (the first commune when none is open;
// from a province chat, every commune to its own group): the server says, in the page's language, whether
// it went out or when this week's already did (one a week; "start over" clears it). Either way the
// commune's group is shown.
$("summary").addEventListener("click", () => act(async () => {
	const unit = openUnit();
	const result = await api("/api/summary", unit ? { lang: state.lang, unit } : { lang: state.lang });
	toast(result.text, result.outcome);
	if (result.chat !== undefined) openChat(result.chat);
}));

$("reset").addEventListener("click", () => {
	if (!confirm(t("resetConfirm"))) return;
	act(async () => {
		await api("/api/reset", {});
		state.seen = {};
		toast(t("resetDone"));
	});
});

$("language").addEventListener("click", () => {
	state.lang = state.lang === "vi" ? "en" : "vi";
	localStorage.setItem("sandbox.lang", state.lang);
	loadTexts();
});

(async function start() {
	await refreshWorld();
	await loadTexts();
	setInterval(refreshChat, 1000);
	setInterval(refreshWorld, 2000);
})();
