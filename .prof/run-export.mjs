import { mkdirSync, realpathSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import "mailparser";
import "imapflow";
import { open, rename, rm } from "node:fs/promises";
import "csv-parse";
import "iconv-lite";
import "chardet";
import { randomUUID } from "node:crypto";
import "tldts";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
// shared/errors.ts
var AppError = class extends Error {
	code;
	field;
	fields;
	constructor(code, message, opts = {}) {
		super(message);
		this.name = "AppError";
		this.code = code;
		if (opts.field !== void 0) this.field = opts.field;
		if (opts.fields !== void 0) this.fields = opts.fields;
	}
	toData() {
		const data = {
			code: this.code,
			message: this.message
		};
		if (this.field !== void 0) data.field = this.field;
		if (this.fields !== void 0) data.fields = this.fields;
		return data;
	}
};
// electron/core/store/migrations/0001_initial.ts
var _0001_initial_exports = /* @__PURE__ */ __exportAll({
	down: () => down,
	up: () => up$9
});
async function up$9(db) {
	await db.schema.createTable("clients").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull().modifyEnd(sql`collate nocase`).unique()).addColumn("created_at", "text", (c) => c.notNull()).execute();
	await db.schema.createTable("accounts").addColumn("id", "text", (c) => c.primaryKey()).addColumn("email", "text", (c) => c.notNull().modifyEnd(sql`collate nocase`).unique()).addColumn("display_name", "text", (c) => c.notNull()).addColumn("provider", "text", (c) => c.notNull()).addColumn("smtp_host", "text", (c) => c.notNull()).addColumn("smtp_port", "integer", (c) => c.notNull()).addColumn("smtp_security", "text", (c) => c.notNull()).addColumn("smtp_username", "text", (c) => c.notNull()).addColumn("smtp_password_stored", "integer", (c) => c.notNull().defaultTo(0)).addColumn("imap_host", "text", (c) => c.notNull()).addColumn("imap_port", "integer", (c) => c.notNull()).addColumn("imap_security", "text", (c) => c.notNull()).addColumn("imap_username", "text", (c) => c.notNull()).addColumn("imap_uses_smtp_password", "integer", (c) => c.notNull().defaultTo(1)).addColumn("imap_password_stored", "integer", (c) => c.notNull().defaultTo(0)).addColumn("daily_limit", "integer", (c) => c.notNull()).addColumn("min_minutes_between_sends", "integer", (c) => c.notNull()).addColumn("signature_html", "text", (c) => c.notNull().defaultTo("")).addColumn("reply_to", "text").addColumn("bcc", "text").addColumn("tracking_domain", "text").addColumn("tags", "text", (c) => c.notNull().defaultTo("[]")).addColumn("warmup_enabled", "integer", (c) => c.notNull().defaultTo(0)).addColumn("warmup_per_day", "integer", (c) => c.notNull()).addColumn("warmup_daily_rampup", "integer", (c) => c.notNull()).addColumn("warmup_target_reply_rate", "integer", (c) => c.notNull()).addColumn("client_id", "text", (c) => c.references("clients.id").onDelete("set null")).addColumn("status", "text", (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
	await db.schema.createIndex("accounts_status").on("accounts").column("status").execute();
	await db.schema.createIndex("accounts_provider").on("accounts").column("provider").execute();
	await db.schema.createIndex("accounts_client").on("accounts").column("client_id").execute();
	await db.schema.createIndex("accounts_created").on("accounts").column("created_at").execute();
}
async function down(db) {
	await db.schema.dropTable("accounts").execute();
	await db.schema.dropTable("clients").execute();
}
// electron/core/store/migrations/0002_connection_tests.ts
var _0002_connection_tests_exports = /* @__PURE__ */ __exportAll({ up: () => up$8 });
async function up$8(db) {
	await db.schema.alterTable("accounts").addColumn("allow_self_signed", "integer", (c) => c.notNull().defaultTo(0)).execute();
	await db.schema.alterTable("accounts").addColumn("smtp_test", "text").execute();
	await db.schema.alterTable("accounts").addColumn("imap_test", "text").execute();
	await db.schema.alterTable("accounts").addColumn("last_tested_at", "text").execute();
	await db.schema.alterTable("accounts").addColumn("status_before_error", "text").execute();
	await db.schema.createTable("settings").addColumn("key", "text", (c) => c.primaryKey()).addColumn("value", "text", (c) => c.notNull()).execute();
}
// electron/core/store/migrations/0003_domains.ts
var _0003_domains_exports = /* @__PURE__ */ __exportAll({ up: () => up$7 });
async function up$7(db) {
	await db.schema.createTable("domains").addColumn("domain", "text", (c) => c.primaryKey()).addColumn("dkim_selectors", "text", (c) => c.notNull().defaultTo("[]")).addColumn("report", "text").addColumn("checked_at", "text").execute();
}
// electron/core/store/migrations/0004_mailbox_metrics.ts
var _0004_mailbox_metrics_exports = /* @__PURE__ */ __exportAll({ up: () => up$6 });
async function up$6(db) {
	const fk = (c) => c.notNull().references("accounts.id").onDelete("cascade");
	await db.schema.createTable("mailbox_folders").addColumn("account_id", "text", fk).addColumn("folder", "text", (c) => c.notNull()).addColumn("role", "text", (c) => c.notNull()).addColumn("uidvalidity", "text", (c) => c.notNull()).addColumn("last_uid", "integer", (c) => c.notNull()).addColumn("scanned_at", "text", (c) => c.notNull()).addPrimaryKeyConstraint("mailbox_folders_pk", ["account_id", "folder"]).execute();
	await db.schema.createTable("sent_messages").addColumn("account_id", "text", fk).addColumn("message_id", "text", (c) => c.notNull()).addColumn("date", "text", (c) => c.notNull()).addPrimaryKeyConstraint("sent_messages_pk", ["account_id", "message_id"]).execute();
	await db.schema.createIndex("sent_messages_by_day").on("sent_messages").columns(["account_id", "date"]).execute();
	await db.schema.createTable("mailbox_events").addColumn("account_id", "text", fk).addColumn("folder", "text", (c) => c.notNull()).addColumn("uidvalidity", "text", (c) => c.notNull()).addColumn("uid", "integer", (c) => c.notNull()).addColumn("date", "text", (c) => c.notNull()).addColumn("kind", "text", (c) => c.notNull()).addColumn("detail", "text", (c) => c.notNull().defaultTo("{}")).addPrimaryKeyConstraint("mailbox_events_pk", [
		"account_id",
		"folder",
		"uidvalidity",
		"uid"
	]).execute();
	await db.schema.createIndex("mailbox_events_by_day").on("mailbox_events").columns(["account_id", "date"]).execute();
	await db.schema.createTable("snapshots").addColumn("account_id", "text", fk).addColumn("date", "text", (c) => c.notNull()).addColumn("sent", "integer", (c) => c.notNull()).addColumn("hard_bounces", "integer", (c) => c.notNull()).addColumn("soft_bounces", "integer", (c) => c.notNull()).addColumn("complaints", "integer", (c) => c.notNull()).addColumn("replies", "integer", (c) => c.notNull()).addColumn("bounce_rate", "real", (c) => c.notNull()).addColumn("complaint_rate", "real", (c) => c.notNull()).addColumn("reply_rate", "real", (c) => c.notNull()).addColumn("score", "integer").addPrimaryKeyConstraint("snapshots_pk", ["account_id", "date"]).execute();
	await db.schema.createTable("reports").addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id").onDelete("cascade")).addColumn("report", "text", (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).execute();
	await db.schema.alterTable("accounts").addColumn("score", "integer").execute();
}
// electron/core/store/migrations/0005_hardening.ts
var _0005_hardening_exports = /* @__PURE__ */ __exportAll({ up: () => up$5 });
async function up$5(db) {
	await db.schema.createTable("export_partials").addColumn("path", "text", (c) => c.primaryKey()).addColumn("started_at", "text", (c) => c.notNull()).execute();
	for (const column of ["smtp_test", "imap_test"]) {
		const col = sql.ref(column);
		await sql`update accounts set ${col} = json_set(${col},
      '$.greeting', null, '$.server_response', null, '$.capabilities', json('[]'), '$.auth_methods', json('[]'),
      '$.message', case when json_extract(${col}, '$.ok') then upper(json_extract(${col}, '$.protocol')) || ' login works'
        else upper(json_extract(${col}, '$.protocol')) || ': ' || coalesce(json_extract(${col}, '$.error'), 'failed') || ' (details from an older version were removed; test again to see them)' end)
      where ${col} is not null and json_valid(${col})`.execute(db);
	}
	await sql`delete from reports`.execute(db);
}
// electron/core/store/migrations/0007_health.ts
var _0007_health_exports = /* @__PURE__ */ __exportAll({ up: () => up$4 });
async function up$4(db) {
	await sql`update accounts set status = coalesce(status_before_error, 'active') where status = 'error'`.execute(db);
	await sql`update accounts set status = 'active', warmup_enabled = 1 where status = 'warming'`.execute(db);
	await sql`update accounts set status = 'active' where status not in ('active', 'paused')`.execute(db);
	await db.schema.alterTable("accounts").dropColumn("status_before_error").execute();
	await db.schema.alterTable("accounts").addColumn("health", "text", (c) => c.notNull().defaultTo("unknown")).execute();
	await db.schema.alterTable("accounts").addColumn("health_rank", "integer", (c) => c.notNull().defaultTo(4)).execute();
	await db.schema.alterTable("accounts").addColumn("health_reasons", "text", (c) => c.notNull().defaultTo("[]")).execute();
	await db.schema.alterTable("accounts").addColumn("health_at", "text").execute();
	await db.schema.alterTable("accounts").addColumn("health_expires_at", "text").execute();
	await db.schema.alterTable("accounts").addColumn("smtp_error", "text").execute();
	await db.schema.alterTable("accounts").addColumn("imap_error", "text").execute();
	await db.schema.alterTable("accounts").addColumn("score_measured", "integer").execute();
	for (const p of ["smtp", "imap"]) await sql`update accounts set ${sql.ref(`${p}_error`)} = case
        when ${sql.ref(`${p}_test`)} is null or json_extract(${sql.ref(`${p}_test`)}, '$.ok') then null
        else coalesce(json_extract(${sql.ref(`${p}_test`)}, '$.error'), 'protocol_error') end`.execute(db);
	await sql`update accounts set score = null`.execute(db);
	await db.schema.createIndex("accounts_health").on("accounts").columns(["health_rank", "score"]).execute();
	await db.schema.createIndex("accounts_client_health").on("accounts").columns(["client_id", "health_rank"]).execute();
	await db.schema.createIndex("accounts_score").on("accounts").column("score").execute();
	await db.schema.createIndex("accounts_health_expires").on("accounts").column("health_expires_at").execute();
	await db.schema.createIndex("accounts_smtp_error").on("accounts").column("smtp_error").where(sql.ref("smtp_error"), "is not", null).execute();
	await db.schema.createIndex("accounts_imap_error").on("accounts").column("imap_error").where(sql.ref("imap_error"), "is not", null).execute();
	await db.schema.createIndex("accounts_last_tested").on("accounts").column("last_tested_at").execute();
	await db.schema.createIndex("domains_checked").on("domains").column("checked_at").execute();
	await db.schema.createIndex("reports_created").on("reports").column("created_at").execute();
	await db.schema.createIndex("accounts_domain").on("accounts").expression(sql`lower(substr(email, instr(email, '@') + 1))`).execute();
	await db.schema.createTable("account_rates").addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id").onDelete("cascade")).addColumn("measured_at", "text", (c) => c.notNull()).addColumn("sent_30d", "integer", (c) => c.notNull()).addColumn("bounced_30d", "integer", (c) => c.notNull()).addColumn("complaints_30d", "integer", (c) => c.notNull()).addColumn("sent_7d", "integer", (c) => c.notNull()).addColumn("bounced_7d", "integer", (c) => c.notNull()).addColumn("complaints_7d", "integer", (c) => c.notNull()).execute();
	await db.schema.createTable("health_reasons").addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade")).addColumn("code", "text", (c) => c.notNull()).addColumn("detail", "text", (c) => c.notNull()).addColumn("level", "text", (c) => c.notNull()).addColumn("domain", "text", (c) => c.notNull()).addPrimaryKeyConstraint("health_reasons_pk", [
		"account_id",
		"code",
		"detail"
	]).execute();
	await db.schema.createIndex("health_reasons_by_code").on("health_reasons").columns([
		"code",
		"detail",
		"level",
		"domain",
		"account_id"
	]).execute();
	await db.schema.createIndex("health_reasons_by_domain").on("health_reasons").columns([
		"domain",
		"code",
		"detail"
	]).execute();
	await db.schema.createTable("fleet_daily").addColumn("date", "text", (c) => c.primaryKey()).addColumn("sent", "integer", (c) => c.notNull()).addColumn("bounced", "integer", (c) => c.notNull()).addColumn("complaints", "integer", (c) => c.notNull()).execute();
	const add = (row, sign) => sql.raw(`
    insert into fleet_daily (date, sent, bounced, complaints)
      values (${row}.date, ${sign}${row}.sent, ${sign}(${row}.hard_bounces + ${row}.soft_bounces), ${sign}${row}.complaints)
      on conflict (date) do update set sent = sent + excluded.sent, bounced = bounced + excluded.bounced, complaints = complaints + excluded.complaints;`);
	await sql`create trigger snapshots_fleet_insert after insert on snapshots begin ${add("new", "+")} end`.execute(db);
	await sql`create trigger snapshots_fleet_update after update on snapshots begin ${add("old", "-")} ${add("new", "+")} end`.execute(db);
	await sql`create trigger snapshots_fleet_delete after delete on snapshots begin ${add("old", "-")} end`.execute(db);
	await sql`insert into fleet_daily (date, sent, bounced, complaints)
    select date, sum(sent), sum(hard_bounces + soft_bounces), sum(complaints) from snapshots group by date`.execute(db);
}
// electron/core/store/migrations/0008_alerts_scheduler.ts
var _0008_alerts_scheduler_exports = /* @__PURE__ */ __exportAll({ up: () => up$3 });
async function up$3(db) {
	await db.schema.createTable("alerts").addColumn("id", "text", (c) => c.primaryKey()).addColumn("kind", "text", (c) => c.notNull()).addColumn("severity", "text", (c) => c.notNull()).addColumn("subject", "text", (c) => c.notNull()).addColumn("key", "text", (c) => c.notNull()).addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("cascade")).addColumn("domain", "text", (c) => c.notNull()).addColumn("title", "text", (c) => c.notNull()).addColumn("detail", "text", (c) => c.notNull()).addColumn("observed", "text", (c) => c.notNull().defaultTo("{}")).addColumn("opened_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).addColumn("resolved_at", "text").addColumn("resolution", "text").addColumn("acknowledged_at", "text").execute();
	await sql`create unique index alerts_one_open on alerts (subject, key) where resolved_at is null`.execute(db);
	await db.schema.createIndex("alerts_by_opened").on("alerts").columns(["resolved_at", "opened_at"]).execute();
	await db.schema.createIndex("alerts_by_account").on("alerts").column("account_id").execute();
	await db.schema.createIndex("alerts_by_domain").on("alerts").column("domain").execute();
	await db.schema.createTable("alert_state").addColumn("subject", "text", (c) => c.primaryKey()).addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("cascade")).addColumn("state", "text", (c) => c.notNull()).addColumn("checked_at", "text", (c) => c.notNull()).execute();
	await db.schema.createTable("webhook_deliveries").addColumn("id", "text", (c) => c.primaryKey()).addColumn("created_at", "text", (c) => c.notNull()).addColumn("title", "text", (c) => c.notNull()).addColumn("payload", "text", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0)).addColumn("last_attempt_at", "text").addColumn("next_attempt_at", "text").addColumn("last_error", "text").addColumn("delivered_at", "text").execute();
	await db.schema.createIndex("webhook_deliveries_due").on("webhook_deliveries").columns(["status", "next_attempt_at"]).execute();
	await db.schema.createTable("scheduler_runs").addColumn("id", "text", (c) => c.primaryKey()).addColumn("reason", "text", (c) => c.notNull()).addColumn("job_id", "text").addColumn("started_at", "text", (c) => c.notNull()).addColumn("finished_at", "text").addColumn("status", "text", (c) => c.notNull()).addColumn("total", "integer", (c) => c.notNull().defaultTo(0)).addColumn("done", "integer", (c) => c.notNull().defaultTo(0)).addColumn("failed", "integer", (c) => c.notNull().defaultTo(0)).execute();
	await db.schema.createIndex("scheduler_runs_by_start").on("scheduler_runs").column("started_at").execute();
}
// electron/core/store/migrations/0009_oauth_sign_in.ts
var _0009_oauth_sign_in_exports = /* @__PURE__ */ __exportAll({ up: () => up$2 });
async function up$2(db) {
	await db.schema.createTable("oauth_apps").addColumn("id", "text", (c) => c.primaryKey()).addColumn("provider", "text", (c) => c.notNull()).addColumn("label", "text", (c) => c.notNull()).addColumn("client_id", "text", (c) => c.notNull()).addColumn("tenant", "text").addColumn("issuer", "text").addColumn("agency_client_id", "text", (c) => c.references("clients.id").onDelete("cascade")).addColumn("secret_stored", "integer", (c) => c.notNull().defaultTo(0)).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
	await sql`create unique index oauth_apps_scope on oauth_apps (provider, ifnull(agency_client_id, ''))`.execute(db);
	await db.schema.alterTable("accounts").addColumn("auth_method", "text", (c) => c.notNull().defaultTo("password")).execute();
	await db.schema.alterTable("accounts").addColumn("oauth_app_id", "text", (c) => c.references("oauth_apps.id").onDelete("set null")).execute();
	await db.schema.alterTable("accounts").addColumn("oauth_token_stored", "integer", (c) => c.notNull().defaultTo(0)).execute();
	await db.schema.alterTable("accounts").addColumn("sign_in_expired_at", "text").execute();
}
// electron/core/mailbox/recipients.ts
/**
* Whether a string is a mailbox we could have sent to. Message-IDs look like addresses, so reject
* local parts that look machine-made the way Message-IDs are (long runs of hex or digits with dots
* or dollar signs) only when the caller says the string came from somewhere a Message-ID can be.
*/
function isMailbox(address) {
	if (address.length > 254 || address.length < 3) return false;
	const at = address.lastIndexOf("@");
	if (at < 1 || at === address.length - 1) return false;
	const local = address.slice(0, at);
	const domain = address.slice(at + 1);
	if (local.length > 64) return false;
	if (/^[|/]/.test(local) || local.includes("/") && !local.startsWith("\"")) return false;
	if (domain.startsWith("[")) return /^\[[0-9a-fA-F:.]+\]$/.test(domain);
	if (!domain.includes(".") && domain.toLowerCase() !== "localhost") return false;
	return /^(?:[\p{L}]{2,63}|xn--[a-z0-9-]{1,59})$/iu.test(domain.slice(domain.lastIndexOf(".") + 1));
}
/** A Message-ID's shape: `<digits.hex@host>` and similar machine tokens. */
function looksLikeMessageId(local) {
	if (/^[0-9]{8,}[.$]/.test(local)) return true;
	if (/^[0-9a-f]{8}\.[0-9a-f]{5,}\.[0-9a-f]{8,}$/i.test(local)) return true;
	if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(local)) return true;
	if (/^[0-9a-f]{6,}\.[0-9a-f]{6,}$/i.test(local)) return true;
	if (/^[A-Z0-9]{10,}\$[A-Z0-9]+/i.test(local)) return true;
	return false;
}
// electron/core/mailbox/smtp-codes.ts
const REPLY_CODES = {
	"5": [
		"550",
		"552",
		"553",
		"551",
		"521",
		"525",
		"502",
		"520",
		"523",
		"524",
		"530",
		"533",
		"534",
		"535",
		"538",
		"555",
		"556",
		"554",
		"557",
		"500",
		"501",
		"503",
		"504"
	],
	"4": [
		"421",
		"450",
		"451",
		"452",
		"422",
		"430",
		"432",
		"453",
		"454",
		"455",
		"456",
		"458",
		"459"
	],
	"2": [
		"211",
		"214",
		"220",
		"221",
		"235",
		"250",
		"251",
		"252",
		"253",
		"354"
	]
};
const IPV4 = /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g;
const STATUS = /(?<![\d.vV])([245])\.([0-7])\.(\d{1,3})(?![\d])/g;
/** True for a well-formed enhanced status code such as 5.7.509. */
const isStatusCode = (s) => !!s && /^[245]\.[0-7]\.\d{1,3}$/.test(s);
/** The first specific enhanced status code in the text ('5.1.1'), else an X.0.0 one, else undefined. */
function findStatus(text, cls) {
	if (!text) return void 0;
	const masked = text.replace(IPV4, "***");
	let generic;
	for (const m of masked.matchAll(STATUS)) {
		const code = `${m[1]}.${m[2]}.${m[3]}`;
		if (cls && m[1] !== cls) continue;
		if (m[2] === "0" && m[3] === "0") {
			generic ??= code;
			continue;
		}
		if (code === "4.4.7") {
			generic ??= code;
			continue;
		}
		return code;
	}
	return generic;
}
/** The first SMTP reply code of the given class (or 5, 4, 2 in that order) in the text. */
function findReplyCode(text, cls) {
	if (!text || text.length < 3 || /x-unix/i.test(text)) return void 0;
	const padded = ` ${text.replace(IPV4, "***")} `;
	const classes = cls ? [cls] : [
		"5",
		"4",
		"2"
	];
	let best;
	for (const c of classes) {
		for (const code of REPLY_CODES[c]) {
			let at = padded.indexOf(code);
			while (at >= 0) {
				const before = padded.charCodeAt(at - 1);
				const after = padded.charCodeAt(at + 3);
				const digitish = (ch) => ch > 45 && ch < 58;
				if (!digitish(before) && !digitish(after)) break;
				at = padded.indexOf(code, at + 1);
			}
			if (at >= 0 && (!best || at < best.at)) best = {
				at,
				code
			};
		}
		if (best) return best.code;
	}
}
/**
* Which of two status codes to keep: the DSN's Status field or the one in the diagnostic text.
* After sisimai's SMTP::Status.prefer: the one whose class matches the reply code, then the more
* specific (not X.0.0), then the text's over the ambiguous 4.4.7 and 5.3.x.
*/
function preferStatus(field, inText, reply) {
	if (!isStatusCode(field)) return inText;
	if (!isStatusCode(inText)) return field;
	if (field === inText) return field;
	const r = reply?.[0];
	if (r && field[0] !== inText[0]) {
		if (r === field[0]) return field;
		if (r === inText[0]) return inText;
	}
	if (/\.0\.0$/.test(field)) return /\.0\.0$/.test(inText) ? field : inText;
	if (/\.0\.\d+$/.test(field) && !/\.0\./.test(inText)) return inText;
	if (/\.0\.0$/.test(inText)) return field;
	if (field === "4.4.7" || field.startsWith("5.3.")) return inText;
	if (field === "5.1.1") return /\.0\./.test(inText) ? field : inText;
	if (field === "5.1.3" && inText.startsWith("5.7.")) return inText;
	return field;
}
new TextDecoder("utf-8");
// electron/core/mailbox/reason-phrases.ts
const PHRASES = {
	userunknown: [
		"#5.1.1 bad address",
		"550 address invalid",
		"5.1.0 address rejected.",
		"address does not exist",
		"address not present in directory",
		"address unknown",
		"can't accept user",
		"does not exist.",
		"destination addresses were unknown",
		"destination server rejected recipients",
		"email address does not exist",
		"email address could not be found",
		"invalid address",
		"invalid mailbox",
		"invalid mailbox path",
		"invalid recipient",
		"is not a known user",
		"is not a valid mailbox",
		"is not an active address at this host",
		"mailbox does not exist",
		"mailbox invalid",
		"mailbox is inactive",
		"mailbox is unavailable",
		"mailbox not present",
		"mailbox not found",
		"mailbox unavaiable",
		"nessun utente simile in questo indirizzo",
		"no account by that name here",
		"no existe dicha persona",
		"no existe ese usuario ",
		"no mail box available for this user",
		"no mailbox by that name is currently available",
		"no mailbox found",
		"no such address here",
		"no such mailbox",
		"no such person at this address",
		"no such recipient",
		"no such user",
		"no thank you rejected: account unavailable",
		"no valid recipients, bye",
		"not a valid recipient",
		"not a valid user here",
		"not a local address",
		"not email addresses",
		"recipient address rejected. (in reply to rcpt to command)",
		"recipient address rejected: access denied",
		"recipient address rejected: invalid user",
		"recipient address rejected: invalid-recipient",
		"recipient address rejected: unknown user",
		"recipient address rejected: userunknown",
		"recipient does not exist",
		"recipient is not accepted",
		"recipient is not local",
		"recipient not exist",
		"recipient not found",
		"recipient not ok",
		"recipient refuses to accept your mail",
		"recipient unknown",
		"requested action not taken: mailbox unavailable",
		"resolver.adr.recipient notfound",
		"resolver.adr.recipientnotfound",
		"sorry, user unknown",
		"sorry, badrcptto",
		"sorry, no mailbox here by that name",
		"sorry, your envelope recipient has been denied",
		"that domain or user isn't in my list of allowed rcpthosts",
		"the email account that you tried to reach does not exist",
		"the following recipients was undeliverable",
		"the user's email name is not found",
		"there is no one at this address",
		"this address no longer accepts mail",
		"this email address is wrong or no longer valid",
		"this recipient is in my badrecipientto list",
		"this recipient is not in my validrcptto list",
		"this spectator does not exist",
		"unknown mailbox",
		"unknown recipient",
		"unknown user",
		"user does not exist",
		"user missing home directory",
		"user not active",
		"user not exist",
		"user not found",
		"user not known",
		"user unknown",
		"utilisateur inconnu !",
		"vdeliver: invalid or unknown virtual user",
		"your envelope recipient is in my badrcptto list",
		["<", "> not found"],
		["<", ">... blocked by "],
		["account ", " does not exist at the organization"],
		["adresse d au moins un destinataire invalide. invalid recipient.", "416"],
		["adresse d au moins un destinataire invalide. invalid recipient.", "418"],
		["bad", "recipient"],
		["mailbox ", "does not exist"],
		["mailbox ", "unavailable or access denied"],
		["no ", " in name directory"],
		["non", "existent user"],
		["rcpt <", " does not exist"],
		["rcpt (", "t exist "],
		["recipient ", " was not found in"],
		["recipient address rejected: user ", "  does not exist"],
		["recipient address rejected: user unknown in ", "  table"],
		["said: 550-5.1.1 ", " user unknown "],
		["said: 550 5.1.1 ", " user unknown "],
		["this user doesn't have a ", " account"],
		["unknown e", "mail address"],
		["unknown local", "part"],
		["user ", " was not found"],
		["user ", " does not exist"],
		["user (", ") unknown"]
	],
	hostunknown: [
		"domain does not exist",
		"domain is not reachable",
		"domain must exist",
		"host or domain name not found",
		"host unknown",
		"host unreachable",
		"mail domain mentioned in email address is unknown",
		"name or service not known",
		"no such domain",
		"recipient address rejected: unknown domain name",
		"recipient domain must exist",
		"the account or domain may not exist",
		"unknown host",
		"unroutable address",
		"unrouteable address",
		["553 ", " does not exist"]
	],
	mailboxfull: [
		"452 insufficient disk space",
		"account disabled temporarly for exceeding receiving limits",
		"account is exceeding their quota",
		"account is over quota",
		"account is temporarily over quota",
		"boite du destinataire pleine",
		"delivery failed: over quota",
		"disc quota exceeded",
		"diskspace quota",
		"does not have enough space",
		"exceeded storage allocation",
		"exceeding its mailbox quota",
		"full mailbox",
		"is over disk quota",
		"is over quota temporarily",
		"mail file size exceeds the maximum size allowed for mail delivery",
		"mail quota exceeded",
		"mailbox exceeded the local limit",
		"mailbox full",
		"mailbox has exceeded its disk space limit",
		"mailbox is full",
		"mailbox over quota",
		"mailbox quota usage exceeded",
		"mailbox size limit exceeded",
		"maildir over quota",
		"maildir delivery failed: userdisk quota ",
		"maildir delivery failed: domaindisk quota ",
		"mailfolder is full",
		"no space left on device",
		"not enough storage space in",
		"not sufficient disk space",
		"over the allowed quota",
		"quota exceeded",
		"quota violation for",
		"recipient reached disk quota",
		"recipient rejected: mailbox would exceed maximum allowed storage",
		"the recipient mailbox has exceeded its disk space limit",
		"the user's space has been used up",
		"the user you are trying to reach is over quota",
		"too much mail data",
		"user has exceeded quota, bouncing mail",
		"user has too many messages on the server",
		"user is over quota",
		"user is over the quota",
		"user over quota",
		"was automatically rejected: quota exceeded",
		"would be over the allowed quota",
		"inbox is out of storage space",
		"is over quota"
	],
	suspend: [
		" is currently suspended",
		" temporary locked",
		"archived recipient",
		"boite du destinataire archivee",
		"email account that you tried to reach is disabled",
		"email account that you tried to reach is inactive",
		"has been suspended",
		"inactive account",
		"invalid/inactive user",
		"is a deactivated mailbox",
		"is unavailable: user is terminated",
		"mailbox currently suspended",
		"mailbox disabled",
		"mailbox is frozen",
		"mailbox unavailable or access denied",
		"recipient rejected: temporarily inactive",
		"recipient suspend the service",
		"this account has been disabled or discontinued",
		"this account has been temporarily suspended",
		"this address no longer accepts mail",
		"this mailbox is disabled",
		"user or domain is disabled",
		"user suspended",
		"vdelivermail: account is locked email bounced",
		"account is disabled",
		"account has been disabled",
		"mailaddress is administratively disabled",
		"mailaddress is administrativley disabled"
	],
	hasmoved: [" has been replaced by "],
	notaccept: [
		"does not accept mail (nullmx)",
		"host/domain does not accept mail",
		"host does not accept mail",
		"mail receiving disabled",
		"name server: .: host not found",
		"no mx record found for domain=",
		"no route for current request",
		"smtp protocol returned a permanent error",
		"null mx"
	],
	blocked: [
		" said: 550 blocked",
		"//www.spamcop.net/bl.",
		"bad sender ip address",
		"banned sending ip",
		"blacklisted by",
		"blocked using ",
		"blocked - see http",
		"dnsbl:attrbl",
		"client host rejected: abus detecte gu_eib_02",
		"client host rejected: abus detecte gu_eib_04",
		"client host rejected: may not be mail exchanger",
		"client host rejected: was not authenticated",
		"confirm this mail server",
		"connection dropped",
		"connection refused by",
		"connection reset by peer",
		"connection was dropped by remote host",
		"connections not accepted from ip addresses on spamhaus xbl",
		"currently sending spam see: ",
		"domain does not exist:",
		"dynamic/zombied/spam ips blocked",
		"error: no valid recipients from ",
		"esmtp not accepting connections",
		"extreme bad ip profile",
		"go away",
		"helo command rejected:",
		"host network not allowed",
		"hosts with dynamic ip",
		"invalid ip for sending mail of domain",
		"is in a black list",
		"is not allowed to send mail from",
		"no access from mail server",
		"no matches to nameserver query",
		"not currently accepting mail from your ip",
		"part of their network is on our block list",
		"please use the smtp server of your isp",
		"refused - see http",
		"rejected - multi-blacklist",
		"rejected because the sending mta or the sender has not passed validation",
		"rejecting open proxy",
		"sender ip address rejected",
		"server access forbidden by your ip ",
		"service not available, closing transmission channel",
		"smtp error from remote mail server after initial connection:",
		"sorry, that domain isn't in my list of allowed rcpthosts",
		"sorry, your remotehost looks suspiciously like spammer",
		"to submit messages to this e-mail system has been rejected",
		"too many spams from your ip",
		"too many unwanted messages have been sent from the following ip address above",
		"was blocked by ",
		"we do not accept mail from dynamic ips",
		"you are not allowed to connect",
		"you are sending spam",
		"your ip address is listed in the rbl",
		"your network is temporary blacklisted",
		[
			"(",
			"@",
			":blocked)"
		],
		["access from ip address ", " blocked"],
		["client host ", " blocked using"],
		["connections will not be accepted from ", " because the ip is in spamhaus's list"],
		["dnsbl:rbl ", ">_is_blocked"],
		["email blocked by ", ".barracudacentral.org"],
		["email blocked by ", "spamhaus"],
		[
			"host ",
			" refused to talk to me: ",
			" blocked"
		],
		["ip ", " is blocked by earthlink"],
		["is in an ", "rbl on "],
		["mail server at ", " is blocked"],
		["mail from ", " refused:"],
		["message from ", " rejected based on blacklist"],
		["messages from ", " temporarily deferred due to user complaints"],
		["server ip ", " listed as abusive"],
		["sorry! your ip address", " is blocked by rbl"],
		["the domain ", " is blacklisted"],
		["the email ", " is blacklisted"],
		["the ip", " is blacklisted"],
		["veuillez essayer plus tard. service refused, please try later. ", "103"],
		["veuillez essayer plus tard. service refused, please try later. ", "510"],
		"service refused, please try later",
		["your sender's ip address is listed at ", ".abuseat.org"]
	],
	badreputation: [
		"a poor email reputation score",
		"has been temporarily rate limited due to ip reputation",
		"ip/domain reputation problems",
		"likely suspicious due to the very low reputation",
		"none/bad reputation",
		"very low reputation of the sending",
		"temporarily deferred due to unexpected volume or user complaints",
		"the sending mta's poor reputation"
	],
	rejected: [
		"access denied (in reply to mail from command)",
		"access denied (sender blacklisted)",
		"address rejected",
		"administrative prohibition",
		"batv failed to verify",
		"batv validation failure",
		"backscatter protection detected an invalid or expired email address",
		"because the sender isn't on the recipient's list of senders to accept mail from",
		"bogus mail from",
		"can't determine purported responsible address",
		"connections not accepted from servers without a valid sender domain",
		"denied [bouncedeny]",
		"denied by secumail valid-address-filter",
		"delivery not authorized, message refused",
		"does not exist e2110",
		"domain of sender address ",
		"email address is on senderfilterconfig list",
		"emetteur invalide",
		"empty envelope senders not allowed",
		"envelope blocked - ",
		"error: no third-party dsns",
		"from: domain is invalid. please provide a valid from:",
		"invalid domain, see <url:",
		"invalid sender",
		"is not a registered gateway user",
		"mail from not owned by user",
		"message rejected: email address is not verified",
		"mx records for ",
		"null sender is not allowed",
		"recipient addresses rejected : access denied",
		"recipient not accepted. (batv: no tag",
		"returned mail not accepted here",
		"rfc 1035 violation: recursive cname records for",
		"rule imposed mailbox access for",
		"sending this from a different address or alias using the ",
		"sender address has been blacklisted",
		"sender email address rejected",
		"sender is in my black list",
		"sender is spammer",
		"sender not pre-approved",
		"sender rejected",
		"sender domain is empty",
		"sender verify failed",
		"sender was rejected",
		"spam reporting address",
		"syntax error: empty email address",
		"the message has been rejected by batv defense",
		"this server does not accept mail from",
		"transaction failed unsigned dsn for",
		"unroutable sender address",
		"you are not allowed to post to this mailing list",
		"you are sending to/from an address that has been blacklisted",
		"your access to submit messages to this e-mail system has been rejected",
		"your email address has been blacklisted"
	],
	authfailure: [
		"//spf.pobox.com",
		"bad spf records for",
		"dmarc policy",
		"please inspect your spf settings",
		"sender policy framework (spf) fail",
		"sender policy framework violation",
		"spf (sender policy framework) domain authentication fail",
		"spf check: fail",
		"does not pass dmarc",
		"dkim/spf not aligned",
		"not pass dmarc verification",
		"fails to pass authentication checks",
		"senders to authenticate with",
		"senders to authenticate their email",
		"aligned with either the authenticated spf or dkim",
		"unauthenticated email from",
		"sender is unauthenticated",
		"failed spf",
		"spf validation",
		"dkim validation failed",
		[" is not allowed to send mail.", "_401"],
		["is not allowed to send from <", " per it's spf record"]
	],
	requireptr: [
		"access denied. ip name lookup failed",
		"all mail servers must have a ptr record with a valid reverse dns entry",
		"bad dns ptr resource record",
		"cannot find your hostname",
		"client host rejected: cannot find your hostname",
		"fix reverse dns for ",
		"ips with missing ptr records",
		"no ptr record found.",
		"please get a custom reverse dns name from your isp for your host",
		"ptr record setup",
		"reverse dns failed",
		"sender ip reverse lookup rejected",
		"the ip address sending this message does not have a ptr record setup",
		"the corresponding forward dns entry does not point to the sending ip",
		"this system will not accept messages from servers/devices with no reverse dns",
		"unresolvable relay host name",
		"we do not accept mail from hosts with dynamic ip or generic dns ptr-records",
		"does not have a ptr record",
		["domain ", " mismatches client ip"],
		["dns lookup failure: ", " try again later"],
		["reverse dns lookup for host ", " failed permanently"],
		["server access ", " forbidden by invalid rdns record of your mail server"],
		["service permits ", " unverifyable sending ips"]
	],
	spamdetected: [
		" - spam",
		"//www.spamhaus.org/help/help_spam_16.htm",
		"//dsbl.org/help/help_spam_16.htm",
		"//mail.163.com/help/help_spam_16.htm",
		"554 5.7.0 reject, id=",
		"appears to be unsolicited",
		"blacklisted url in message",
		"block for spam",
		"blocked by policy: no spam please",
		"blocked by spamassassin",
		"blocked for abuse. see http://att.net/blocks",
		"cannot be forwarded because it was detected as spam",
		"considered unsolicited bulk e-mail (spam) by our mail filters",
		"content filter rejection",
		"cyberoam anti spam engine has identified this email as a bulk email",
		"denied due to spam list",
		"high probability of spam",
		"is classified as spam and is rejected",
		"listed in work.drbl.imedia.ru",
		"the mail server detected your message as spam and has prevented delivery.",
		"mail appears to be unsolicited",
		"mail content denied",
		"may consider spam",
		"message considered as spam or virus",
		"message contains spam or virus",
		"message content rejected",
		"message detected as spam",
		"message filtered",
		"message looks like spam",
		"message is being rejected as it seems to be a spam",
		"message refused by mailmarshal spamprofiler",
		"message refused by trustwave seg spamprofiler",
		"message rejected as spam",
		"message rejected because of unacceptable content",
		"message rejected due to suspected spam content",
		"message rejected for policy reasons",
		"message was rejected for possible spam/virus content",
		"our email server thinks this email is spam",
		"our system has detected that this message is ",
		"probable spam",
		"reject bulk.advertising",
		"rejected: spamassassin score ",
		"rejected - bulk email",
		"rejecting banned content",
		"rejecting mail content",
		"related to content with spam-like characteristics",
		"sender domain listed at ",
		"sending address not accepted due to spam filter",
		"spam blocked",
		"spam check",
		"spam content matched",
		"spam detected",
		"spam email",
		"spam email not accepted",
		"spam message rejected.",
		"spam not accepted",
		"spam refused",
		"spam rejection",
		"spam score ",
		"spambouncer identified spam",
		"spamming not allowed",
		"too many spam complaints",
		"too much spam.",
		"the email message was detected as spam",
		"the message has been rejected by spam filtering engine",
		"the message was rejected due to classification as bulk mail",
		"the content of this message looked like spam",
		"this message appears to be spam",
		"this message has been identified as spam",
		"this message has been scored as spam with a probability",
		"this message was classified as spam",
		"this message was rejected by recurrent pattern detection system",
		"transaction failed spam message not queued",
		"we dont accept spam",
		"your email appears similar to spam we have received before",
		"your email breaches local uribl policy",
		"your email had spam-like ",
		"your email is considered spam",
		"your email is probably spam",
		"your email was detected as spam",
		"your message as spam and has prevented delivery",
		"your message has been temporarily blocked by our filter",
		"your message has been rejected because it appears to be spam",
		"your message has triggered a spam block",
		"your message may contain the spam contents",
		"your message failed several antispam checks",
		"likely unsolicited mail",
		"nature of the content or the links",
		["greylisted", " please try again in"],
		["mail rejete. mail rejected. ", "506"],
		["our filters rate at and above ", " percent probability of being spam"],
		["rejected by ", " (spam)"],
		["rejected due to spam ", "classification"],
		["rejected due to spam ", "content"],
		["rule imposed as ", " is blacklisted on"],
		["spam ", " exceeded"],
		["this message scored ", " spam points"]
	],
	virusdetected: [
		"it has a potentially executable attachment",
		"the message was rejected because it contains prohibited virus or spam content",
		"this form of attachment has been used by recent viruses or other malware",
		"virus detected",
		"virus phishing/malicious_url detected",
		"your message was infected with a virus"
	],
	contenterror: [
		"duplicate header",
		"header size exceeds maximum permitted",
		"improper use of 8-bit data in message header",
		"message header size, or recipient list, exceeds policy limit",
		"message mime complexity exceeds the policy maximum",
		"routing loop detected -- too many received: headers",
		"this message contain invalid mime headers",
		"this message contain improperly-formatted binary content",
		"this message contain text that uses unnecessary base64 encoding"
	],
	notcompliantrfc: [
		"this message is not rfc 5322 compliant",
		"https://support.google.com/mail/?p=rfcmessagenoncompliant",
		"is not rfc 5322 compliant"
	],
	filtered: [
		"because the recipient is only accepting mail from specific email addresses",
		"bounced address",
		"due to extended inactivity new mail is not currently being accepted for this mailbox",
		"has restricted sms e-mail",
		"is not accepting any mail",
		"message rejected due to user rules",
		"not found recipient account",
		"refused due to recipient preferences",
		"resolver.rst.notauthorized",
		"this account is protected by",
		"user refuses to receive this mail",
		"user reject",
		"we failed to deliver mail because the following address recipient id refuse to receive mail",
		"you have been blocked by the recipient"
	],
	policyviolation: [
		"an illegal attachment on your message",
		"because the recipient is not accepting mail with ",
		"by non-member to a members-only list",
		"closed mailing list",
		"denied by policy",
		"email not accepted for policy reasons",
		"email rejected due to security policies",
		"header are not accepted",
		"header error",
		"local policy violation",
		"message bounced due to organizational settings",
		"message given low priority",
		"message not accepted for policy reasons",
		"message rejected due to local policy",
		"messages with multiple addresses",
		"rejected for policy reasons",
		"protocol violation",
		"the email address used to send your message is not subscribed to this group",
		"the message was rejected by organization policy",
		"this message was blocked because its content presents a potential",
		"we do not accept messages containing images or other attachments",
		"you're using a mass mailer",
		["you have exceeded the", "allowable number of posts without solving a captcha"]
	],
	securityerror: [
		"account not subscribed to ses",
		"authentication credentials invalid",
		"authentication failure",
		"authentication turned on in your email client",
		"executable files are not allowed in compressed files",
		"insecure mail relay",
		"recipient address rejected: access denied",
		"sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
		"unauthenticated senders not allowed",
		"verification failure",
		["authentication failed; server ", " said: "],
		["authentification invalide", "305"],
		["authentification requise", "402"],
		["domain ", " is a dead domain"],
		["user ", " is not authorized to perform ses:sendrawemail on resource"]
	],
	norelaying: [
		"as a relay",
		"email address is not verified.",
		"insecure mail relay",
		"is not permitted to relay through this server without authentication",
		"no relaying",
		"not a gateway",
		"not allowed to relay through this machine",
		"not an open relay, so get lost",
		"not local host",
		"relay access denied",
		"relay denied",
		"relay not permitted",
		"relaying denied",
		"relaying mail to ",
		"specified domain is not allowed",
		"that domain isn't in my list of allowed rcpthost",
		"this system is not configured to relay mail",
		"unable to relay for",
		"unable to relay recipient",
		"we don't handle mail for"
	],
	toomanyconn: [
		"all available ips are at maximum connection limit",
		"connection rate limit exceeded",
		"exceeds per-domain connection limit for",
		"has exceeded the max emails per hour ",
		"throttling failure: daily message quota exceeded",
		"throttling failure: maximum sending rate exceeded",
		"too many connections",
		"too many connections from your host.",
		"too many concurrent smtp connections",
		"too many errors from your ip",
		"too many recipients",
		"too many smtp sessions for this host",
		"trop de connexions, ",
		"we have already made numerous attempts to deliver this message"
	],
	speeding: [
		"mail sent from your ip address has been temporarily rate limited",
		"please try again slower",
		"receiving mail at a rate that prevents additional messages from being delivered",
		"rate limited",
		"rate limit exceeded",
		"is receiving mail too quickly",
		"sending quota exceeded",
		"sending limit exceeded",
		"unusual rate of"
	],
	expired: [
		"connection timed out",
		"could not find a gateway for",
		"delivery attempts will continue to be",
		"delivery expired",
		"delivery time expired",
		"failed to deliver to domain ",
		"giving up on",
		"have been failing for a long time",
		"has been delayed",
		"it has not been collected after",
		"message expired after sitting in queue for",
		"message expired, cannot connect to remote server",
		"message expired, connection refulsed",
		"message timed out",
		"retry time not reached for any host after a long failure period",
		"server did not respond",
		"this message has been in the queue too long",
		"unable to deliver message after multiple retries",
		"was not reachable within the allowed queue period",
		"your message could not be delivered for more than",
		"retry timeout exceeded",
		"envelope expired",
		"could not deliver for the last ",
		"delivery retry timeout exceeded",
		["could not be delivered for", " days"]
	],
	networkerror: [
		"could not connect and send the mail to",
		"dns records for the destination computer could not be found",
		"hop count exceeded - possible mail loop",
		"host is unreachable",
		"host name lookup failure",
		"host not found, try again",
		"mail forwarding loop for ",
		"malformed name server reply",
		"malformed or unexpected name server reply",
		"maximum forwarding loop count exceeded",
		"message looping",
		"message probably in a routing loop",
		"no route to host",
		"too many hops",
		"unable to resolve route ",
		"unrouteable mail domain",
		"message exceeded 50 hops"
	],
	systemerror: [
		"aliasing/forwarding loop broken",
		"can't create user output file",
		"could not load drd for domain",
		"internal error reading data",
		"internal server error: operation now in progress",
		"interrupted system call",
		"it encountered an error while being processed",
		"it would create a mail loop",
		"local configuration error",
		"local error in processing",
		"loop was found in the mail exchanger",
		"loops back to myself",
		"mail system configuration error",
		"queue file write error",
		"recipient deferred because there is no mdb",
		"remote server is misconfigured",
		"server configuration error",
		"service currently unavailable",
		"system config error",
		"temporary local problem",
		"timeout waiting for input",
		"transaction failed "
	],
	systemfull: ["mail system full", "requested mail action aborted: exceeded storage allocation"],
	mailererror: [
		" || exit ",
		"procmail: ",
		"bin/procmail",
		"bin/maidrop",
		"command failed: ",
		"command died with status ",
		"command output:",
		"mailer error",
		"pipe to |/",
		"x-unix; "
	],
	mesgtoobig: [
		"exceeded maximum inbound message size",
		"line limit exceeded",
		"max message size exceeded",
		"message file too big",
		"message length exceeds administrative limit",
		"message size exceeds fixed limit",
		"message size exceeds fixed maximum message size",
		"message size exceeds maximum value",
		"message too big",
		"message too large for this ",
		"size limit",
		"taille limite du message atteinte",
		"exceeded google's message size limits",
		"exceeds google's message size limit of",
		"mail size limit exceeded"
	],
	exceedlimit: [
		"message header size exceeds limit",
		"message too large",
		"message size exceeds recipient"
	]
};
/** Whether the (lower-case) text contains the phrase, or the tuple's fragments in order. */
function matchesPhrase(text, phrase) {
	if (typeof phrase === "string") return text.includes(phrase);
	let at = -1;
	for (const fragment of phrase) {
		const found = text.indexOf(fragment, at + 1);
		if (found < 0) return false;
		at = found + fragment.length - 1;
	}
	return true;
}
const REJECTED_IS_NOT = [
	"5.1.0 address rejected",
	"recipient address rejected",
	"sender ip address rejected"
];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const COMPILED = new Map(Object.entries(PHRASES).map(([cls, phrases]) => {
	const plain = phrases.filter((p) => typeof p === "string");
	return [cls, {
		any: plain.length ? new RegExp(plain.map(escape).join("|")) : null,
		tuples: phrases.filter((p) => typeof p !== "string")
	}];
}));
const matchesClass = (text, cls) => {
	if (cls === "rejected" && REJECTED_IS_NOT.some((p) => text.includes(p))) return false;
	const c = COMPILED.get(cls);
	return !!c && ((c.any?.test(text) ?? false) || c.tuples.some((t) => matchesPhrase(text, t)));
};
/** Enhanced status codes and the class each stands for (sisimai's SMTP::Status StandardCode, RFC 3463, RFC 7372, RFC 7505). */
const STATUS_CLASS = {
	"4.1.6": "hasmoved",
	"4.1.7": "rejected",
	"4.1.8": "rejected",
	"4.1.9": "systemerror",
	"4.2.1": "suspend",
	"4.2.2": "mailboxfull",
	"4.2.3": "exceedlimit",
	"4.2.4": "filtered",
	"4.3.1": "systemfull",
	"4.3.2": "notaccept",
	"4.3.3": "systemerror",
	"4.3.5": "systemerror",
	"4.4.1": "expired",
	"4.4.2": "networkerror",
	"4.4.3": "systemerror",
	"4.4.4": "networkerror",
	"4.4.5": "systemfull",
	"4.4.6": "networkerror",
	"4.4.7": "expired",
	"4.4.8": "networkerror",
	"4.5.3": "systemerror",
	"4.5.5": "systemerror",
	"4.6.0": "contenterror",
	"4.6.2": "contenterror",
	"4.6.5": "contenterror",
	"4.7.1": "blocked",
	"4.7.2": "blocked",
	"4.7.5": "securityerror",
	"4.7.6": "securityerror",
	"4.7.7": "securityerror",
	"4.7.12": "securityerror",
	"4.7.15": "securityerror",
	"4.7.16": "mesgtoobig",
	"4.7.24": "authfailure",
	"4.7.25": "requireptr",
	"4.7.26": "authfailure",
	"4.7.27": "authfailure",
	"4.7.30": "authfailure",
	"4.7.32": "authfailure",
	"4.7.23": "requireptr",
	"5.1.0": "userunknown",
	"5.1.1": "userunknown",
	"5.1.2": "hostunknown",
	"5.1.3": "userunknown",
	"5.1.4": "filtered",
	"5.1.6": "hasmoved",
	"5.1.7": "rejected",
	"5.1.8": "rejected",
	"5.1.9": "systemerror",
	"5.1.10": "notaccept",
	"5.2.0": "filtered",
	"5.2.1": "filtered",
	"5.2.2": "mailboxfull",
	"5.2.3": "exceedlimit",
	"5.2.4": "filtered",
	"4.3.0": "systemerror",
	"5.3.0": "systemerror",
	"5.3.1": "systemfull",
	"5.3.2": "notaccept",
	"5.3.3": "systemerror",
	"5.3.4": "mesgtoobig",
	"5.3.5": "systemerror",
	"5.4.0": "networkerror",
	"5.4.3": "systemerror",
	"5.4.4": "hostunknown",
	"5.5.2": "syntaxerror",
	"5.5.3": "toomanyconn",
	"5.5.4": "systemerror",
	"5.5.5": "systemerror",
	"5.5.6": "syntaxerror",
	"5.6.0": "contenterror",
	"5.6.1": "contenterror",
	"5.6.2": "contenterror",
	"5.6.3": "contenterror",
	"5.6.5": "contenterror",
	"5.6.6": "contenterror",
	"5.6.7": "contenterror",
	"5.6.8": "contenterror",
	"5.6.9": "contenterror",
	"5.7.0": "securityerror",
	"5.7.1": "securityerror",
	"5.7.2": "securityerror",
	"5.7.3": "securityerror",
	"5.7.4": "securityerror",
	"5.7.5": "securityerror",
	"5.7.6": "securityerror",
	"5.7.7": "securityerror",
	"5.7.8": "securityerror",
	"5.7.9": "securityerror",
	"5.7.10": "securityerror",
	"5.7.11": "securityerror",
	"5.7.13": "suspend",
	"5.7.14": "securityerror",
	"5.7.15": "securityerror",
	"5.7.16": "mesgtoobig",
	"5.7.17": "hasmoved",
	"5.7.18": "hasmoved",
	"5.7.19": "securityerror",
	"5.7.20": "authfailure",
	"5.7.21": "authfailure",
	"5.7.22": "authfailure",
	"5.7.23": "authfailure",
	"5.7.24": "authfailure",
	"5.7.25": "requireptr",
	"5.7.26": "authfailure",
	"5.7.27": "notaccept",
	"5.7.28": "spamdetected",
	"5.7.29": "authfailure",
	"5.7.30": "securityerror"
};
/**
* Fixed wording of particular MTAs and services, which sisimai's format readers state as the
* reason before the general rules run (Sisimai::Lhost::*::MessagesOf / ReFailures / FailOnLDAP,
* rb-sisimai 5.1, BSD-2-Clause). Lower case. Ambiguous one-word entries are left out.
*/
const FORMAT_PHRASES = [
	["spamdetected", " - spam"],
	["virusdetected", " - infected"],
	["contenterror", " - bad header:"],
	["exceedlimit", " - message size exceeds recipient"],
	["systemerror", " - temporary mta failure on relaying"],
	["systemerror", " - rejected by next-hop mta on relaying"],
	["mailboxfull", "the number of messages in recipient's mailbox exceeded the local limit."],
	["hostunknown", "no such domain."],
	["systemerror", "this domain's dns violates rfc 1035."],
	["networkerror", "dns lookup failed."],
	["hostunknown", "host or domain name not found"],
	["userunknown", "not listed in domino directory"],
	["userunknown", "not listed in public name & address book"],
	["userunknown", "non répertorié dans l'annuaire domino"],
	["userunknown", "no se encuentra en el directorio de domino"],
	["userunknown", "domino ディレクトリには見つかりません"],
	["userunknown", "ディレクトリのリストにありません"],
	["filtered", "cannot route mail to user"],
	["systemerror", "several matches found in domino directory"],
	["networkerror", "message has exceeded maximum hop count"],
	["expired", "could not deliver for the last "],
	["hostunknown", "dns lookup failure: host "],
	["mesgtoobig", "mail size limit exceeded"],
	["expired", "delivery retry timeout exceeded"],
	["expired", "dns error: could not contact dns servers"],
	["expired", "delivery to the following recipient has been delayed"],
	["expired", "the recipient server did not accept our requests to connect"],
	["hostunknown", "dns error: domain name not found"],
	["hostunknown", "dns error: dns server returned answer with no data"],
	["userunknown", "because the address couldn't be found. check for typos or unnecessary spaces and try again."],
	["notaccept", "null mx"],
	["networkerror", " had no relevant answers."],
	["networkerror", " responded with code nxdomain"],
	["hostunknown", "all host address lookups failed permanently"],
	["hostunknown", "all relevant mx records point to non-existent hosts"],
	["hostunknown", "unrouteable address"],
	["mailboxfull", "error: quota exceed"],
	["notaccept", "an mx or srv record indicated no smtp service"],
	["notaccept", "no host found for existing smtp connection"],
	["syntaxerror", "angle-brackets nested too deep"],
	["syntaxerror", "expected word or \"<\""],
	["syntaxerror", "domain missing in source-routed address"],
	["syntaxerror", "malformed address:"],
	["systemerror", "delivery to file forbidden"],
	["systemerror", "delivery to pipe forbidden"],
	["systemerror", "local delivery failed"],
	["systemerror", "lmtp error after "],
	["contenterror", "too many \"received\" headers"],
	["expired", "retry timeout exceeded"],
	["mailboxfull", "the user(s) account is temporarily over quota"],
	["suspend", "the user(s) account is disabled."],
	["suspend", "the user(s) account is temporarily limited."],
	["expired", "your message was not delivered within "],
	["mailboxfull", "as their mailbox is full"],
	["norelaying", "due to the following smtp relay error"],
	["hostunknown", "as the remote domain doesnt exist"],
	["hostunknown", "unknown host"],
	["userunknown", "invalid final delivery userid"],
	["mailboxfull", "user mailbox exceeds allowed size"],
	["virusdetected", "requested action not taken: virus detected"],
	["userunknown", " user not exist"],
	["securityerror", "please turn on smtp authentication in your mail client"],
	["hostunknown", "illegal host/domain name found"],
	["hostunknown", "the mail could not be delivered to the recipient because the domain is not reachable"],
	["expired", "envelope expired"],
	["hostunknown", "invalid domain name"],
	["notaccept", "destination seem to reject all mails"],
	["notaccept", "no mx found for domain"],
	["notaccept", "no mx found for destination"],
	["networkerror", "address family mismatch on destination mxs"],
	["networkerror", "all routes to destination blocked"],
	["networkerror", "bad dns lookup error code"],
	["networkerror", "could not retrieve source address"],
	["networkerror", "loop detected"],
	["networkerror", "network error on destination mxs"],
	["networkerror", "no valid route to remote mx"],
	["networkerror", "no valid route to destination"],
	["networkerror", "temporary failure in mx lookup"],
	["securityerror", "could not retrieve credentials"],
	["suspend", "mailaddress is administratively disabled"],
	["suspend", "mailaddress is administrativley disabled"],
	["exceedlimit", "the message exeeded the maximum size the user accepts"],
	["systemerror", "automatic homedir creator crashed"],
	["systemerror", "illegal value in ldap attribute"],
	["systemerror", "ldap attribute is not given but mandatory"],
	["systemerror", "timeout while performing search on ldap server"],
	["systemerror", "too many results returned but needs to be unique"],
	["systemerror", "permanent error while executing qmail-forward"],
	["systemerror", "temporary error in automatic homedir creation"],
	["systemerror", "temporary error while executing qmail-forward"],
	["systemerror", "temporary failure in ldap lookup"],
	["systemerror", "unable to contact ldap server"],
	["systemerror", "unable to login into ldap server, bad credentials"],
	["userunknown", "no mailbox here by that name"],
	["mailboxfull", "disk quota exceeded"],
	["mesgtoobig", "message size exceeds fixed maximum message size:"],
	["hostunknown", "sorry, i couldn't find any host "],
	["systemfull", "requested action not taken: mailbox unavailable (not enough free space)"],
	["systemerror", "bad interpreter: no such file or directory"],
	["notaccept", "sorry, i couldn't find a mail exchanger or ip address"],
	["networkerror", "sorry, i wasn't able to establish an smtp connection"],
	["networkerror", "sorry. although i'm listed as a best-preference mx or a for that host"],
	["mesgtoobig", "message too large"],
	["contenterror", "message content rejected"],
	["expired", "delivery expired"],
	["expired", "message expired"],
	["blocked", "a problem occurred. (ask your postmaster for help"],
	["authfailure", "does not have authentication information"],
	["expired", "host not reachable"],
	["userunknown", "please check if address is correct"],
	["userunknown", "dd this user doesn't have a "],
	["userunknown", "remote server returned unknown recipient"],
	["rejected", "mail rejected by destination domain"],
	["rejected", "groups.google.com/support"],
	["userunknown", "rcp-p1"],
	["userunknown", "int-p1"],
	["userunknown", "int-p3"],
	["userunknown", "int-p4"],
	["filtered", "rcp-p2"],
	["filtered", "rcp-p3"],
	["mesgtoobig", "msg-p1"],
	["mesgtoobig", "int-p2"],
	["contenterror", "msg-p2"],
	["contenterror", "msg-p3"],
	["contenterror", "pol-p6"],
	["securityerror", "pol-p1"],
	["securityerror", "pol-p2"],
	["securityerror", "pol-p5"],
	["notaccept", "pol-p3"],
	["notaccept", "pol-p4"],
	["notaccept", "pol-t1"],
	["notaccept", "pol-t2"],
	["notaccept", "pol-t3"],
	["rejected", "dns-p1"],
	["rejected", "dns-p2"],
	["rejected", "dns-t1"],
	["rejected", "dns-p3"],
	["rejected", "dns-t2"],
	["systemerror", "con-t1"],
	["toomanyconn", "con-t3"],
	["suspend", "rcp-t4"]
];
const FORMAT_ANY = new RegExp(FORMAT_PHRASES.map(([, p]) => escape(p)).join("|"));
/** The class a format's own fixed wording states, if any (first match in the list's order). */
function formatClass(text) {
	if (!FORMAT_ANY.test(text)) return void 0;
	return FORMAT_PHRASES.find(([, phrase]) => text.includes(phrase))?.[0];
}
// electron/core/mailbox/provider-rules.ts
const endsWithAny = (s, suffixes) => suffixes.some((x) => s === x.replace(/^\./, "") || s.endsWith(x));
const GOOGLE = {
	authfailure: [
		[
			"451",
			"4.7.24",
			"the spf record of the sending domain"
		],
		[
			"550",
			"5.7.24",
			"the spf record of the sending domain"
		],
		[
			"421",
			"4.7.26",
			"senders to authenticate with either spf or dkim"
		],
		[
			"550",
			"5.7.26",
			"senders to authenticate with either spf or dkim"
		],
		[
			"550",
			"5.7.26",
			"fails to pass spf checks for an spf record with a hard fail"
		],
		[
			"550",
			"5.7.26",
			"has an spf record with a hard fail policy"
		],
		[
			"451",
			"4.7.26",
			"is not accepted due to domain's dmarc policy"
		],
		[
			"550",
			"5.7.26",
			"is not accepted due to domain's dmarc policy"
		],
		[
			"550",
			"5.7.1",
			"fails to pass authentication checks"
		],
		[
			"550",
			"5.7.26",
			"fails to pass authentication checks"
		],
		[
			"550",
			"5.7.26",
			"this mail has been blocked because the sender is unauthenticated"
		],
		[
			"421",
			"4.7.27",
			"senders to authenticate with spf"
		],
		[
			"421",
			"4.7.27",
			"senders to authenticate their email with spf"
		],
		[
			"550",
			"5.7.27",
			"senders to authenticate with spf"
		],
		[
			"421",
			"4.7.30",
			"senders to authenticate their email with dkim"
		],
		[
			"550",
			"5.7.30",
			"senders to authenticate with dkim"
		],
		[
			"421",
			"4.7.32",
			"aligned with either the authenticated spf or dkim"
		],
		[
			"550",
			"5.7.32",
			"aligned with either the authenticated spf or dkim"
		]
	],
	badreputation: [
		[
			"421",
			"4.7.0",
			"very low reputation of the sending ip address"
		],
		[
			"421",
			"4.7.0",
			"very low reputation of the sending domain"
		],
		[
			"550",
			"5.7.1",
			"likely suspicious due to the very low reputation of the sending ip address"
		],
		[
			"550",
			"5.7.1",
			"likely suspicious due to the very low reputation of the sending domain"
		]
	],
	blocked: [
		[
			"421",
			"4.7.0",
			"ip not in whitelist for rcpt domain"
		],
		[
			"421",
			"4.7.0",
			"try again later, closing connection."
		],
		[
			"501",
			"5.5.4",
			"empty helo/ehlo argument not allowed"
		],
		[
			"501",
			"5.5.4",
			"helo/ehlo argument is invalid"
		],
		[
			"421",
			"4.7.0",
			"an unusual rate of unsolicited mail"
		],
		[
			"421",
			"4.7.28",
			"an unusual rate of mail"
		],
		[
			"550",
			"5.7.1",
			"an unusual rate of unsolicited mail"
		],
		[
			"550",
			"5.7.28",
			"an unusual rate of unsolicited mail"
		]
	],
	exceedlimit: [
		[
			"552",
			"5.2.3",
			"your message exceeded google's message size limits"
		],
		[
			"552",
			"5.3.4",
			"exceeds google's limit of limit attachments."
		],
		[
			"552",
			"5.3.4",
			"your message exceeded google's message header size limits"
		],
		[
			"552",
			"5.3.4",
			"bytes per individual header size"
		],
		[
			"552",
			"5.3.4",
			"exceeds google's header name limit of"
		],
		[
			"552",
			"5.3.4",
			"exceeds google's message header size limit"
		]
	],
	expired: [[
		"421",
		"4.7.0",
		"connection expired"
	], [
		"451",
		"4.4.2",
		"timeout - closing connection"
	]],
	mailboxfull: [
		[
			"452",
			"4.2.2",
			"inbox is out of storage space"
		],
		[
			"552",
			"5.2.2",
			"inbox is out of storage space and inactive"
		],
		[
			"452",
			"4.2.2",
			"is over quota"
		],
		[
			"552",
			"5.2.2",
			"is over quota"
		],
		[
			"550",
			"5.7.1",
			"email quota exceeded"
		]
	],
	mesgtoobig: [[
		"552",
		"5.3.4",
		"exceeded google's message size limits"
	], [
		"552",
		"5.3.4",
		"exceeds google's message size limit of"
	]],
	networkerror: [[
		"554",
		"5.4.6",
		"message exceeded 50 hops"
	], [
		"554",
		"5.6.0",
		"message exceeded 50 hops"
	]],
	norelaying: [
		[
			"550",
			"5.7.0",
			"mail relay denied"
		],
		[
			"550",
			"5.7.1",
			"invalid credentials for relay"
		],
		[
			"550",
			"5.7.1",
			"is not authorized to send email directly to our servers"
		]
	],
	notcompliantrfc: [
		[
			"550",
			"5.7.1",
			"missing a valid address in the from: header"
		],
		[
			"550",
			"5.7.1",
			"multiple addresses in from: header are not accepted"
		],
		[
			"550",
			"5.7.1",
			"is not rfc 5322 compliant"
		],
		[
			"550",
			"5.7.1",
			"missing a valid message-id: header"
		],
		[
			"550",
			"5.7.1",
			"contains a unicode character in a disallowed header"
		],
		[
			"550",
			"5.7.1",
			"encoded-word syntax is not permitted"
		],
		[
			"553",
			"5.1.7",
			"is not a valid rfc 5321 address"
		],
		[
			"554",
			"5.6.0",
			"mail message is malformed"
		]
	],
	policyviolation: [
		[
			"552",
			"5.7.0",
			"illegal attachment on your message"
		],
		[
			"552",
			"5.7.0",
			"blocked because its content presents a potential security issue"
		],
		[
			"550",
			"5.7.1",
			"you are sending to (or from) has a policy that prohibited"
		],
		[
			"421",
			"4.7.28",
			"sending messages with the same message-id:"
		]
	],
	rejected: [[
		"550",
		"5.7.0",
		"mail sending denied"
	], [
		"550",
		"5.7.1",
		"unauthenticated email is not accepted"
	]],
	requireptr: [
		[
			"550",
			"5.7.1",
			"does not meet ipv6 sending guidelines regarding ptr records and authentication"
		],
		[
			"421",
			"4.7.0",
			"does not have a ptr record"
		],
		[
			"421",
			"4.7.23",
			" have a ptr record, or the ptr record"
		],
		[
			"550",
			"5.7.25",
			"does not have a ptr record"
		],
		[
			"550",
			"5.7.25",
			"does not match the ip address of the hostname"
		]
	],
	securityerror: [
		[
			"421",
			"4.7.0",
			"tls required for rcpt domain"
		],
		[
			"454",
			"4.7.0",
			"too many login attempts"
		],
		[
			"501",
			"5.5.2",
			"cannot decode response"
		],
		[
			"503",
			"5.7.0",
			"no identity changes permitted"
		],
		[
			"530",
			"5.5.1",
			"authentication required."
		],
		[
			"530",
			"5.7.0",
			"authentication required."
		],
		[
			"535",
			"5.7.1",
			"application-specific password required"
		],
		[
			"535",
			"5.7.9",
			"application-specific password required"
		],
		[
			"535",
			"5.7.1",
			"please log in with your web browser"
		],
		[
			"534",
			"5.7.9",
			"please log in with your web browser"
		],
		[
			"534",
			"5.7.14",
			"please log in through your web browser"
		],
		[
			"535",
			"5.7.1",
			"username and password not accepted"
		],
		[
			"535",
			"5.7.8",
			"username and password not accepted"
		],
		[
			"421",
			"4.7.29",
			"senders to use tls/ssl for smtp"
		],
		[
			"550",
			"5.7.29",
			"senders to use tls/ssl for smtp"
		]
	],
	spamdetected: [[
		"421",
		"4.7.0",
		"due to the nature of the content or the links within"
	], [
		"550",
		"5.7.1",
		"likely unsolicited mail"
	]],
	speeding: [
		[
			"450",
			"4.2.1",
			"is receiving mail too quickly"
		],
		[
			"450",
			"4.2.1",
			"peak smtp relay limit exceeded for customer"
		],
		[
			"450",
			"4.2.1",
			"rate that prevents additional messages from being delivered"
		],
		[
			"550",
			"5.2.1",
			"rate that prevents additional messages from being delivered"
		],
		[
			"550",
			"5.4.5",
			"daily sending quota exceeded"
		],
		[
			"550",
			"5.4.5",
			"daily user sending limit exceeded"
		],
		[
			"550",
			"5.4.5",
			"daily smtp relay limit exceeded for"
		],
		[
			"550",
			"5.7.1",
			"daily smtp relay limit exceeded for"
		],
		[
			"550",
			"5.7.1",
			"daily smtp relay sending limit exceeded for"
		],
		[
			"550",
			"5.7.1",
			"this mail has been rate limited"
		]
	],
	suspend: [[
		"550",
		"5.2.1",
		"account that you tried to reach is disabled"
	], [
		"550",
		"5.2.1",
		"account that you tried to reach is inactive"
	]],
	syntaxerror: [
		[
			"451",
			"4.5.0",
			"smtp protocol violation"
		],
		[
			"454",
			"4.5.0",
			"smtp protocol violation"
		],
		[
			"525",
			"5.7.10",
			"smtp protocol violation"
		],
		[
			"535",
			"5.5.4",
			"optional argument not permitted"
		],
		[
			"454",
			"5.5.1",
			"starttls may not be repeated"
		],
		[
			"501",
			"5.7.11",
			"syntax error"
		],
		[
			"501",
			"5.5.2",
			"syntax error"
		],
		[
			"555",
			"5.5.2",
			"syntax error"
		],
		[
			"502",
			"5.5.1",
			"too many unrecognized commands, goodbye"
		],
		[
			"502",
			"5.5.1",
			"unimplemented command"
		],
		[
			"502",
			"5.5.1",
			"unrecognized command"
		],
		[
			"503",
			"5.5.1",
			"bad sequence of commands"
		],
		[
			"503",
			"5.5.1",
			"ehlo/helo first"
		],
		[
			"503",
			"5.5.1",
			"mail first"
		],
		[
			"503",
			"5.5.1",
			"rcpt first"
		],
		[
			"503",
			"5.5.1",
			"no data after bdat"
		],
		[
			"504",
			"5.7.4",
			"unrecognized authentication type"
		],
		[
			"504",
			"5.7.4",
			"xoauth is no longer supported"
		],
		[
			"530",
			"5.7.0",
			"must issue a starttls command first"
		],
		[
			"554",
			"5.7.0",
			"too many unauthenticated commands"
		]
	],
	systemerror: [
		[
			"421",
			"4.3.0",
			"temporary system problem"
		],
		[
			"421",
			"4.7.0",
			"temporary system problem"
		],
		[
			"421",
			"4.4.5",
			"server busy"
		],
		[
			"451",
			"4.3.0",
			"multiple destination domains per transaction is unsupported"
		],
		[
			"451",
			"4.3.0",
			"mail server has temporarily rejected this message"
		],
		[
			"451",
			"4.3.0",
			"mail server temporarily rejected message"
		],
		[
			"452",
			"4.5.3",
			"domain policy size per transaction exceeded"
		],
		[
			"454",
			"4.7.0",
			"cannot authenticate due to temporary system problem"
		]
	],
	toomanyconn: [[
		"452",
		"4.5.3",
		"your message has too many recipients"
	], [
		"550",
		"5.5.3",
		"too many recipients for this sender"
	]],
	userunknown: [
		[
			"550",
			"5.1.1",
			"the email account that you tried to reach does not exist"
		],
		[
			"553",
			"5.1.2",
			"we weren't able to find the recipient domain"
		],
		[
			"553",
			"5.1.3",
			"is not a valid rfc 5321 address"
		]
	]
};
function google(p) {
	if (!/^[245]\d\d$/.test(p.reply) || !p.status) return void 0;
	const status = p.status.slice(2);
	const reply = p.reply.slice(1);
	for (const [cls, rules] of Object.entries(GOOGLE)) if (rules.some(([r, s, phrase]) => p.text.includes(phrase) && r.endsWith(reply) && s.endsWith(status))) return cls;
}
const MICROSOFT = {
	authfailure: [
		[
			"4.7.26",
			0,
			0,
			"must pass either spf or dkim validation, this message is not signed"
		],
		[
			"5.7.23",
			0,
			0,
			"the message was rejected because of sender policy framework violation"
		],
		[
			"5.7.509",
			0,
			0,
			"does not pass dmarc verification"
		],
		[
			"5.7.515",
			0,
			0,
			"sending domain"
		],
		[
			"5.7.515",
			0,
			0,
			"does not meet the required authentication level"
		]
	],
	badreputation: [[
		"4.7.650",
		0,
		0,
		"has been temporarily rate limited due to ip reputation"
	]],
	blocked: [
		[
			"4.4.2",
			0,
			0,
			"connection dropped"
		],
		[
			"4.7.",
			850,
			899,
			"access denied, please try again later"
		],
		[
			"5.7.25",
			0,
			0,
			"must have a reverse dns record"
		],
		[
			"5.7.506",
			0,
			0,
			"access denied, bad helo"
		],
		[
			"5.7.507",
			0,
			0,
			"access denied, rejected by recipient"
		],
		[
			"5.7.510",
			0,
			0,
			"does not accept email over ipv6"
		],
		[
			"5.7.511",
			0,
			0,
			"access denied, banned sender"
		],
		[
			"5.7.513",
			0,
			0,
			"using customer block list"
		],
		[
			"5.7.",
			606,
			649,
			"access denied, banned sending ip "
		],
		[
			"4.7.",
			500,
			699,
			"access denied, please try again later"
		],
		[
			"5.5.4",
			0,
			0,
			"invalid domain name"
		],
		[
			"5.7.51",
			0,
			0,
			"restrictdomainstoipaddresses or restrictdomainstocertificate"
		],
		[
			"5.7.1",
			0,
			0,
			"part of their network is on our block list (s3150)"
		]
	],
	contenterror: [
		[
			"5.3.0",
			0,
			0,
			"too many related errors"
		],
		[
			"5.6.11",
			0,
			0,
			"invalid characters"
		],
		[
			"5.4.11",
			0,
			0,
			"agent generated message depth exceeded"
		],
		[
			"5.5.6",
			0,
			0,
			"invalid message content"
		]
	],
	exceedlimit: [[
		"5.2.3",
		0,
		0,
		"resolver.rst.recipsizelimit; message too large for this recipient"
	]],
	expired: [
		[
			"4.4.1",
			0,
			0,
			"connection timed out"
		],
		[
			"4.4.7",
			0,
			0,
			"message delayed"
		],
		[
			"4.4.7",
			0,
			0,
			"queue expired; message expired"
		],
		[
			"4.4.7",
			0,
			0,
			"message expired"
		],
		[
			"5.4.300",
			0,
			0,
			"message expired"
		]
	],
	hostunknown: [[
		"5.4.310",
		0,
		0,
		"does not exist"
	], [
		"5.4.4",
		0,
		0,
		"smtpsend.dns.nonexistentdomain; nonexistent domain"
	]],
	mailboxfull: [[
		"5.2.2",
		0,
		0,
		"mailbox full"
	]],
	mesgtoobig: [[
		"5.3.4",
		0,
		0,
		"message size exceeds fixed maximum message size"
	], [
		"5.3.4",
		0,
		0,
		"message too big for system"
	]],
	networkerror: [
		[
			"5.4.6",
			0,
			0,
			"hop count exceeded - possible mail loop"
		],
		[
			"4.4.316",
			0,
			0,
			"connection refused"
		],
		[
			"5.4.4",
			0,
			0,
			"invalid arguments"
		],
		[
			"5.4.6",
			0,
			0,
			"routing loop detected"
		],
		[
			"5.4.14",
			0,
			0,
			"routing loop detected"
		]
	],
	norelaying: [
		[
			"5.7.1",
			0,
			0,
			"unable to relay"
		],
		[
			"5.7.1",
			0,
			0,
			"client was not authenticated"
		],
		[
			"5.4.1",
			0,
			0,
			"relay access denied"
		],
		[
			"5.7.64",
			0,
			0,
			"tenantattribution; relay access denied"
		]
	],
	notaccept: [
		[
			"4.3.2",
			0,
			0,
			"system not accepting network messages"
		],
		[
			"4.4.4",
			0,
			0,
			"hosted tenant which has no mail-enabled subscriptions"
		],
		[
			"5.3.2",
			0,
			0,
			"storedrv.deliver: missing or bad storedriver mdb properties"
		]
	],
	policyviolation: [
		[
			"5.0.350",
			0,
			0,
			"x-dg-ref header is too long"
		],
		[
			"5.0.350",
			0,
			0,
			"requested action not taken: policy violation detected (as345)"
		],
		[
			"5.7.",
			900,
			999,
			"delivery not authorized, message refused"
		]
	],
	rejected: [
		[
			"5.1.7",
			0,
			0,
			"invalid address"
		],
		[
			"5.1.7",
			0,
			0,
			"unknown sender address"
		],
		[
			"5.1.0",
			0,
			0,
			"sender denied"
		],
		[
			"5.1.8",
			0,
			0,
			"access denied, bad outbound sender"
		],
		[
			"5.7.1",
			0,
			0,
			"delivery not authorized"
		],
		[
			"5.7.12",
			0,
			0,
			"sender was not authenticated by organization"
		],
		[
			"5.7.124",
			0,
			0,
			"sender not in allowed-senders list"
		],
		[
			"5.7.133",
			0,
			0,
			"sender not authenticated for group"
		],
		[
			"5.7.134",
			0,
			0,
			"sender was not authenticated for mailbox"
		],
		[
			"5.7.13",
			0,
			0,
			"sender was not authenticated for public folder"
		],
		[
			"5.7.135",
			0,
			0,
			"sender was not authenticated for public folder"
		],
		[
			"5.7.136",
			0,
			0,
			"sender was not authenticated"
		],
		[
			"5.7.",
			501,
			503,
			"access denied, spam abuse detected"
		],
		[
			"5.7.512",
			0,
			0,
			"access denied, message must be rfc 5322 section 3.6.2 compliant"
		],
		[
			"5.7.750",
			0,
			0,
			"service unavailable. client blocked from sending from unregistered domains"
		],
		[
			"5.7.",
			501,
			503,
			"access denied, banned sender"
		]
	],
	securityerror: [
		[
			"5.7.3",
			0,
			0,
			"cannot achieve exchange server authentication"
		],
		[
			"5.7.3",
			0,
			0,
			"not authorized"
		],
		[
			"4.4.317",
			0,
			0,
			"starttls is required to send mail"
		],
		[
			"5.4.317",
			0,
			0,
			"starttls is required to send mail"
		],
		[
			"4.7.321",
			0,
			0,
			"starttls-not-supported: destination mail server must support tls to receive mail"
		],
		[
			"5.7.321",
			0,
			0,
			"starttls-not-supported: destination mail server must support tls to receive mail"
		],
		[
			"5.7.57",
			0,
			0,
			"client was not authenticated to send anonymous mail during mail from"
		]
	],
	spamdetected: [[
		"5.2.1",
		0,
		0,
		"content filter agent quarantined this message"
	]],
	speeding: [
		[
			"4.3.2",
			0,
			0,
			"storedrv.deliver; recipient thread limit exceeded"
		],
		[
			"5.1.90",
			0,
			0,
			"your message can't be sent because you've reached your daily limit for message recipients"
		],
		[
			"5.2.2",
			0,
			0,
			"submission quota exceeded"
		],
		[
			"5.2.121",
			0,
			0,
			"recipient's per hour message receive limit from specific sender exceeded"
		],
		[
			"5.2.122",
			0,
			0,
			"recipient's per hour message receive limit exceeded"
		],
		[
			"5.7.508",
			0,
			0,
			"has exceeded permitted limits within"
		],
		[
			"5.7.",
			700,
			749,
			"access denied, tenant has exceeded threshold"
		],
		[
			"5.7.",
			700,
			749,
			"access denied, traffic not accepted from this ip"
		]
	],
	suspend: [
		[
			"5.7.504",
			0,
			0,
			"recipient address rejected: access denied"
		],
		[
			"5.7.505",
			0,
			0,
			"access denied, banned recipient"
		],
		[
			"5.2.1",
			0,
			0,
			"mailbox cannot be accessed"
		]
	],
	syntaxerror: [[
		"5.3.3",
		0,
		0,
		"unrecognized command"
	], [
		"5.5.2",
		0,
		0,
		"send hello first"
	]],
	systemerror: [
		[
			"4.3.2",
			0,
			0,
			"service not available"
		],
		[
			"4.3.2",
			0,
			0,
			"service not active"
		],
		[
			"5.3.5",
			0,
			0,
			"system incorrectly configured"
		],
		[
			"5.0.0",
			0,
			0,
			"helo / ehlo requires domain address"
		],
		[
			"5.1.4",
			0,
			0,
			"destination mailbox address ambiguous"
		],
		[
			"5.2.4",
			0,
			0,
			"mailing list expansion problem"
		],
		[
			"5.2.14",
			0,
			0,
			"misconfigured forwarding address"
		],
		[
			"4.4.3",
			0,
			0,
			"temporary server error. please try again later attr18"
		],
		[
			"4.4.318",
			0,
			0,
			"(suspiciousremoteservererror)"
		],
		[
			"5.4.318",
			0,
			0,
			"(suspiciousremoteservererror)"
		],
		[
			"4.7.500",
			0,
			0,
			"server busy. please try again later from "
		],
		[
			"4.7.700",
			0,
			0,
			"pfa agent busy, please try again."
		]
	],
	systemfull: [[
		"4.3.1",
		0,
		0,
		"insufficient system resources"
	]],
	toomanyconn: [
		[
			"5.5.3",
			0,
			0,
			"too many recipients"
		],
		[
			"4.5.3",
			0,
			0,
			"too many recipients"
		],
		[
			"5.2.122",
			0,
			0,
			"the recipient has exceeded their limit for"
		]
	],
	userunknown: [
		[
			"5.1.1",
			0,
			0,
			"resolver.adr.exrecipnotfound; not found"
		],
		[
			"5.1.1",
			0,
			0,
			"user unknown"
		],
		[
			"5.1.3",
			0,
			0,
			"storedrv.submit; invalid recipient address"
		],
		[
			"5.1.",
			4,
			5,
			"recipient address reserved by rfc 2606"
		],
		[
			"5.1.6",
			0,
			0,
			"recipient addresses in single label domains not accepted"
		],
		[
			"5.1.1",
			0,
			0,
			"bad destination mailbox address"
		],
		[
			"5.1.10",
			0,
			0,
			"recipient not found"
		],
		[
			"5.4.1",
			0,
			0,
			"recipient address rejected: access denied"
		],
		[
			"5.5.0",
			0,
			0,
			"requested action not taken: mailbox unavailable"
		],
		[
			"5.1.2",
			0,
			0,
			"invalid x.400 address"
		]
	]
};
function microsoft(p) {
	if (!p.status) return void 0;
	const detail = Number(p.status.split(".")[2]);
	for (const [cls, rules] of Object.entries(MICROSOFT)) if (rules.some(([code, lo, hi, phrase]) => {
		if (lo === hi ? p.status !== code : !p.status.startsWith(code) || detail < lo || detail > hi) return false;
		return p.text.includes(phrase);
	})) return cls;
}
const phraseTable = (table) => (p) => Object.entries(table).find(([, phrases]) => phrases.some((f) => p.text.includes(f)))?.[0];
const yahoo = phraseTable({
	authfailure: ["yahoo requires all senders to authenticate with either spf or dkim"],
	blocked: [" because the ip is in spamhaus's list;", "not accepted from ip addresses on spamhaus xbl"],
	norelaying: ["relaying denied for "],
	notcompliantrfc: ["headers are not rfc compliant"],
	policyviolation: ["not accepted for policy reasons"],
	badreputation: ["temporarily deferred due to unexpected volume or user complaints"],
	rejected: ["due to unresolvable rfc.5321 domain", " will be permanently deferred"],
	speeding: ["user is receiving mail too quickly"],
	suspend: [" is no longer valid.", "this mailbox is disabled"],
	syntaxerror: ["syntax error in parameters or arguments"],
	toomanyconn: ["max message per connection reached"],
	userunknown: ["dd this user doesn't have a ", "mailbox not found"]
});
const apple = phraseTable({
	authfailure: ["s dmarc policy", "blocked for failing both spf and dkim autentication checks"],
	blocked: [
		"rejected due to having a domain present in the spamhaus",
		"rejected due to listing in spamhaus",
		"blocked - see https://support.proofpoint.com/dnsbl-lookup",
		"not accepting connections"
	],
	hasmoved: ["recipient no longer on server"],
	mailboxfull: ["user is over quota"],
	norelaying: ["relay access denied"],
	notaccept: ["host/domain does not accept mail"],
	policyviolation: ["due to local policy"],
	rejected: ["sender address rejected"],
	speeding: ["due to excessive volume"],
	userunknown: [
		"inactive email address",
		"user does not exist",
		"unknown or illegal alias"
	]
});
const FRANCE_PTT = {
	"101": "blocked",
	"102": "blocked",
	"103": "blocked",
	"104": "toomanyconn",
	"305": "securityerror",
	"401": "authfailure",
	"402": "securityerror",
	"403": "rejected",
	"405": "rejected",
	"415": "rejected",
	"416": "userunknown",
	"417": "mailboxfull",
	"420": "suspend",
	"421": "rejected",
	"426": "suspend",
	"505": "systemerror",
	"506": "spamdetected",
	"510": "blocked",
	"514": "mesgtoobig",
	"517": "authfailure",
	"630": "policyviolation",
	"999": "blocked"
};
const francePtt = (p) => {
	const m = p.raw.match(/\b(?:LPN|LPNAAA|OFR|OUK)(?:_(\d{3})|\d{3}[-_](\d{3}))\b/i);
	const found = m ? FRANCE_PTT[m[1] ?? m[2]] : void 0;
	if (found) return found;
	return p.text.includes("spf/dns de votre nom de domaine") ? "authfailure" : void 0;
};
const COX = {
	CXBL: "blocked",
	CXDNS: "requireptr",
	CXSNDR: "authfailure",
	CXSMTP: "rejected",
	CXCNCT: "toomanyconn",
	CXMXRT: "toomanyconn",
	CDRBL: "blocked",
	CXTHRT: "securityerror",
	CXMJ: "securityerror"
};
const SPECTRUM = [
	[
		1e3,
		0,
		"blocked"
	],
	[
		1010,
		0,
		"rejected"
	],
	[
		1020,
		1080,
		"rejected"
	],
	[
		1090,
		0,
		"systemerror"
	],
	[
		1100,
		1150,
		"requireptr"
	],
	[
		1160,
		1190,
		"policyviolation"
	],
	[
		1200,
		1250,
		"blocked"
	],
	[
		1260,
		0,
		"networkerror"
	],
	[
		1300,
		1340,
		"toomanyconn"
	],
	[
		1350,
		1490,
		"speeding"
	],
	[
		1500,
		0,
		"rejected"
	],
	[
		1520,
		0,
		"rejected"
	],
	[
		1530,
		0,
		"mesgtoobig"
	],
	[
		1540,
		0,
		"speeding"
	],
	[
		1550,
		0,
		"speeding"
	],
	[
		1560,
		0,
		"policyviolation"
	],
	[
		1580,
		0,
		"speeding"
	]
];
const aup = (p) => {
	const cox = p.raw.match(/AUP#([0-9A-Z]+)/);
	if (cox) {
		const code = cox[1];
		if (COX[code]) return COX[code];
		if (code.startsWith("IPBL")) return "blocked";
		if (code.startsWith("URLBL")) return "spamdetected";
	}
	const spectrum = p.raw.match(/AUP#[-A-Za-z]*(\d{4})/);
	if (spectrum) {
		const n = Number(spectrum[1]);
		return SPECTRUM.find(([lo, hi]) => hi === 0 ? n === lo : n >= lo && n <= hi)?.[2];
	}
};
const GODADDY = {
	IB401: "securityerror",
	IB501: "notcompliantrfc",
	IB502: "notcompliantrfc",
	IB506: "rejected",
	IB508: "authfailure",
	IB108: "requireptr",
	IB212: "spamdetected",
	IB705: "virusdetected",
	IB605: "toomanyconn",
	IB007: "toomanyconn",
	IB101: "speeding",
	IB110: "blocked",
	IB111: "blocked",
	IB112: "blocked",
	IB113: "blocked",
	IB504: "speeding",
	IB510: "speeding",
	IB607: "speeding",
	IB103: "badreputation",
	IB104: "blocked",
	IB105: "blocked",
	IB106: "blocked"
};
const godaddy = (p) => {
	const m = p.raw.match(/ (IB\d{3})\b/);
	return m ? GODADDY[m[1]] : void 0;
};
const IUA = {
	"1": "norelaying",
	"2": "userunknown",
	"3": "suspend",
	"4": "mailboxfull",
	"5": "toomanyconn",
	"6": "norelaying",
	"7": "blocked",
	"8": "rejected",
	"9": "blocked",
	"10": "filtered"
};
const iua = (p) => {
	const m = p.text.match(/\.i\.ua\/err\/(\d{1,2})/);
	return m ? IUA[m[1]] : void 0;
};
const mimecast = phraseTable({
	authfailure: [
		"spf sender invalid - envelope rejected",
		"dkim sender invalid - envelope rejected",
		"dmarc sender invalid - envelope rejected"
	],
	badreputation: ["local ct ip reputation - (reject)"],
	blocked: ["ip temporarily blacklisted"],
	policyviolation: [
		"anti-spoofing policy - inbound not allowed",
		"rejected by header-based anti-spoofing policy",
		"message bounced due to content examination policy",
		"host network not allowed",
		"host network, not allowed"
	],
	virusdetected: ["email rejected due to security policies"],
	rejected: [
		"administrative prohibition envelope blocked",
		"envelope blocked - user entry",
		"envelope blocked - user domain entry",
		"envelope rejected - block policy for envelope from address"
	],
	securityerror: ["this route requires encryption (tls)", "this route requires tls version 1.2 or greater"],
	userunknown: ["invalid recipient"]
});
const kddi = phraseTable({
	filtered: ["550 : user unknown"],
	userunknown: [">: user unknown"]
});
const docomo = (p) => {
	if (p.status === "5.1.1" || p.status === "5.0.911") return "userunknown";
	if (p.status === "5.2.0") return "filtered";
	if (p.text.includes("552 too much mail data")) return "mailboxfull";
	if (p.text.includes("552 too many recipients")) return "toomanyconn";
};
const PROVIDERS = [
	{
		hosts: [
			"aspmx.l.google.com",
			"gmail-smtp-in.l.google.com",
			".google.com",
			".googlemail.com"
		],
		domains: ["gmail.com", "googlemail.com"],
		rule: google
	},
	{
		hosts: [
			".prod.outlook.com",
			".protection.outlook.com",
			".hotmail.com",
			".outlook.com"
		],
		domains: [
			"outlook.com",
			"hotmail.com",
			"live.com",
			"msn.com",
			"hotmail.co.uk",
			"hotmail.fr",
			"outlook.jp"
		],
		rule: microsoft
	},
	{
		hosts: [
			".yahoodns.net",
			".yahoo.com",
			".aol.com"
		],
		domains: [
			"yahoo.com",
			"yahoo.co.jp",
			"ymail.com",
			"aol.com",
			"rocketmail.com"
		],
		rule: yahoo
	},
	{
		hosts: [
			".mail.icloud.com",
			".apple.com",
			".me.com"
		],
		domains: [
			"icloud.com",
			"me.com",
			"mac.com"
		],
		rule: apple
	},
	{
		hosts: [".mimecast.com"],
		domains: [],
		words: /mimecast/,
		rule: mimecast
	},
	{
		hosts: [".ezweb.ne.jp", "msmx.au.com"],
		domains: ["ezweb.ne.jp", "au.com"],
		rule: kddi
	},
	{
		hosts: ["mfsmax.docomo.ne.jp", ".docomo.ne.jp"],
		domains: ["docomo.ne.jp"],
		words: /\bdocomo\b/,
		rule: docomo
	}
];
/** The class a provider's own rules give the reply, or undefined when no provider rule speaks. */
function providerClass(p) {
	for (const rule of [
		francePtt,
		aup,
		godaddy,
		iua
	]) {
		const found = rule(p);
		if (found) return found;
	}
	for (const { hosts, domains, words, rule } of PROVIDERS) if (endsWithAny(p.host, hosts) || domains.includes(p.domain) || words?.test(p.text) || words?.test(p.domain)) {
		const found = rule(p);
		if (found) return found;
	}
	return google(p) ?? microsoft(p);
}
// electron/core/mailbox/reason.ts
const RETRY = /* @__PURE__ */ new Set([
	"undefined",
	"onhold",
	"systemerror",
	"securityerror",
	"expired",
	"suspend",
	"networkerror",
	"hostunknown",
	"userunknown"
]);
const PRE_USERUNKNOWN = [
	"norelaying",
	"blocked",
	"mailboxfull",
	"hasmoved",
	"rejected",
	"notaccept"
];
const EARLY_COMMANDS = /* @__PURE__ */ new Set([
	"CONN",
	"EHLO",
	"HELO",
	"MAIL",
	"RCPT"
]);
/** sisimai's per-class "true" checks, in its first order (ClassOrder[0]). */
function firstPass(text, statusClass, input, stated) {
	const cmd = input.command ?? "";
	const has = (cls) => matchesClass(text, cls);
	return [
		["mailboxfull", () => statusClass === "mailboxfull" || has("mailboxfull")],
		["mesgtoobig", () => statusClass === "mesgtoobig" || statusClass !== "exceedlimit" && has("mesgtoobig")],
		["exceedlimit", () => statusClass === "exceedlimit" || has("exceedlimit")],
		["suspend", () => input.reply === "525" || has("suspend")],
		["hasmoved", () => has("hasmoved")],
		["norelaying", () => ![
			"CONN",
			"EHLO",
			"HELO"
		].includes(cmd) && has("norelaying")],
		["authfailure", () => statusClass === "authfailure" || has("authfailure")],
		["userunknown", () => {
			if (statusClass === "suspend") return false;
			if (statusClass === "userunknown") return !PRE_USERUNKNOWN.some(has);
			return cmd === "RCPT" && (has("userunknown") || /recipient address rejected\.\s*(?:$|\(in reply to)/m.test(text));
		}],
		["filtered", () => {
			if (statusClass === "suspend") return false;
			if (statusClass === "filtered") return has("userunknown") || has("filtered");
			return !EARLY_COMMANDS.has(cmd) && (has("filtered") || has("userunknown"));
		}],
		["requireptr", () => has("requireptr")],
		["notcompliantrfc", () => has("notcompliantrfc")],
		["badreputation", () => has("badreputation")],
		["rejected", () => {
			if (statusClass === "rejected") return true;
			if (cmd === "MAIL") return has("rejected");
			if (cmd === "DATA") return statusClass !== "userunknown" && has("rejected");
			return [
				"onhold",
				"undefined",
				"securityerror",
				"systemerror",
				void 0
			].includes(statusClass) && has("rejected");
		}],
		["hostunknown", () => statusClass === "hostunknown" ? !has("networkerror") : has("hostunknown")],
		["spamdetected", () => statusClass === "spamdetected" || !EARLY_COMMANDS.has(cmd) && has("spamdetected")],
		["speeding", () => has("speeding")],
		["toomanyconn", () => statusClass === "toomanyconn" || has("toomanyconn")],
		["blocked", () => statusClass === "blocked" || has("blocked")]
	].find(([cls, ok]) => stated === cls || ok())?.[0];
}
const SECOND_ORDER = [
	"mailboxfull",
	"authfailure",
	"badreputation",
	"speeding",
	"spamdetected",
	"virusdetected",
	"policyviolation",
	"norelaying",
	"systemerror",
	"networkerror",
	"suspend",
	"contenterror",
	"systemfull",
	"notaccept",
	"expired",
	"securityerror",
	"mailererror"
];
function sisimaiClass(input) {
	const text = input.diagnostic.toLowerCase();
	const status = isStatusCode(input.status) ? input.status : "";
	const statusClass = STATUS_CLASS[status];
	if (input.command === "HELO" || input.command === "EHLO") return "blocked";
	const stated = input.statedClass ?? formatClass(text);
	if (stated && !RETRY.has(stated)) return stated;
	if (/^[45]\.4\.7$/.test(status) && matchesClass(text, "expired")) return "expired";
	const provider = text ? providerClass({
		text,
		raw: input.diagnostic,
		status,
		reply: input.reply,
		host: (input.remoteMta ?? "").toLowerCase(),
		domain: input.domain
	}) : void 0;
	if (provider && provider !== "undefined") return provider;
	const first = /^x-unix;/.test(text) ? void 0 : firstPass(text, statusClass, input, stated);
	if (first) return first;
	if (stated) return stated;
	if (/^[45]\.2\.1$/.test(status) && !SECOND_ORDER.some((cls) => matchesClass(text, cls))) return "suspend";
	if (statusClass && !RETRY.has(statusClass)) return statusClass;
	const worded = SECOND_ORDER.find((cls) => matchesClass(text, cls));
	if (worded) return worded;
	if (statusClass) return statusClass;
	if (/^[45]\.6\./.test(status)) return "contenterror";
	if (/^[45]\.7\./.test(status)) return "securityerror";
	if (/x-unix;/.test(text)) return "mailererror";
	const reply = Number(input.reply);
	if (reply > 500 && reply < 508 || reply > 400 && reply < 408) return "syntaxerror";
	if (input.action === "delayed") return "expired";
	if (input.command === "HELO" || input.command === "EHLO" || input.command === "CONN") return "blocked";
	return text.trim() ? "onhold" : "undefined";
}
const LIST_NAMES = [
	[/\b((?:zen|sbl|xbl|pbl|sbl-xbl|dbl)\.spamhaus\.org)\b/, "$1"],
	[/spamhaus/, "Spamhaus"],
	[/\b(bl\.spamcop\.net)\b|spamcop/, "bl.spamcop.net"],
	[/\b(b\.barracudacentral\.org)\b|barracuda/, "b.barracudacentral.org"],
	[/\b((?:dnsbl|dul|spam)\.sorbs\.net)\b/, "$1"],
	[/\b(cbl\.abuseat\.org)\b|abuseat\.org/, "cbl.abuseat.org"],
	[/\b(dnsbl-[123]\.uceprotect\.net)\b/, "$1"],
	[/\b(psbl\.surriel\.com)\b/, "psbl.surriel.com"],
	[/\b(bl\.mailspike\.net)\b/, "bl.mailspike.net"],
	[/\b(ivmsip(?:24)?)\b|invaluement/, "Invaluement"],
	[/\b(multi\.surbl\.org)\b|\bsurbl\b/, "multi.surbl.org"],
	[/cloudmark/, "Cloudmark"],
	[/proofpoint.*dnsbl|dnsbl.*proofpoint/, "Proofpoint"],
	[/\b(bl\.score\.senderscore\.com)\b|return ?path dnsbl/, "bl.score.senderscore.com"]
];
/** The DNS blacklist a reply names, when it names one. */
function listNamed(text) {
	const t = text.toLowerCase();
	for (const [re, name] of LIST_NAMES) {
		const m = t.match(re);
		if (m) return name.replace("$1", m[1] ?? "");
	}
	return (t.match(/blocked using ([a-z0-9.-]+\.[a-z]{2,})/) ?? t.match(/listed (?:on|in|at|by) (?:the )?([a-z0-9.-]+\.[a-z]{2,})/))?.[1];
}
const LISTING_WORDS = /blocked using |black ?list|block ?list|\brbl\b|dnsbl|listed (?:on|in|at|by)|spamhaus|spamcop|barracuda|sorbs|abuseat|uceprotect/;
const PTR_WORDS = /\bptr\b|reverse dns|rdns|reverse lookup|cannot find your hostname|generic dns|no hostname/;
const TLS_WORDS = /\btls\b|starttls|encryption|ssl\b|certificate|dane/;
const AUTH_WORDS = /\bspf\b|dkim|dmarc|sender policy framework|not authenticated|unauthenticated/;
/** Our reason, plus the blacklist a block names. */
function decideReason(input) {
	if (input.stated && !input.statedClass) return { reason: input.stated };
	const cls = sisimaiClass(input);
	const text = input.diagnostic.toLowerCase();
	switch (cls) {
		case "userunknown": return { reason: "user_unknown" };
		case "hostunknown":
		case "notaccept": return { reason: "host_unknown" };
		case "mailboxfull": return { reason: "mailbox_full" };
		case "suspend": return { reason: "mailbox_disabled" };
		case "hasmoved": return { reason: "has_moved" };
		case "mesgtoobig":
		case "exceedlimit": return { reason: "message_too_big" };
		case "badreputation": return { reason: "blocked_ip_reputation" };
		case "blocked": {
			const list = LISTING_WORDS.test(text) ? listNamed(text) : void 0;
			if (list || LISTING_WORDS.test(text)) return list ? {
				reason: "blocked_listed",
				list
			} : { reason: "blocked_listed" };
			if (PTR_WORDS.test(text)) return { reason: "rdns_missing" };
			return { reason: "blocked_ip_reputation" };
		}
		case "authfailure": return { reason: "auth_failed" };
		case "requireptr": return { reason: "rdns_missing" };
		case "spamdetected":
		case "virusdetected":
		case "contenterror":
		case "notcompliantrfc": return { reason: "spam_content" };
		case "filtered":
		case "policyviolation":
		case "rejected": return { reason: "policy" };
		case "securityerror":
			if (TLS_WORDS.test(text)) return { reason: "tls_required" };
			if (AUTH_WORDS.test(text)) return { reason: "auth_failed" };
			return { reason: "policy" };
		case "norelaying": return { reason: "relay_denied" };
		case "toomanyconn": return { reason: "too_many_connections" };
		case "speeding": return { reason: "rate_limited" };
		case "expired":
			if (input.action === "delayed") return { reason: /timed? ?out|refused|unreachable|no route|connect/.test(text) ? "network" : "unknown" };
			return { reason: "expired" };
		case "networkerror": return { reason: "network" };
		case "systemerror":
		case "systemfull":
		case "mailererror": return { reason: "system" };
		case "syntaxerror": return { reason: TLS_WORDS.test(text) ? "tls_required" : "syntax" };
		default: return { reason: input.stated ?? "unknown" };
	}
}
const ADDRESS_BAD = /* @__PURE__ */ new Set([
	"user_unknown",
	"host_unknown",
	"has_moved",
	"mailbox_disabled"
]);
const BLOCKS = /* @__PURE__ */ new Set([
	"blocked_ip_reputation",
	"blocked_listed",
	"auth_failed",
	"rdns_missing",
	"spam_content",
	"policy",
	"rate_limited",
	"too_many_connections",
	"tls_required"
]);
/**
* Hard when the address is bad, a block when the receiver refused the sender, a delay while the
* sending server still retries, soft otherwise. A host that is unknown only for now (a class-4
* status: DNS did not answer) says nothing certain about the address.
*/
function categoryOf(reason, action, status) {
	if (action === "delayed") return "delay";
	if (ADDRESS_BAD.has(reason)) return reason === "host_unknown" && status.startsWith("4.") ? "soft" : "hard";
	if (BLOCKS.has(reason)) return "block";
	return "soft";
}
new RegExp([
	"^\\s*(?:\\[[^\\]]*\\]\\s*)?(?:re:\\s*)?(?:undeliver|undelivered|delivery status notification|delivery notification|delivery report",
	"delivery failure|delivery fail|delivery has failed|delivery problem|returned mail|return(?:ed)? to sender|mail delivery",
	"failure notice|failed delivery|permanent delivery failure|message delivery|mail system error|mail not delivered",
	"message not delivered|message could not be delivered|non[- ]?delivery|non remis|non recapitabile|não entregue",
	"onbestelbaar|unzustellbar|nicht zustellbar|no se pudo entregar|mensaje no entregado|warning: (?:message|could not)",
	"delayed mail|mail failure|mail could not|could not send message|\\[bounce\\]|there was an error|sorry, your message",
	"message you sent|message frozen|your message could not be sent|error sending message)",
	"メール.*エラー|配信.*(?:失敗|エラー)|送信.*(?:失敗|エラー)|不達|未送達|не доставлено"
].join("|"), "i");
new RegExp([
	"this is the mail system at host",
	"this is the (?:postfix|qmail|dragonfly|mailer-daemon)",
	"hi\\. this is the qmail",
	"this message was created automatically by mail delivery software",
	"transcript of session follows",
	"the following addresses had (?:permanent fatal errors|delivery problems)",
	"delivery to the following recipient",
	"your message did not reach some or all of the intended recipients",
	"delivery has failed to these recipients",
	"could not be delivered to",
	"unable to deliver message to",
	"was not delivered to",
	"there was an error delivering your mail",
	"undeliverable to",
	"your message could not be delivered",
	"an error occurred while trying to deliver the mail",
	"this is an automatically generated delivery status notification",
	"delivery failed",
	"failure reasons",
	"the original message was received at",
	"i'm afraid i wasn't able to deliver",
	"permanent error",
	"temporary error",
	"unknown user:",
	"message could not be delivered",
	"was automatically rejected",
	"rejected your message",
	"following recipients were affected",
	"an error has occurred while attempting to deliver"
].join("|"), "i");
/** SMTP commands a text names, last one wins ("after RCPT TO", "in reply to end of DATA command"). */
function commandIn(text) {
	const qmail = text.match(/but greeting failed\.|but my name was rejected\.|but sender was rejected\.|does not like recipient\.|failed on data command|failed after i sent the message/i)?.[0].toLowerCase();
	if (qmail) return qmail.includes("greeting") ? "CONN" : qmail.includes("name") ? "EHLO" : qmail.includes("sender") ? "MAIL" : qmail.includes("recipient") ? "RCPT" : "DATA";
	const bracketed = text.match(/\[(RCPT_TO|MAIL_FROM|DATA|EHLO|HELO)\]/)?.[1];
	if (bracketed) return bracketed.split("_")[0];
	const transcript = text.match(/>>> *([A-Z]{4}[^\n]{0,200})\n(?:[^\n]{0,500}\n){0,5}?<<< *[45]\d\d/);
	if (transcript) return commandIn(transcript[1]);
	const found = [...text.matchAll(/\b(HELO|EHLO|STARTTLS|MAIL F(?:ROM|rom)|RCPT T(?:O|o)|DATA|BDAT)\b/g), ...text.matchAll(/(?:in reply to|after|did not like our) (?:end of |final )?(data|rcpt to|mail from|helo|ehlo)\b|(after initial connection|but greeting failed)/gi)].sort((a, b) => a.index - b.index);
	const last = found[found.length - 1];
	if (!last) return void 0;
	const word = (last[1] ?? last[2] ?? "CONN").toUpperCase();
	if (/CONNECTION|GREETING/.test(word)) return "CONN";
	if (word.startsWith("MAIL")) return "MAIL";
	if (word.startsWith("RCPT")) return "RCPT";
	if (word === "BDAT") return "DATA";
	return word;
}
/** Whether a text gives a reason of its own: an SMTP code, or wording one of the rules knows. */
function saysWhy(text) {
	if (/\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b/.test(text)) return true;
	const lower = text.toLowerCase();
	return !!formatClass(lower) || REASON_CLASSES.some((cls) => matchesClass(lower, cls));
}
function evidenceLine(text) {
	return text.split("\n").map((l) => l.trim()).filter(Boolean).find((l) => /\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b/.test(l)) ?? void 0;
}
function tidy(text) {
	if (!text) return void 0;
	let t = text.replace(/\s+/g, " ").trim();
	const code = t.match(/^(\d{3})[- ](?:(\d\.\d{1,3}\.\d{1,3}) )?/);
	if (code?.[1]) {
		const again = new RegExp(` ${code[1]}[- ]${code[2] ? `(?:${code[2].replace(/\./g, "\\.")} +)?` : ""}`, "g");
		t = `${code[0]}${t.slice(code[0].length).replace(again, " ")}`.replace(/\s+/g, " ").trim();
	}
	return t.length > 1e3 ? `${t.slice(0, 997)}…` : t || void 0;
}
function finish(raw, context) {
	const own = tidy(clip(raw.diagnostic) ?? "") ?? "";
	const basis = saysWhy(own) ? own : `${own}\n${clip(raw.extra) ?? ""}\n${context}`.trim();
	const codeInText = findStatus(basis);
	const reply = findReplyCode(basis, raw.status?.[0] ?? codeInText?.[0]) ?? "";
	const status = preferStatus(raw.status, codeInText, reply) ?? "";
	const action = raw.action === "delayed" ? "delayed" : "failed";
	const domain = raw.address.slice(raw.address.lastIndexOf("@") + 1).toLowerCase();
	const command = raw.command ?? commandIn(own) ?? commandIn(clip(raw.extra) ?? "") ?? commandIn(context);
	const { reason, list } = decideReason({
		status,
		reply,
		diagnostic: basis,
		action,
		domain,
		...command ? { command } : {},
		...raw.remote_mta ? { remoteMta: raw.remote_mta } : {},
		...raw.reason ? { stated: raw.reason } : {}
	});
	const out = {
		address: raw.address,
		action,
		status: isStatusCode(status) ? status : "",
		reason,
		category: categoryOf(reason, action, status)
	};
	if (reply) out.reply_code = reply;
	const diagnostic = own || tidy(evidenceLine(context));
	if (diagnostic) out.diagnostic = diagnostic;
	if (raw.remote_mta) out.remote_mta = raw.remote_mta;
	if (list) out.list = list;
	return out;
}
const ORDER = [
	"block",
	"hard",
	"soft",
	"delay"
];
const RECIPIENT_LIMIT = 4096;
const clip = (t) => t && t.length > RECIPIENT_LIMIT ? t.slice(0, RECIPIENT_LIMIT) : t;
const REASON_CLASSES = Object.keys(PHRASES);
function assemble(recipients, source, reportingMta) {
	if (recipients.length === 0) return null;
	const lead = [...recipients].sort((a, b) => ORDER.indexOf(a.category) - ORDER.indexOf(b.category))[0];
	const info = {
		category: lead.category,
		reason: lead.reason,
		recipients,
		source
	};
	if (reportingMta) info.reporting_mta = reportingMta;
	return info;
}
/**
* A bounce decided again from the evidence a report gave (address, action, status, diagnostic),
* as stored by earlier versions of the app: migration 0010 uses it for the events it keeps.
*/
function bounceFromEvidence(recipients, source) {
	return assemble(recipients.filter((r) => r.address && r.action !== "delivered" && isMailbox(r.address) && !(source === "text" && looksLikeMessageId(r.address.slice(0, r.address.lastIndexOf("@"))))).map((r) => finish(r, "")), source, void 0);
}
// electron/core/store/migrations/0010_bounce_reasons.ts
var _0010_bounce_reasons_exports = /* @__PURE__ */ __exportAll({ up: () => up$1 });
async function up$1(db) {
	await db.schema.alterTable("mailbox_events").addColumn("reason", "text").execute();
	for (const column of ["blocks", "delays"]) await db.schema.alterTable("snapshots").addColumn(column, "integer", (c) => c.notNull().defaultTo(0)).execute();
	await db.schema.alterTable("snapshots").addColumn("block_rate", "real", (c) => c.notNull().defaultTo(0)).execute();
	const events = await sql`
    select account_id, folder, uidvalidity, uid, detail from mailbox_events where kind in ('hard_bounce', 'soft_bounce')`.execute(db);
	for (const e of events.rows) {
		const old = parse(e.detail);
		const bounce = bounceFromEvidence(old.recipients, old.heuristic ? "text" : "dsn");
		if (bounce && old.original_message_id) bounce.original_message_id = old.original_message_id;
		const kind = !bounce ? "soft_bounce" : bounce.category === "hard" ? "hard_bounce" : bounce.category === "soft" ? "soft_bounce" : bounce.category;
		await sql`update mailbox_events set kind = ${kind}, reason = ${bounce?.reason ?? "unknown"}, detail = ${JSON.stringify(bounce ?? old)}
      where account_id = ${e.account_id} and folder = ${e.folder} and uidvalidity = ${e.uidvalidity} and uid = ${e.uid}`.execute(db);
	}
	await sql`
    update snapshots set
      hard_bounces = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'hard_bounce'),
      soft_bounces = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'soft_bounce'),
      blocks = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'block'),
      delays = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'delay'),
      complaints = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'complaint'),
      replies = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'reply')`.execute(db);
	await sql`
    update snapshots set
      bounce_rate = case when sent > 0 then (hard_bounces + soft_bounces) * 1.0 / sent else 0 end,
      block_rate = case when sent > 0 then blocks * 1.0 / sent else 0 end,
      complaint_rate = case when sent > 0 then complaints * 1.0 / sent else 0 end,
      reply_rate = case when sent > 0 then replies * 1.0 / sent else 0 end`.execute(db);
	await sql`update mailbox_folders set last_uid = 0 where role != 'sent'`.execute(db);
	await db.schema.createIndex("mailbox_events_by_kind").on("mailbox_events").columns([
		"account_id",
		"kind",
		"date"
	]).execute();
}
function parse(detail) {
	try {
		const d = JSON.parse(detail);
		return {
			...d,
			recipients: Array.isArray(d.recipients) ? d.recipients : []
		};
	} catch {
		return { recipients: [] };
	}
}
// electron/core/store/migrations/0012_blocks_sign_in_health.ts
var _0012_blocks_sign_in_health_exports = /* @__PURE__ */ __exportAll({ up: () => up });
async function up(db) {
	for (const column of ["blocked_30d", "blocked_7d"]) await db.schema.alterTable("account_rates").addColumn(column, "integer", (c) => c.notNull().defaultTo(0)).execute();
	const sum = (expr, days) => sql.raw(`coalesce((select sum(${expr}) from snapshots s where s.account_id = account_rates.account_id
      and s.date between date(substr(account_rates.measured_at, 1, 10), '-${days - 1} days') and substr(account_rates.measured_at, 1, 10)), 0)`);
	await sql`update account_rates set
      sent_30d = ${sum("s.sent", 30)}, bounced_30d = ${sum("s.hard_bounces + s.soft_bounces", 30)},
      blocked_30d = ${sum("s.blocks", 30)}, complaints_30d = ${sum("s.complaints", 30)},
      sent_7d = ${sum("s.sent", 7)}, bounced_7d = ${sum("s.hard_bounces + s.soft_bounces", 7)},
      blocked_7d = ${sum("s.blocks", 7)}, complaints_7d = ${sum("s.complaints", 7)}`.execute(db);
	await sql`update accounts set health_at = null`.execute(db);
	await db.schema.dropIndex("accounts_client_health").execute();
	await db.schema.createIndex("accounts_client_health").on("accounts").columns([
		"client_id",
		"health_rank",
		"health"
	]).execute();
	await sql`alter table accounts add column mail_kind text generated always as (${MAIL_KIND}) virtual`.execute(db);
	await db.schema.createIndex("accounts_mail_kind").on("accounts").columns(["mail_kind", "auth_method"]).execute();
}
const DOMAIN = "lower(substr(email, instr(email, '@') + 1))";
const HOSTS = ["rtrim(lower(smtp_host), '.')", "rtrim(lower(imap_host), '.')"];
const anyHost = (test) => `(${HOSTS.map(test).join(" or ")})`;
const MAIL_KIND = sql.raw(`case
  when ${DOMAIN} in ('outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com', 'windowslive.com', 'hotmail.co.uk', 'hotmail.fr',
  'hotmail.de', 'hotmail.it', 'hotmail.es', 'hotmail.nl', 'hotmail.be', 'hotmail.ca', 'outlook.fr', 'outlook.de', 'outlook.it', 'outlook.es',
  'outlook.jp', 'outlook.co.uk', 'outlook.com.au', 'outlook.com.br', 'live.co.uk', 'live.fr', 'live.de', 'live.it', 'live.nl', 'live.ca', 'live.com.au') or ${anyHost((h) => `${h} in ('smtp-mail.outlook.com', 'imap-mail.outlook.com')`)} then 'outlook_consumer'
  when ${DOMAIN} in ('gmail.com', 'googlemail.com') then 'gmail'
  when provider = 'microsoft' or ${anyHost((h) => `${h} like '%.office365.com' or ${h} = 'outlook.office.com'`)} then 'microsoft_365'
  when provider = 'google' or ${anyHost((h) => `${h} in ('smtp.gmail.com', 'imap.gmail.com', 'smtp-relay.gmail.com')`)} then 'google_workspace'
  else 'other' end`);
// electron/core/store/migrations/index.ts
const MIGRATIONS = {
	"0001_initial": _0001_initial_exports,
	"0002_connection_tests": _0002_connection_tests_exports,
	"0003_domains": _0003_domains_exports,
	"0004_mailbox_metrics": _0004_mailbox_metrics_exports,
	"0005_hardening": _0005_hardening_exports,
	"0007_health": _0007_health_exports,
	"0008_alerts_scheduler": _0008_alerts_scheduler_exports,
	"0009_oauth_sign_in": _0009_oauth_sign_in_exports,
	"0010_bounce_reasons": _0010_bounce_reasons_exports,
	"0012_blocks_sign_in_health": _0012_blocks_sign_in_health_exports
};
// electron/core/store/open-store.ts
const DATABASE_FILE = "inboxfleet.sqlite";
const staticProvider = (migrations) => ({ getMigrations: async () => migrations });
async function openStore(dataDir, migrations = MIGRATIONS) {
	mkdirSync(dataDir, { recursive: true });
	const lock = lockDataDir(dataDir);
	const file = path.join(dataDir, DATABASE_FILE);
	let sqlite;
	try {
		sqlite = new BetterSqlite3(file);
	} catch (err) {
		lock.close();
		throw err;
	}
	sqlite.pragma("journal_mode = WAL");
	sqlite.pragma("synchronous = NORMAL");
	sqlite.pragma("foreign_keys = ON");
	sqlite.pragma("busy_timeout = 5000");
	sqlite.pragma("secure_delete = ON");
	const db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
	const close = async () => {
		await db.destroy();
		lock.close();
	};
	try {
		await refuseNewerDatabase(db, migrations);
		const { error, results } = await new Migrator({
			db,
			provider: staticProvider(migrations)
		}).migrateToLatest();
		const failed = results?.find((r) => r.status === "Error");
		if (error || failed) throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${error instanceof Error ? error.message : String(error)}`);
		if (results?.some((r) => r.migrationName === "0005_hardening" && r.status === "Success")) {
			sqlite.exec("VACUUM");
			sqlite.pragma("wal_checkpoint(TRUNCATE)");
		}
	} catch (err) {
		await close();
		throw err;
	}
	const rawQuery = (text) => {
		const statement = sqlite.prepare(text).raw(true);
		return (...params) => statement.all(...params);
	};
	return {
		db,
		file,
		rawQuery,
		close
	};
}
const LOCK_FILE = "inboxfleet.lock";
/**
* One core per data folder: an exclusive OS lock (a SQLite lock on a small file of its own, so the
* database stays readable by other tools) held until close. The OS drops it when the process
* dies, so a crash never leaves the folder locked. A second opener, in this process or another,
* gets `already_open` at once instead of racing the first through the migrations.
*/
function lockDataDir(dataDir) {
	const lock = new BetterSqlite3(path.join(dataDir, LOCK_FILE), { timeout: 0 });
	try {
		lock.pragma("locking_mode = EXCLUSIVE");
		lock.exec("BEGIN EXCLUSIVE; COMMIT");
	} catch (err) {
		lock.close();
		if (err.code === "SQLITE_BUSY") throw new AppError("already_open", `Inboxfleet is already open on the data folder ${dataDir} (another window or process is using it). Close it first.`);
		throw err;
	}
	return { close: () => lock.close() };
}
async function refuseNewerDatabase(db, migrations) {
	if ((await sql`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)).rows.length === 0) return;
	const unknown = (await sql`select name from kysely_migration order by name`.execute(db)).rows.map((r) => r.name).filter((n) => !(n in migrations));
	if (unknown.length > 0) throw new AppError("unsupported_database", `This data was written by a newer version of Inboxfleet (it has migration ${unknown.join(", ")}). Update Inboxfleet to open it; nothing was changed.`);
}
// shared/health.ts
/**
* Worst first: the order lists and sorts use (unknown always last). `sign_in_expired` is its own
* state (the provider refused a signed-in inbox's token: the fix is "sign in again", not a
* password) and ranks with failing: neither inbox can send until the user acts.
*/
const HEALTHS = [
	"failing",
	"sign_in_expired",
	"at_risk",
	"watch",
	"healthy",
	"unknown"
];
/** Sort key stored with each inbox: failing and sign-in expired 0 … healthy 3, unknown 4. */
const HEALTH_RANK = {
	failing: 0,
	sign_in_expired: 0,
	at_risk: 1,
	watch: 2,
	healthy: 3,
	unknown: 4
};
// electron/core/store/account-mapping.ts
function toAccount(row) {
	const usesSmtp = row.imap_uses_smtp_password === 1;
	return {
		id: row.id,
		email: row.email,
		display_name: row.display_name,
		provider: row.provider,
		smtp_host: row.smtp_host,
		smtp_port: row.smtp_port,
		smtp_security: row.smtp_security,
		smtp_username: row.smtp_username,
		smtp_password_stored: row.smtp_password_stored === 1,
		imap_host: row.imap_host,
		imap_port: row.imap_port,
		imap_security: row.imap_security,
		imap_username: row.imap_username,
		imap_uses_smtp_password: usesSmtp,
		imap_password_stored: usesSmtp ? row.smtp_password_stored === 1 : row.imap_password_stored === 1,
		daily_limit: row.daily_limit,
		min_minutes_between_sends: row.min_minutes_between_sends,
		signature_html: row.signature_html,
		reply_to: row.reply_to,
		bcc: row.bcc,
		tracking_domain: row.tracking_domain,
		tags: parseTags(row.tags),
		warmup_enabled: row.warmup_enabled === 1,
		warmup_per_day: row.warmup_per_day,
		warmup_daily_rampup: row.warmup_daily_rampup,
		warmup_target_reply_rate: row.warmup_target_reply_rate,
		client_id: row.client_id,
		client_name: row.client_name,
		status: row.status,
		created_at: row.created_at,
		updated_at: row.updated_at,
		allow_self_signed: row.allow_self_signed === 1,
		smtp_test: parseProbe(row.smtp_test),
		imap_test: parseProbe(row.imap_test),
		last_tested_at: row.last_tested_at,
		score: row.score,
		auth_method: row.auth_method,
		oauth_app_id: row.oauth_app_id,
		sign_in: signInState(row),
		score_measured: row.score_measured,
		health: HEALTHS.includes(row.health) ? row.health : "unknown",
		health_reasons: parseReasons(row.health_reasons)
	};
}
/** A signed-in inbox's state (null for a password inbox); health reads it too. */
function signInState(row) {
	if (row.auth_method !== "oauth") return null;
	if (row.sign_in_expired_at !== null) return "expired";
	return row.oauth_token_stored === 1 && row.oauth_app_id !== null ? "connected" : "needs_sign_in";
}
function parseReasons(json) {
	try {
		const v = JSON.parse(json);
		return Array.isArray(v) ? v : [];
	} catch {
		return [];
	}
}
function parseProbe(json) {
	if (json === null) return null;
	try {
		return JSON.parse(json);
	} catch {
		return null;
	}
}
function parseTags(json) {
	try {
		const v = JSON.parse(json);
		return Array.isArray(v) ? v.filter((t) => typeof t === "string") : [];
	} catch {
		return [];
	}
}
// shared/basic-auth.ts
const MAIL_HOST_KINDS = [
	"microsoft_365",
	"outlook_consumer",
	"google_workspace",
	"gmail",
	"other"
];
const BASIC_AUTH_TIMELINE = [
	{
		id: "gmail-less-secure-apps",
		kind: "gmail",
		date: "2022-05-30",
		announced: "30 May 2022",
		protocols: ["smtp", "imap"],
		what: "Personal Gmail accounts stopped accepting the account password from \"less secure apps\"; an app password (2-Step Verification on) still works.",
		source: "Google Account Help: Less secure apps & your Google Account"
	},
	{
		id: "m365-imap-basic",
		kind: "microsoft_365",
		date: "2022-10-01",
		announced: "October 2022",
		protocols: ["imap"],
		what: "Exchange Online turned off basic authentication (password logins) for IMAP and POP.",
		source: "Microsoft Learn: Deprecation of Basic authentication in Exchange Online"
	},
	{
		id: "outlook-com-basic",
		kind: "outlook_consumer",
		date: "2024-09-16",
		announced: "September 2024",
		protocols: ["smtp", "imap"],
		what: "Outlook.com / Hotmail personal accounts stopped accepting passwords over IMAP and SMTP (the server answers \"NO Basic authentication is disabled.\").",
		source: "Microsoft Support: Modern Auth and Unsecure Apps for Outlook.com"
	},
	{
		id: "workspace-less-secure-apps",
		kind: "google_workspace",
		date: "2024-09-30",
		announced: "autumn 2024",
		protocols: ["smtp", "imap"],
		what: "Google Workspace turned off password (\"less secure app\") access for IMAP and SMTP, except app passwords — which enforced security keys disable.",
		source: "Google Workspace Updates: Turning off less secure apps"
	},
	{
		id: "m365-smtp-auth-basic",
		kind: "microsoft_365",
		date: "2026-12-31",
		announced: "end of December 2026",
		protocols: ["smtp"],
		what: "SMTP AUTH with a password is turned off by default for existing tenants (unavailable for tenants created after that; final removal to be announced for 2027). The server then answers \"550 5.7.30 Basic authentication is not supported for Client Submission\".",
		source: "Microsoft 365 message center MC786329 (updated January 2026)"
	}
];
const milestone = (id) => BASIC_AUTH_TIMELINE.find((m) => m.id === id);
const SWITCH_MS = "Open the inbox and choose “Switch to sign-in” → Sign in with Microsoft (no password is stored).";
const SWITCH_GOOGLE = "Open the inbox and choose “Switch to sign-in” → Sign in with Google (no password is stored).";
/** The verdict for a mail service and login method (all it depends on besides the date). */
function readinessOf(kind, authMethod, today) {
	const base = {
		kind,
		auth_method: authMethod
	};
	if (authMethod === "oauth") return {
		...base,
		level: "ok",
		label: "",
		message: "Signs in with OAuth: not affected by the end of password logins.",
		action: null,
		deadline: null,
		milestones: []
	};
	switch (kind) {
		case "outlook_consumer": {
			const m = milestone("outlook-com-basic");
			return {
				...base,
				level: "blocked",
				label: "Cannot connect with a password",
				message: `Outlook.com / Hotmail ended password logins on ${m.date} (${m.announced}): this inbox cannot connect with a password.`,
				action: SWITCH_MS,
				deadline: m.date,
				milestones: [m.id]
			};
		}
		case "microsoft_365": {
			const smtp = milestone("m365-smtp-auth-basic");
			const imap = milestone("m365-imap-basic");
			const past = today >= smtp.date;
			return {
				...base,
				level: past ? "blocked" : "warning",
				label: past ? `Password logins off since ${smtp.date}` : `Password logins stop ${smtp.date}`,
				message: (past ? `Microsoft turned SMTP AUTH with a password off by default on ${smtp.date} (MC786329): sending from this inbox fails unless its tenant turned it back on. ` : `Microsoft turns SMTP AUTH with a password off by default for existing tenants on ${smtp.date} (${smtp.announced}, MC786329); after that sending from this inbox fails. `) + `IMAP password logins already ended on ${imap.date}, so its mailbox cannot be read with a password.`,
				action: SWITCH_MS,
				deadline: smtp.date,
				milestones: [imap.id, smtp.id]
			};
		}
		case "google_workspace":
		case "gmail": {
			const m = milestone(kind === "gmail" ? "gmail-less-secure-apps" : "workspace-less-secure-apps");
			return {
				...base,
				level: "warning",
				label: "App password only",
				message: `Since ${m.date} Google accepts a password over IMAP/SMTP only as an app password (2-Step Verification on; not possible where security keys are enforced).`,
				action: SWITCH_GOOGLE,
				deadline: m.date,
				milestones: [m.id]
			};
		}
		default: return {
			...base,
			level: "ok",
			label: "",
			message: "Not a Google or Microsoft mailbox: password logins are up to its provider.",
			action: null,
			deadline: null,
			milestones: []
		};
	}
}
// electron/core/store/readiness-sql.ts
/** A condition: the inbox's readiness is `level` on `today` (YYYY-MM-DD). */
function readinessIs(level, today) {
	const kinds = MAIL_HOST_KINDS.filter((k) => readinessOf(k, "password", today).level === level);
	const password = kinds.length ? sql`(accounts.mail_kind in (${sql.join(kinds.map((k) => sql`${k}`))}) and accounts.auth_method != 'oauth')` : sql`0`;
	return level === "ok" ? sql`(accounts.auth_method = 'oauth' or ${password})` : sql`${password}`;
}
// electron/core/store/accounts-repo.ts
const withClient = (db) => db.selectFrom("accounts").leftJoin("clients", "clients.id", "accounts.client_id").selectAll("accounts").select("clients.name as client_name");
/** LIKE pattern that matches `text` literally anywhere (escapes %, _ and \). */
const containsPattern = (text) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** The sending domain of an address; the same expression as the accounts_domain index. */
const accountDomain = sql`lower(substr(accounts.email, instr(accounts.email, '@') + 1))`;
/** The accounts the list's filters select (no paging, no order). */
function filteredAccounts(db, q) {
	let base = db.selectFrom("accounts");
	if (q.health) base = base.where("accounts.health_rank", "=", HEALTH_RANK[q.health]).where("accounts.health", "=", q.health);
	if (q.connection === "not_tested") base = base.where("accounts.last_tested_at", "is", null);
	else if (q.connection === "ok") base = base.where("accounts.last_tested_at", "is not", null).where("accounts.smtp_error", "is", null).where("accounts.imap_error", "is", null);
	else if (q.connection === "failed") base = base.where((eb) => eb.or([eb("accounts.smtp_error", "is not", null), eb("accounts.imap_error", "is not", null)]));
	else if (q.connection) {
		const code = q.connection;
		base = base.where((eb) => eb.or([eb("accounts.smtp_error", "=", code), eb("accounts.imap_error", "=", code)]));
	}
	if (q.domain) base = base.where(accountDomain, "=", q.domain.toLowerCase());
	if (q.tag) base = base.where(sql`exists (select 1 from json_each(accounts.tags) where lower(json_each.value) = lower(${q.tag}))`);
	if (q.score_min !== void 0) base = base.where("accounts.score", ">=", q.score_min);
	if (q.score_max !== void 0) base = base.where("accounts.score", "<=", q.score_max);
	if (q.reason) base = base.where("accounts.id", "in", db.selectFrom("health_reasons").select("health_reasons.account_id").where("health_reasons.code", "=", q.reason));
	if (q.readiness) base = base.where(readinessIs(q.readiness, q.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)));
	if (q.status) base = base.where("accounts.status", "=", q.status);
	if (q.provider) base = base.where("accounts.provider", "=", q.provider);
	if (q.client_id === "none") base = base.where("accounts.client_id", "is", null);
	else if (q.client_id) base = base.where("accounts.client_id", "=", q.client_id);
	if (q.warmup !== void 0) base = base.where("accounts.warmup_enabled", "=", q.warmup ? 1 : 0);
	if (q.search) {
		const p = containsPattern(q.search);
		base = base.where((eb) => eb.or([eb(sql`accounts.email`, "like", sql`${p} escape '\\'`), eb(sql`accounts.display_name`, "like", sql`${p} escape '\\'`)]));
	}
	return base;
}
/**
* Orders by the list's sort. Health and score put unknowns (health unknown, no score) last in
* both directions, so ascending is worst first; health then sorts by score within each level.
* rowid breaks ties so paging never repeats or skips a row.
*/
function orderAccounts(qb, sort, order) {
	let q = qb;
	if (sort === "health") q = q.orderBy(sql`accounts.health_rank = ${HEALTH_RANK.unknown}`).orderBy(sql`accounts.health_rank`, order);
	if (sort === "health" || sort === "score") q = q.orderBy(sql`accounts.score is null`).orderBy(sql`accounts.score`, order);
	else q = q.orderBy(sql.ref(`accounts.${sort}`), order);
	return q.orderBy(sql`accounts.rowid`, order);
}
/** Every account the filters select, in order, read as a stream (exports of 100,000 rows). */
async function* streamAccounts(db, q) {
	const rows = orderAccounts(filteredAccounts(db, q).leftJoin("clients", "clients.id", "accounts.client_id").selectAll("accounts").select("clients.name as client_name"), q.sort, q.order).stream(500);
	for await (const row of rows) yield toAccount(row);
}
async function getAccount(db, id) {
	const row = await withClient(db).where("accounts.id", "=", id).executeTakeFirst();
	return row ? toAccount(row) : void 0;
}
/** The account, or not_found naming the id field: what every handler taking an id needs. */
async function requireAccount(db, id) {
	const account = await getAccount(db, id);
	if (!account) throw new AppError("not_found", "That inbox no longer exists", { field: "id" });
	return account;
}
// electron/core/csv/csv-rows.ts
const CHUNK_CHARS = 32768;
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** One cell: strings as given (quoted when needed, quotes doubled), numbers and bigints as
*  digits, booleans as true/false, dates as ISO-8601 UTC, null/undefined empty, objects as JSON. */
function csvCell(value) {
	let text;
	switch (typeof value) {
		case "string":
			text = value;
			break;
		case "number":
		case "bigint": return `${value}`;
		case "boolean": return value ? "true" : "false";
		case "undefined": return "";
		case "object":
			if (value === null) return "";
			if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
			text = JSON.stringify(value) ?? "";
			break;
		default: text = String(value);
	}
	if (text === "") return "";
	const quote = NEEDS_QUOTES.test(text);
	if (FORMULA_START.test(text)) text = `'${text}`;
	return quote ? `"${text.replace(/"/g, "\"\"")}"` : text;
}
/** One record with its CRLF. */
function csvRecord(cells) {
	let line = "";
	for (let i = 0; i < cells.length; i++) line += (i === 0 ? "" : ",") + csvCell(cells[i]);
	return `${line}\r\n`;
}
/** Optional BOM and the header row, then the records, as chunks of bytes of ~32 KB. */
async function* csvRecordChunks(headers, records, options = {}, onRows = () => void 0) {
	let text = (options.bom ?? true ? "﻿" : "") + csvRecord(headers);
	for await (const batch of records) for (const record of batch) {
		text += record;
		onRows(1);
		if (text.length >= CHUNK_CHARS) {
			yield Buffer.from(text);
			text = "";
		}
	}
	if (text) yield Buffer.from(text);
}
/** Rows (or batches of rows) as formatted records, one batch per item. */
async function* recordsOf(columns, rows) {
	const keys = columns.map((c) => c.key);
	const format = (row) => {
		let line = "";
		for (let i = 0; i < keys.length; i++) line += (i === 0 ? "" : ",") + csvCell(row[keys[i]]);
		return `${line}\r\n`;
	};
	for await (const item of rows) yield Array.isArray(item) ? item.map(format) : [format(item)];
}
/** The file as chunks of bytes: optional BOM and the header row, then the rows. */
function csvChunks(columns, rows, options = {}, onRows) {
	return csvRecordChunks(columns.map((c) => c.header), recordsOf(columns, rows), options, onRows);
}
// electron/core/csv/write-csv-file.ts
function writeCsvFile(path, columns, rows, options = {}) {
	return writeCsvChunks(path, (onRows) => csvChunks(columns, rows, { bom: options.bom }, onRows), options);
}
/**
* The same for a file the caller turns into bytes itself (BOM and header included), in chunks;
* it reports its records through `onRows`. One write is in flight while the next chunk is made
* (the write runs on libuv's thread pool, so making and writing overlap), and a chunk is asked for
* only once the write before the previous one has finished: a producer may reuse a chunk's memory
* from the second chunk after it (CsvByteWriter does), and memory stays at two chunks.
*/
async function writeCsvChunks(path, chunks, options = {}) {
	let rows = 0;
	let bytes = 0;
	const partial = options.partialPath ?? `${path}.partial`;
	let file;
	let writing;
	try {
		file = await open(partial, "w");
		for await (const chunk of chunks((n) => rows += n)) {
			options.signal?.throwIfAborted();
			await writing;
			bytes += chunk.length;
			writing = writeAll(file, chunk);
		}
		await writing;
		options.signal?.throwIfAborted();
		await file.close();
		file = void 0;
		await rename(partial, path);
	} catch (err) {
		await writing?.catch(() => void 0);
		await file?.close().catch(() => void 0);
		await rm(partial, { force: true });
		throw err;
	}
	return {
		rows,
		bytes
	};
}
async function writeAll(file, chunk) {
	for (let done = 0; done < chunk.length;) done += (await file.write(chunk, done, chunk.length - done)).bytesWritten;
}
// electron/core/csv/csv-byte-writer.ts
const COMMA = 44;
const CR = 13;
const LF = 10;
const ZERO = 48;
/**
* Two buffers take turns: while one is being written to the file, records go into the other, so
* an export of any size holds two chunks. A chunk from `take` therefore stays valid only until the
* second `take` after it — what writeCsvChunks guarantees (it awaits a write before asking for the
* chunk after next).
*/
var CsvByteWriter = class {
	chunkBytes;
	buf;
	spare;
	pos = 0;
	/** `chunkBytes`: the size `full` reports at; a buffer grows only for a record longer than that. */
	constructor(chunkBytes) {
		this.chunkBytes = chunkBytes;
		this.buf = Buffer.allocUnsafe(chunkBytes + 4096);
		this.spare = Buffer.allocUnsafe(chunkBytes + 4096);
	}
	/** True once a chunk's worth is written: time to `take` it. */
	get full() {
		return this.pos >= this.chunkBytes;
	}
	get length() {
		return this.pos;
	}
	/** The bytes written so far; writing continues into the other buffer (see the class note). */
	take() {
		const out = this.buf.subarray(0, this.pos);
		[this.buf, this.spare] = [this.spare, this.buf];
		this.pos = 0;
		return out;
	}
	/** Bytes already formatted (a cell from `cellBytes`, a BOM). */
	bytes(b) {
		this.room(b.length);
		const buf = this.buf;
		let p = this.pos;
		if (b.length <= 64) for (let i = 0; i < b.length; i++) buf[p++] = b[i];
		else {
			buf.set(b, p);
			p += b.length;
		}
		this.pos = p;
	}
	/** One cell, formatted as csvCell formats it. */
	cell(value) {
		if (typeof value === "number") this.number(value);
		else if (value !== null && value !== void 0) this.text(csvCell(value));
	}
	comma() {
		this.room(1);
		this.buf[this.pos++] = COMMA;
	}
	/** Ends the record: CRLF. */
	end() {
		this.room(2);
		this.buf[this.pos++] = CR;
		this.buf[this.pos++] = LF;
	}
	number(n) {
		if (n >= 0 && n < 0x38d7ea4c68000 && Math.floor(n) === n) {
			this.room(16);
			const buf = this.buf;
			if (n < 10) {
				buf[this.pos++] = ZERO + n;
				return;
			}
			let digits = 1;
			for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
			const start = this.pos;
			let p = start + digits;
			this.pos = p;
			for (let m = n; p > start; m = Math.floor(m / 10)) buf[--p] = ZERO + m % 10;
			return;
		}
		const s = `${n}`;
		this.room(s.length);
		const buf = this.buf;
		for (let i = 0; i < s.length; i++) buf[this.pos++] = s.charCodeAt(i);
	}
	text(s) {
		if (s === "") return;
		this.room(Buffer.byteLength(s));
		this.pos += this.buf.write(s, this.pos, "utf8");
	}
	room(n) {
		if (this.pos + n <= this.buf.length) return;
		const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
		this.buf.copy(bigger, 0, 0, this.pos);
		this.buf = bigger;
	}
};
/** A cell formatted once as bytes, for a value repeated on many records (an inbox's email). */
const cellBytes = (value) => Buffer.from(csvCell(value));
// electron/core/exports/destination.ts
const bad = (message) => new AppError("invalid_input", message, {
	field: "path",
	fields: { path: message }
});
const FS_PROBLEMS = {
	EACCES: "you may not write there",
	EPERM: "you may not write there",
	ENOENT: "that folder does not exist",
	ENOTDIR: "a part of the path is not a folder",
	EISDIR: "that is a folder, not a file",
	EROFS: "that disk is read-only",
	ENAMETOOLONG: "the name is too long",
	ENOSPC: "the disk is full",
	EDQUOT: "the disk quota is used up",
	ELOOP: "the path has a symbolic-link loop",
	EINVAL: "the name is not allowed there",
	EEXIST: "a file is in the way",
	EBUSY: "the file is in use"
};
/** An fs error as `invalid_input` on `path`; anything else unchanged. */
function pathError(err, target) {
	const code = err.code;
	if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return err;
	return bad(`Cannot write ${target}: ${FS_PROBLEMS[code] ?? "the file system refused"} (${code}). Choose another place.`);
}
/** The resolved destination, or an `invalid_input` on `path` saying what is wrong with it. */
function checkDestination(target, dataDir) {
	if (!target) throw bad("Choose where to save the file");
	if (!path.isAbsolute(target)) throw bad("The file path must be absolute");
	if (/[\\/]$/.test(target)) throw bad(`${target} names a folder: add a file name`);
	const resolved = path.resolve(target);
	const name = path.basename(resolved);
	if (Buffer.byteLength(name) > 200) throw bad("The file name is too long (at most 200 bytes)");
	let folder;
	let data;
	try {
		folder = realpathSync(path.dirname(resolved));
		data = realpathSync(dataDir);
	} catch (err) {
		throw pathError(err, target);
	}
	const rel = path.relative(data, path.join(folder, name));
	if (rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel)) throw bad(`${target} is inside Inboxfleet's data folder (${dataDir}), where the database lives: choose another place`);
	return path.join(folder, name);
}
function partialFiles(db, now) {
	return {
		async begin(target) {
			const partial = `${target}.${randomUUID().slice(0, 8)}.partial`;
			await db.insertInto("export_partials").values({
				path: partial,
				started_at: now().toISOString()
			}).execute();
			return partial;
		},
		async end(partial) {
			await db.deleteFrom("export_partials").where("path", "=", partial).execute();
		}
	};
}
// electron/core/history/snapshots.ts
const isoDay = (d) => d.toISOString().slice(0, 10);
const daysBefore = (d, n) => isoDay(/* @__PURE__ */ new Date(d.getTime() - n * 864e5));
// electron/core/exports/history-csv.ts
const HISTORY_HEADERS = [
	"email",
	"date",
	"sent",
	"hard_bounces",
	"soft_bounces",
	"complaints",
	"replies",
	"bounce_rate",
	"complaint_rate",
	"reply_rate",
	"score",
	"blocks",
	"delays",
	"block_rate"
];
/** The columns of HISTORY_HEADERS after the email, in order. */
const HISTORY_DAYS_SQL = `select ${HISTORY_HEADERS.slice(1).join(", ")} from snapshots
  where account_id = ? and date > ? and date <= ? order by date`;
/**
* Bytes per chunk handed to the file: big enough that writes are few (~600 for 3.6 M rows), small
* enough that making one blocks the event loop for only a few milliseconds and memory stays flat.
*/
const CHUNK_BYTES = 524288;
/** The file (BOM, header, records) as chunks of bytes; `onRows` counts the records. */
async function* historyChunks(db, rawQuery, input, today, onRows) {
	const inboxes = input.id ? [await requireAccount(db, input.id)] : await orderAccounts(filteredAccounts(db, input.filter ?? {}).select(["accounts.id", "accounts.email"]), input.filter?.sort ?? "email", input.filter?.order ?? "asc").execute();
	const daysOf = rawQuery(HISTORY_DAYS_SQL);
	const from = daysBefore(today, input.days);
	const to = isoDay(today);
	const out = new CsvByteWriter(CHUNK_BYTES);
	out.bytes(Buffer.from(`\uFEFF${csvRecord(HISTORY_HEADERS)}`));
	const dates = /* @__PURE__ */ new Map();
	for (const inbox of inboxes) {
		const email = cellBytes(inbox.email);
		const rows = daysOf(inbox.id, from, to);
		for (const row of rows) {
			out.bytes(email);
			out.comma();
			let date = dates.get(row[0]);
			if (!date) dates.set(row[0], date = cellBytes(row[0]));
			out.bytes(date);
			for (let c = 1; c < row.length; c++) {
				out.comma();
				out.cell(row[c]);
			}
			out.end();
		}
		onRows(rows.length);
		if (out.full) yield out.take();
	}
	if (out.length) yield out.take();
}
({
	/**
	* Records used from one answer. Real round-robin names have under 20 addresses; an apex with
	* many verification TXT records has a few dozen; PTR sets are 1–2.
	*/
	recordsPerAnswer: {
		A: 32,
		AAAA: 32,
		MX: 32,
		TXT: 64,
		PTR: 16,
		CNAME: 4
	},
	/** Aliases followed to tell a CNAME loop from "no record" (resolvers give up near 8–16). */
	cnameChain: 8,
	/** Sending IPs audited per domain (PTR, SPF, DNSBL each): the inboxes' SMTP hosts' addresses. */
	sendingIps: 32,
	/** PTR names per IP checked for forward confirmation. */
	ptrNamesPerIp: 10,
	/** DNSBL questions per audit (lists × IPs and domains). */
	dnsblQuestions: 256,
	/** A whole audit may take this many times one question's limit (timeout × tries). */
	auditDeadlineFactor: 10
}).ptrNamesPerIp;
// electron/core/spf/ip.ts
const QNUM = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)";
new RegExp(`^${QNUM}\\.${QNUM}\\.${QNUM}\\.${QNUM}$`);
// electron/core/spf/parse.ts
const CIDR = "(0|[1-9]\\d{0,2})";
new RegExp(`(?:/${CIDR})?(?://${CIDR})?$`);
sql`lower(substr(email, instr(email, '@') + 1))`;
[
	"email",
	"display_name",
	"domain",
	"status",
	"health",
	"health_reasons",
	"score",
	"score_measured_percent",
	"sent_30d",
	"bounce_rate_30d",
	"complaint_rate_30d",
	"smtp_check",
	"imap_check",
	"last_tested_at"
].map((key) => ({
	key,
	header: key
}));
// electron/core/exports/index.ts
const cols = (spec) => spec.split(",").map((key) => ({
	key,
	header: key
}));
const COLUMNS = {
	accounts: cols("email,display_name,provider,auth_method,client,status,health,score,score_measured,daily_limit,smtp_host,smtp_port,smtp_security,smtp_username,smtp_password,imap_host,imap_port,imap_security,imap_username,imap_password,min_minutes_between_sends,signature_html,reply_to,bcc,tracking_domain,tags,warmup_enabled,warmup_per_day,warmup_daily_rampup,warmup_target_reply_rate,allow_self_signed,smtp_check,imap_check,last_tested_at,created_at"),
	smartlead: cols("from_name,from_email,user_name,password,smtp_host,smtp_port,imap_host,imap_port,max_email_per_day,custom_tracking_url,warmup_enabled,total_warmup_per_day,daily_rampup,reply_rate_percentage,bcc,signature,different_reply_to_address,imap_user_name,imap_password"),
	instantly: cols("Email,First Name,Last Name,IMAP Username,IMAP Password,IMAP Host,IMAP Port,SMTP Username,SMTP Password,SMTP Host,SMTP Port,Daily Limit,Warmup Enabled,Warmup Limit,Warmup Increment"),
	reports: cols("email,domain,overall_score,measured_percent,checked_at,spf_passed,dkim_passed,dmarc_passed,blacklisted,flagged_lists,sent_30d,bounce_rate,complaint_rate,reply_rate,top_recommendation,hard_bounce_rate,block_rate,top_block_reason")
};
const accountsOf = (db, filter) => streamAccounts(db, {
	...filter,
	sort: filter?.sort ?? "email",
	order: filter?.order ?? "asc"
});
const ACCOUNT_ROWS = {
	accounts: (a) => ({
		email: a.email,
		display_name: a.display_name,
		provider: a.provider,
		auth_method: a.auth_method,
		client: a.client_name,
		status: a.status,
		health: a.health,
		score: a.score,
		score_measured: a.score_measured,
		daily_limit: a.daily_limit,
		smtp_host: a.smtp_host,
		smtp_port: a.smtp_port,
		smtp_security: a.smtp_security,
		smtp_username: a.smtp_username,
		smtp_password: "",
		imap_host: a.imap_host,
		imap_port: a.imap_port,
		imap_security: a.imap_security,
		imap_username: a.imap_username,
		imap_password: "",
		min_minutes_between_sends: a.min_minutes_between_sends,
		signature_html: a.signature_html,
		reply_to: a.reply_to,
		bcc: a.bcc,
		tracking_domain: a.tracking_domain,
		tags: a.tags.join("; "),
		warmup_enabled: a.warmup_enabled,
		warmup_per_day: a.warmup_per_day,
		warmup_daily_rampup: a.warmup_daily_rampup,
		warmup_target_reply_rate: a.warmup_target_reply_rate,
		allow_self_signed: a.allow_self_signed,
		smtp_check: a.smtp_test ? a.smtp_test.error ?? "ok" : "",
		imap_check: a.imap_test ? a.imap_test.error ?? "ok" : "",
		last_tested_at: a.last_tested_at,
		created_at: a.created_at
	}),
	smartlead: (a) => ({
		from_name: a.display_name,
		from_email: a.email,
		user_name: a.smtp_username,
		password: "",
		smtp_host: a.smtp_host,
		smtp_port: a.smtp_port,
		imap_host: a.imap_host,
		imap_port: a.imap_port,
		max_email_per_day: a.daily_limit,
		custom_tracking_url: a.tracking_domain ?? "",
		warmup_enabled: a.warmup_enabled,
		total_warmup_per_day: a.warmup_per_day,
		daily_rampup: a.warmup_daily_rampup,
		reply_rate_percentage: a.warmup_target_reply_rate,
		bcc: a.bcc ?? "",
		signature: a.signature_html,
		different_reply_to_address: a.reply_to ?? "",
		imap_user_name: a.imap_username,
		imap_password: ""
	}),
	instantly: (a) => {
		const [first = "", ...rest] = a.display_name.split(" ");
		return {
			Email: a.email,
			"First Name": first,
			"Last Name": rest.join(" "),
			"IMAP Username": a.imap_username,
			"IMAP Password": "",
			"IMAP Host": a.imap_host,
			"IMAP Port": a.imap_port,
			"SMTP Username": a.smtp_username,
			"SMTP Password": "",
			"SMTP Host": a.smtp_host,
			"SMTP Port": a.smtp_port,
			"Daily Limit": a.daily_limit,
			"Warmup Enabled": a.warmup_enabled,
			"Warmup Limit": a.warmup_per_day,
			"Warmup Increment": a.warmup_daily_rampup
		};
	}
};
/** Inboxes and reports, row by row (history has its own path: history-csv.ts). */
async function* rowsFor(db, input) {
	if (input.kind === "accounts" || input.kind === "smartlead" || input.kind === "instantly") {
		const toRow = ACCOUNT_ROWS[input.kind];
		for await (const a of accountsOf(db, input.filter)) yield toRow(a);
		return;
	}
	if (input.kind === "reports") {
		const rows = orderAccounts(filteredAccounts(db, input.filter ?? {}).innerJoin("reports", "reports.account_id", "accounts.id").select("reports.report"), input.filter?.sort ?? "email", input.filter?.order ?? "asc").stream(500);
		for await (const row of rows) {
			const r = JSON.parse(row.report);
			yield {
				email: r.email,
				domain: r.domain,
				overall_score: r.overall_score,
				measured_percent: r.measured,
				checked_at: r.checked_at,
				spf_passed: r.dns_authentication.spf.passed,
				dkim_passed: r.dns_authentication.dkim.passed,
				dmarc_passed: r.dns_authentication.dmarc.passed,
				blacklisted: r.blacklist_check.listed,
				flagged_lists: r.blacklist_check.flagged_lists.map((f) => f.list).join("; "),
				sent_30d: r.reputation.sent,
				bounce_rate: r.reputation.bounce_rate,
				complaint_rate: r.reputation.complaint_rate,
				reply_rate: r.reputation.reply_rate,
				top_recommendation: r.recommendations[0]?.title ?? "",
				hard_bounce_rate: r.reputation.hard_bounce_rate ?? "",
				block_rate: r.reputation.block_rate ?? "",
				top_block_reason: r.bounces_by_reason?.find((b) => b.category === "block")?.label ?? ""
			};
		}
		return;
	}
}
async function exportCsv(db, input, clock, dataDir, rawQuery) {
	const target = checkDestination(input.path, dataDir);
	const partials = partialFiles(db, () => clock.now());
	const partialPath = await partials.begin(target);
	try {
		return {
			path: target,
			...input.kind === "history" ? await writeCsvChunks(target, (onRows) => historyChunks(db, rawQuery, input, clock.now(), onRows), { partialPath }) : await writeCsvFile(target, COLUMNS[input.kind], rowsFor(db, {
				...input,
				kind: input.kind
			}), { partialPath })
		};
	} catch (err) {
		throw pathError(err, target);
	} finally {
		await partials.end(partialPath);
	}
}
// .prof/run-export.ts
const dir = process.argv[2];
const out = process.argv[3];
const kind = process.argv[4] ?? "history";
const store = await openStore(dir);
const cpu = process.cpuUsage();
const t = performance.now();
const rss0 = process.memoryUsage.rss();
let peak = rss0;
const pk = {
	heapTotal: 0,
	heapUsed: 0,
	external: 0,
	arrayBuffers: 0
};
const timer = setInterval(() => {
	const m = process.memoryUsage();
	peak = Math.max(peak, m.rss);
	for (const k of Object.keys(pk)) pk[k] = Math.max(pk[k], m[k] / 1e6);
}, 20);
const r = await exportCsv(store.db, {
	kind,
	days: 180,
	path: out
}, { now: () => /* @__PURE__ */ new Date() }, dir, store.rawQuery);
clearInterval(timer);
const u = process.cpuUsage(cpu);
console.log(JSON.stringify(pk), JSON.stringify({
	rows: r.rows,
	wall: ((performance.now() - t) / 1e3).toFixed(2),
	cpu: ((u.user + u.system) / 1e6).toFixed(2),
	rssGrowMb: ((peak - rss0) / 1e6).toFixed(1),
	MBps: (r.bytes / 1e6 / ((performance.now() - t) / 1e3)).toFixed(1)
}));
await store.close();
export {};
