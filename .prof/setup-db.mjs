import { createReadStream, existsSync, mkdirSync, realpathSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import { simpleParser } from "mailparser";
import { ImapFlow } from "imapflow";
import tls from "node:tls";
import { createHash, createPublicKey, randomUUID } from "node:crypto";
import { z } from "zod";
import { promises } from "node:dns";
import { getDomain } from "tldts";
import net, { isIPv6 } from "node:net";
import * as oidc from "openid-client";
import http from "node:http";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import XOAuth2 from "nodemailer/lib/xoauth2";
import nodemailer from "nodemailer";
import { domainToASCII } from "node:url";
import { Readable } from "node:stream";
import { open, rename, rm, stat, writeFile } from "node:fs/promises";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import chardet from "chardet";
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
// electron/core/vault/vault.ts
/** Keychain entry name: one per account and protocol (or `oauth` for its refresh token). */
const secretKey = (accountId, kind) => `account:${accountId}:${kind}`;
function parseSecretKey(key) {
	const m = /^account:([^:]+):(smtp|imap|oauth)$/.exec(key);
	return m ? {
		accountId: m[1],
		protocol: m[2]
	} : null;
}
/** Keychain entry of a sign-in app's client secret. */
const appSecretKey = (appId) => `oauth-app:${appId}:secret`;
function parseAppSecretKey(key) {
	return /^oauth-app:([^:]+):secret$/.exec(key)?.[1] ?? null;
}
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
// electron/core/vault/memory-vault.ts
/** In-memory vault for unit tests only; the app always uses the OS keychain. */
function createMemoryVault() {
	const entries = /* @__PURE__ */ new Map();
	return {
		entries,
		set: async (k, s) => void entries.set(k, s),
		get: async (k) => entries.get(k) ?? null,
		delete: async (k) => entries.delete(k),
		keys: async () => [...entries.keys()],
		check: async () => null
	};
}
// electron/core/vault/scrub.ts
const REDACTED = "[redacted]";
/** Base64 pieces that depend only on the secret's own bytes, for each of the 3 alignments it can have inside a longer blob. */
function base64Fragments(secret) {
	const out = [];
	for (let shift = 0; shift < 3; shift++) {
		const text = Buffer.concat([
			Buffer.alloc(shift),
			secret,
			Buffer.alloc(2)
		]).toString("base64");
		const first = Math.ceil(8 * shift / 6);
		const last = Math.floor(8 * (shift + secret.length) / 6) - 1;
		if (last - first + 1 >= 4) out.push(text.slice(first, last + 1));
	}
	return out;
}
/** Every form of the secrets worth looking for, longest first. */
function secretForms(secrets) {
	const forms = /* @__PURE__ */ new Set();
	for (const secret of secrets) {
		if (!secret) continue;
		const bytes = Buffer.from(secret, "utf8");
		const url = encodeURIComponent(secret);
		for (const f of [
			secret,
			url,
			url.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
			url.replace(/%20/g, "+"),
			secret.replace(/[\\"]/g, "\\$&"),
			JSON.stringify(secret).slice(1, -1),
			bytes.toString("base64"),
			bytes.toString("base64url"),
			...base64Fragments(bytes),
			...base64Fragments(bytes).map((b) => b.replace(/\+/g, "-").replace(/\//g, "_"))
		]) if (f) forms.add(f);
	}
	return [...forms].sort((a, b) => b.length - a.length);
}
const MIN_CUT_PREFIX = 3;
/** A scrubber for a list of secrets (passwords now; OAuth tokens too). Empty strings are ignored. */
function createScrubber(secrets) {
	const forms = secretForms(secrets.filter((s) => typeof s === "string" && s.length > 0));
	const text = (value) => {
		if (forms.length === 0 || value === "") return value;
		let out = value;
		for (const f of forms) if (out.includes(f)) out = out.split(f).join(REDACTED);
		return withoutCutSecret(out, forms);
	};
	const deep = (value) => {
		if (typeof value === "string") return text(value);
		if (Array.isArray(value)) return value.map((v) => deep(v));
		if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]));
		return value;
	};
	return {
		text,
		deep
	};
}
/** A text clipped by a length limit may end in the first characters of a secret (then maybe "…"). */
function withoutCutSecret(value, forms) {
	const tail = /[\s…]*$/.exec(value)?.[0] ?? "";
	const body = value.slice(0, value.length - tail.length);
	for (const f of forms) for (let k = Math.min(f.length - 1, body.length); k >= MIN_CUT_PREFIX; k--) if (body.endsWith(f.slice(0, k))) return `${body.slice(0, body.length - k)}${REDACTED}${tail}`;
	return value;
}
/** Convenience for one value. */
const scrubSecrets = (value, secrets) => createScrubber(secrets).deep(value);
// electron/core/clock.ts
const systemClock = { now: () => /* @__PURE__ */ new Date() };
const isoNow = (clock) => clock.now().toISOString();
/** Today (YYYY-MM-DD, UTC) by the clock: what date-dependent filters read. */
const isoToday = (clock) => isoNow(clock).slice(0, 10);
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
// electron/core/mailbox/fields.ts
/** Header value as plain text; the first one when the header repeats. */
function headerText(headers, key) {
	return headerTexts(headers, key)[0];
}
/** Every value of a header as plain text. */
function headerTexts(headers, key) {
	const value = headers.get(key);
	if (value === void 0) return [];
	return (Array.isArray(value) ? value : [value]).map(valueText);
}
function valueText(value) {
	if (typeof value === "string") return value;
	if (value instanceof Date) return value.toISOString();
	if ("text" in value && typeof value.text === "string") return value.text;
	if ("value" in value && typeof value.value === "string") return value.value;
	return "";
}
/** `<id@host>` as stored for sent mail: trimmed, in angle brackets. */
function normalizeMessageId(id) {
	const bare = id.trim().replace(/^<+|>+$/g, "").trim();
	return bare ? `<${bare}>` : "";
}
/** All Message-IDs in an In-Reply-To or References value (comments and junk ignored). */
function messageIdsIn(value) {
	return ((Array.isArray(value) ? value.join(" ") : value ?? "").match(/<[^<>\s]+>/g) ?? []).map(normalizeMessageId).filter(Boolean);
}
const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]{1,40})[ \t]*:[ \t]*(.*)$/;
/**
* The fields of a report part in order, names lower-cased, continuation lines joined with one
* space. Lines that are neither fields nor continuations are skipped (text that some MTAs write
* into the part, or the damaged remains of a wrapped line).
*/
function reportFields(text) {
	const out = [];
	let last;
	for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
		if (!line.trim()) {
			if (out.length > 0 && !("blank" in out[out.length - 1])) out.push({ blank: true });
			last = void 0;
			continue;
		}
		if (/^[ \t]/.test(line)) {
			if (last) last.value = `${last.value} ${line.trim()}`.trim();
			continue;
		}
		const m = line.match(FIELD_LINE);
		if (!m) {
			last = void 0;
			continue;
		}
		last = {
			name: m[1].toLowerCase(),
			value: m[2].trim()
		};
		out.push(last);
	}
	return out;
}
/** The header block of a message (text up to the first empty line) as a field map, names lower-cased. */
function headerBlock(text) {
	const map = /* @__PURE__ */ new Map();
	const end = text.search(/\r?\n\r?\n/);
	for (const f of reportFields(end < 0 ? text : text.slice(0, end))) {
		if ("blank" in f) break;
		map.set(f.name, [...map.get(f.name) ?? [], f.value]);
	}
	return map;
}
// electron/core/mailbox/auto-reply.ts
const AUTO_SUBJECT = /^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|antwort)|autoreply|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absent du bureau|respuesta autom[áa]tica|fuera de la oficina|risposta automatica|fuori sede|automatisch antwoord|afwezig|frånvaro|automatiskt svar|autosvar|poza biurem|odpowied[źz] automatyczna|resposta autom[áa]tica)\b|^\s*(?:自動応答|自動返信|不在)/i;
/** RFC 3834 Auto-Submitted (anything but "no"), vendor auto-reply headers, or an auto-reply subject. */
function autoReplySignal(view) {
	const headers = view.mail.headers;
	const autoSubmitted = headerText(headers, "auto-submitted")?.trim().toLowerCase().split(/[\s;(]/)[0];
	if (autoSubmitted && autoSubmitted !== "no") return `Auto-Submitted: ${autoSubmitted}`;
	for (const key of [
		"x-autoreply",
		"x-autorespond",
		"x-autoresponder",
		"x-auto-reply"
	]) {
		const value = headerText(headers, key)?.trim().toLowerCase();
		if (value !== void 0 && value !== "no" && value !== "false") return key;
	}
	if (headerText(headers, "precedence")?.trim().toLowerCase() === "auto_reply") return "Precedence: auto_reply";
	if (AUTO_SUBJECT.test(view.subject)) return "subject";
	return null;
}
// electron/core/mailbox/recipients.ts
const ADDRESS = /(?<![\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-])(?:"[^"\r\n]{1,64}"|[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]{1,64}){0,8})@(?:\[[0-9a-fA-F:.]{2,45}\]|[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?){0,10})/gu;
/** Lower-cases the domain and trims decoration; keeps the local part's case for display. */
function tidy$1(address) {
	const at = address.lastIndexOf("@");
	const domain = address.slice(at + 1).toLowerCase().replace(/\.$/, "").replace(/(\.[a-z]{2,63})[^\p{ASCII}.]+$/u, "$1");
	return `${address.slice(0, at)}@${domain}`;
}
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
/**
* The mailbox in a report's address value: drops an address type (`rfc822;`), a display name,
* angle brackets, trailing punctuation and a source route. Undefined when what is left is not a
* mailbox.
*/
function mailboxOf(value) {
	if (!value) return void 0;
	let v = value.trim();
	const typed = v.match(/^(?:rfc822|utf-8|x-[\w-]+|unknown)\s*;\s*(.*)$/is);
	if (typed) v = typed[1].trim();
	v = v.replace(/^["']|["']$/g, "").trim();
	v = v.replace(/<\s*@[^:<>]+:/, "<").replace(/^@[^:\s<>]+:/, "");
	const bracketed = v.match(/<([^<>]*@[^<>]*)>/);
	const address = [...(bracketed ? bracketed[1] : v).trim().replace(/^mailto:/i, "").matchAll(ADDRESS)].map((m) => m[0]).find((a) => isMailbox(a));
	return address ? tidy$1(address) : void 0;
}
/** Every mailbox written in a piece of text, in order, without repeats (case-insensitive). */
function mailboxesIn(text) {
	const seen = /* @__PURE__ */ new Set();
	const out = [];
	const cleaned = text.replace(/<\s*@[^:<>\s]+:/g, "<");
	for (const m of cleaned.matchAll(ADDRESS)) {
		const before = cleaned[m.index - 1];
		if (before === "/" || before === "|" || before === "=" && /^[0-9a-f]{8,}/i.test(m[0])) continue;
		const a = tidy$1(m[0]);
		if (!isMailbox(a) || seen.has(a.toLowerCase())) continue;
		seen.add(a.toLowerCase());
		out.push(a);
	}
	return out;
}
const sameAddress = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
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
// electron/core/mailbox/dsn.ts
const ACTIONS = {
	failed: "failed",
	failure: "failed",
	delayed: "delayed",
	expired: "failed",
	delivered: "delivered",
	deliverable: "delivered",
	relayed: "delivered",
	expanded: "delivered"
};
const typedValue = (v) => (v.includes(";") ? v.slice(v.indexOf(";") + 1) : v).trim();
/**
* The recipients reported in a delivery-status text. A group without Final-Recipient but with an
* Original-Recipient (or X-Actual-Recipient) is read from that. Recipients without an address are
* dropped.
*/
function readDsn(text) {
	const report = { recipients: [] };
	let cur;
	let groupEnded = false;
	const start = () => {
		if (cur && (cur.address || cur.original)) report.recipients.push(cur);
		cur = { address: "" };
		groupEnded = false;
	};
	for (const f of reportFields(text)) {
		if ("blank" in f) {
			groupEnded = true;
			continue;
		}
		const { name, value } = f;
		switch (name) {
			case "reporting-mta":
				report.reportingMta ??= typedValue(value).toLowerCase() || void 0;
				break;
			case "final-recipient":
			case "original-recipient":
			case "x-actual-recipient": {
				const address = mailboxOf(value);
				if (!cur || groupEnded && (cur.address || cur.original) || name === "final-recipient" && cur.final || name === "original-recipient" && cur.original && cur.final) start();
				if (name === "final-recipient") {
					cur.final = true;
					if (address) cur.address = address;
				} else if (address && !cur.original) cur.original = address;
				groupEnded = false;
				break;
			}
			case "action": {
				if (!cur) start();
				const a = ACTIONS[value.toLowerCase().split(/[\s(;]/)[0] ?? ""];
				if (a) cur.action = a;
				break;
			}
			case "status": {
				if (!cur) start();
				const code = value.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0];
				if (isStatusCode(code)) cur.status = code;
				else if (value.trim()) cur.diagnostic = [cur.diagnostic, value.trim()].filter(Boolean).join(" ");
				break;
			}
			case "diagnostic-code": {
				if (!cur) start();
				const diag = value.includes(";") && /^[\w-]+\s*;/.test(value) ? value.slice(value.indexOf(";") + 1).trim() : value.trim();
				if (diag) cur.diagnostic = [cur.diagnostic, diag].filter(Boolean).join(" ");
				if (/^x-unix\s*;/i.test(value)) cur.diagnostic = `x-unix; ${cur.diagnostic ?? ""}`.trim();
				break;
			}
			case "remote-mta": {
				if (!cur) start();
				const host = typedValue(value).replace(/^\[|\]$/g, "").toLowerCase();
				if (host) cur.remote_mta = host;
				break;
			}
		}
	}
	start();
	for (const r of report.recipients) {
		if (!r.address && r.original) r.address = r.original;
		if (r.original && r.original.toLowerCase() === r.address.toLowerCase()) delete r.original;
		delete r.final;
		r.status ??= findStatus(r.diagnostic);
	}
	report.recipients = report.recipients.filter((r) => r.address).slice(0, 500);
	return report;
}
/** Whether a text carries RFC 3464 per-recipient fields (inline in a text part, or in a damaged part). */
const hasDsnFields = (text) => /^(?:final|original)-recipient[ \t]*:/im.test(text) && /^(?:action|status)[ \t]*:/im.test(text);
// electron/core/mailbox/message.ts
const decoder = new TextDecoder("utf-8");
const ORIGINAL_TYPES = /* @__PURE__ */ new Set([
	"message/rfc822",
	"text/rfc822-headers",
	"message/global",
	"message/global-headers",
	"message/partial"
]);
async function readMessage(raw) {
	const given = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
	const source = given.subarray(0, 5).toString("latin1") === "From " ? given.subarray(Math.max(0, given.indexOf(10) + 1)) : given;
	const mail = await simpleParser(source, {
		keepDeliveryStatus: true,
		ignoreEmbedded: true,
		skipTextToHtml: true,
		skipImageLinks: true
	});
	const sourceText = decoder.decode(source).replace(/\r\n?/g, "\n");
	const headerEnd = sourceText.indexOf("\n\n");
	const rawHeaders = headerBlock(sourceText);
	const returnPathLine = mail.headerLines.find((h) => h.key === "return-path")?.line;
	const returnPath = returnPathLine === void 0 ? void 0 : (returnPathLine.match(/<([^<>]*)>/)?.[1] ?? returnPathLine.replace(/^return-path:\s*/i, "")).trim().toLowerCase();
	const ct = mail.headers.get("content-type");
	const parts = mail.attachments.map((a) => ({
		type: a.contentType.toLowerCase(),
		text: decoder.decode(a.content).replace(/\r\n?/g, "\n")
	}));
	let text = (mail.text ?? "").replace(/\r\n?/g, "\n");
	const broken = parts.filter((p) => /^text\/plain\s/.test(p.type));
	if (broken.length > 0) text = [...broken.map((p) => p.text), text].join("\n");
	if (!text.trim() && !mail.html && parts.length === 0) text = headerEnd >= 0 ? sourceText.slice(headerEnd + 2) : "";
	return {
		mail,
		subject: (mail.subject ?? "").replace(/\s+/g, " ").trim(),
		from: mail.from?.value[0]?.address?.toLowerCase() ?? "",
		fromName: mail.from?.value[0]?.name ?? headerText(mail.headers, "from") ?? "",
		returnPath,
		contentType: (typeof ct === "object" && ct?.value ? ct.value : "").toLowerCase(),
		reportType: (typeof ct === "object" ? ct?.params?.["report-type"] : void 0)?.toLowerCase(),
		text,
		parts,
		rawBody: headerEnd >= 0 ? sourceText.slice(headerEnd + 2) : "",
		rawHeaders
	};
}
/** The returned original's header block: from a message/rfc822 or header part. */
function originalHeaders(view) {
	const part = view.parts.find((p) => ORIGINAL_TYPES.has(p.type) && p.text.trim());
	return part ? headerBlock(part.text.replace(/^\s+/, "")) : void 0;
}
// electron/core/mailbox/reason-phrases.ts
const PHRASES$1 = {
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
const COMPILED = new Map(Object.entries(PHRASES$1).map(([cls, phrases]) => {
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
const PROVIDERS$1 = [
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
	for (const { hosts, domains, words, rule } of PROVIDERS$1) if (endsWithAny(p.host, hosts) || domains.includes(p.domain) || words?.test(p.text) || words?.test(p.domain)) {
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
// electron/core/mailbox/ses.ts
const obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
const str = (v) => typeof v === "string" ? v : void 0;
const arr = (v) => Array.isArray(v) ? v : [];
const SUBTYPE = {
	MailboxFull: "mailbox_full",
	MessageTooLarge: "message_too_big"
};
function unfold(body) {
	let out = "";
	let folded = false;
	for (const raw of body.split("\n")) {
		let line = folded ? raw.trimStart() : raw;
		if (!folded && !line.trim()) continue;
		if (line === "--") break;
		folded = line.endsWith("!");
		if (folded) line = line.slice(0, -1);
		out += line;
	}
	return out;
}
function parse$4(text) {
	const start = text.indexOf("{");
	if (start < 0 || !/"(?:notificationType|eventType)"/.test(text)) return void 0;
	try {
		const outer = JSON.parse(unfold(text.slice(start)));
		const o = obj(outer);
		const inner = str(o?.Message);
		return inner ? obj(JSON.parse(inner)) : o;
	} catch {
		return;
	}
}
/** The notification in an SES/SNS JSON body, or undefined when the body is not one. */
function readSesNotification(body) {
	const n = parse$4(body);
	if (!n) return void 0;
	const type = str(n.notificationType) ?? str(n.eventType);
	const messageId = str(obj(n.mail)?.messageId);
	const withId = (x) => messageId ? {
		...x,
		messageId
	} : x;
	if (type === "Bounce") {
		const b = obj(n.bounce) ?? {};
		const subtype = SUBTYPE[str(b.bounceSubType) ?? ""];
		const reportingMta = str(b.reportingMTA)?.replace(/^dsn;\s*/i, "").trim();
		return withId({
			type: "bounce",
			recipients: arr(b.bouncedRecipients).flatMap((x) => {
				const r = obj(x);
				const address = mailboxOf(str(r?.emailAddress));
				if (!r || !address) return [];
				const out = {
					address,
					action: "failed"
				};
				const status = str(r.status);
				const diag = str(r.diagnosticCode);
				if (status) out.status = status;
				if (diag) out.diagnostic = diag.replace(/^[\w-]+;\s*/, "");
				if (subtype) out.reason = subtype;
				return [out];
			}),
			...reportingMta ? { reportingMta } : {}
		});
	}
	if (type === "Complaint") {
		const c = obj(n.complaint) ?? {};
		return withId({
			type: "complaint",
			recipients: arr(c.complainedRecipients).flatMap((x) => mailboxOf(str(obj(x)?.emailAddress)) ?? []),
			feedbackType: (str(c.complaintFeedbackType) ?? "abuse").toLowerCase()
		});
	}
	if (type === "Delivery") return { type: "delivery" };
}
// electron/core/mailbox/text-bounce.ts
const BOUNDARIES = [
	/^-+ ?this is a copy of the message/i,
	/^-+ ?below this line is a copy of the message/i,
	/^\s*-*\s*original message follows\.?/i,
	/^\s*message headers follow/i,
	/^-+ ?original message -+/i,
	/^-+ ?message header follows -+/i,
	/^content-type: *(?:message\/rfc822|text\/rfc822-headers|message\/global)/i,
	/^-+ ?returned message -+/i,
	/^\s*original message headers:?/i,
	/^\s*-+ ?unsent message follows -+/i,
	/^\s*-+ ?no message was collected -+/i,
	/^\s*included is a copy of the message header:/i,
	/^-+ ?the header of the original message is following\. ?-+/i,
	/^\s*the attachment contains the original mail headers/i,
	/^-+original (?:message|mail info)/i,
	/^\s*below is a copy of the original message:/i,
	/^\+{20,}/,
	/^-+ ?original message -+$/i,
	/^\s*original mail as follows:/i,
	/^\s*en-têtes de message d'origine/i,
	/^\s*intestazioni originali del messaggio/i,
	/^\s*oorspronkelijke berichtkoppen/i,
	/^\s*cabeçalhos originais da mensagem/i,
	/^\s*-+ ?message text follows/i,
	/^\s*your message reads \(in part\):/i,
	/^\s*a copy of the original message below this line:/i
];
const INTRODUCES = [
	"there was an error delivering your mail to",
	"could not be delivered to",
	"unable to deliver message to",
	"was not delivered to",
	"delivery to the following recipient",
	"the following recipients",
	"the following recipient",
	"the following address",
	"following addresses",
	"the following e-mail address",
	"delivery has failed to these recipients",
	"did not reach the following recipient",
	"failed recipient",
	"intended recipient",
	"recipient address:",
	"original recipient",
	"undeliverable to",
	"undeliverable address",
	"addressed to",
	"your message to",
	"the following message to",
	"delivery failed:",
	"failed to deliver to",
	"rcpt to:",
	"unknown user:",
	"error-for:",
	"mailbox is full:",
	"you sent mail to",
	"your message could not be delivered to",
	"could not deliver mail to",
	"message could not be delivered to",
	"to the following recipients",
	"rejected your message to the following",
	"was undeliverable",
	"could not be delivered to the following",
	"rejected recipient",
	"recipients were affected",
	"attempted to send to the following address",
	"not be delivered to one or more recipients",
	"address(es) failed",
	"falha na entrega a estes destinat",
	"bij de volgende geadresseerden",
	"recipient:",
	"recipients:",
	"address:",
	"destinataire",
	"empfänger",
	"получател",
	"宛先",
	"送信に失敗",
	"アドレス"
];
const NOT_A_RECIPIENT = /^\s*(?:from|sender|reply-to|return-path|message-id|in-reply-to|references|envelope-from|x-[\w-]+|original sender|sent by|mail from|reporting-mta|received-from-mta|received|by|subject|date)\s*:|please (?:contact|send mail to|forward)|for (?:further )?(?:assistance|more information)|contact (?:your|the) (?:postmaster|administrator|system administrator)|\(envelope-from|\bsent by\b|\bfrom\s+<|\bhelo=|envelope-from /i;
const MAX_RECIPIENTS = 100;
/** The explanation part of a text bounce, without the returned message. */
function explanationOf(text) {
	const lines = text.split("\n");
	const end = lines.findIndex((l, i) => i > 0 && BOUNDARIES.some((b) => b.test(l)));
	return (end < 0 ? lines : lines.slice(0, end)).join("\n");
}
const strip = (line) => line.replace(/^\s*(?:>{1,3}|--|\*|•|-|\d+\.)\s+/, "").replace(/<mailto:[^>]*>/gi, "").replace(/\[mailto:[^\]]*\]/gi, "").trim();
const LEADING_ADDRESS = /^<?\s*((?:"[^"]+"|[^\s<>()"',;:]+)@[^\s<>()"',;:]+?)\s*>?(?:\s*$|[:,;]|\.{3}|\s)/;
function recipientOnLine(line, previous) {
	const s = strip(line);
	if (!s.includes("@") || NOT_A_RECIPIENT.test(line)) return void 0;
	const lead = s.match(LEADING_ADDRESS) ?? s.replace(/^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?(?=<?[^\s<>]+@[^\s<>]+?>?\.\.\.)/, "").match(LEADING_ADDRESS);
	if (lead) return mailboxOf(lead[1]);
	const lower = s.toLowerCase();
	const intro = INTRODUCES.find((p) => lower.includes(p));
	if (intro) {
		const found = mailboxesIn(s.slice(lower.indexOf(intro) + intro.length))[0];
		if (found) return found;
	}
	const prev = previous.toLowerCase();
	if (INTRODUCES.some((p) => prev.includes(p)) && /:\s*$|\.\s*$/.test(prev.trim()) && mailboxesIn(s).length === 1 && s.length < 120) return mailboxesIn(s)[0];
}
/**
* The recipients of a text bounce with the lines that explain each. Addresses of our own inbox,
* of the bounce's sender and of the mail system are never recipients.
*/
function readTextBounce(text, exclude) {
	const explanation = explanationOf(text);
	const lines = explanation.split("\n");
	const blocks = /* @__PURE__ */ new Map();
	let current;
	let previous = "";
	for (const raw of lines) {
		const line = (raw.length > 2e3 ? raw.slice(0, 2e3) : raw).replace(/\t/g, " ");
		const address = recipientOnLine(line, previous);
		if (address && !exclude(address) && !looksLikeMessageId(address.slice(0, address.lastIndexOf("@")))) {
			const key = address.toLowerCase();
			const existing = blocks.get(key);
			if (existing) current = existing;
			else {
				current = {
					address,
					lines: []
				};
				blocks.set(key, current);
			}
			const rest = strip(line).replace(LEADING_ADDRESS, "").trim();
			if (rest) current.lines.push(rest);
		} else if (current && line.trim()) current.lines.push(line.trim());
		if (line.trim()) previous = line;
	}
	return {
		recipients: [...blocks.values()].slice(0, MAX_RECIPIENTS).map(({ address, lines: l }) => {
			const r = { address };
			const diagnostic = l.join(" ").replace(/\s+/g, " ").trim();
			if (diagnostic) r.diagnostic = diagnostic;
			return r;
		}),
		explanation
	};
}
// electron/core/mailbox/bounce.ts
const DAEMON_LOCAL = /^(?:mailer-?daemon|mail-?daemon|postmaster|post_master|poostmaster|microsoftexchange[0-9a-f]*|mail-?delivery(?:-?sub)?(?:-?system)?|double-bounce|bounce-notification)$/i;
const DAEMON_NAME = /mail deliver(?:y|) (?:sub)?system|mailer[- ]daemon|postmaster|mail delivery|delivery status notification|internet mail delivery|content-filter at/i;
const NOREPLY_LOCAL = /^(?:no-?reply|do-?not-?reply)$/i;
const FORWARDED = /^\s*(?:fwd?|fw|wg|tr|rv|i|enc|vs|vb|doorst|trs)\s*:/i;
const BOUNCE_SUBJECT = new RegExp([
	"^\\s*(?:\\[[^\\]]*\\]\\s*)?(?:re:\\s*)?(?:undeliver|undelivered|delivery status notification|delivery notification|delivery report",
	"delivery failure|delivery fail|delivery has failed|delivery problem|returned mail|return(?:ed)? to sender|mail delivery",
	"failure notice|failed delivery|permanent delivery failure|message delivery|mail system error|mail not delivered",
	"message not delivered|message could not be delivered|non[- ]?delivery|non remis|non recapitabile|não entregue",
	"onbestelbaar|unzustellbar|nicht zustellbar|no se pudo entregar|mensaje no entregado|warning: (?:message|could not)",
	"delayed mail|mail failure|mail could not|could not send message|\\[bounce\\]|there was an error|sorry, your message",
	"message you sent|message frozen|your message could not be sent|error sending message)",
	"メール.*エラー|配信.*(?:失敗|エラー)|送信.*(?:失敗|エラー)|不達|未送達|не доставлено"
].join("|"), "i");
const TEXT_MARKERS = new RegExp([
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
const DELAY_WORDS = /\b(?:delayed|has not (?:yet )?been delivered|not yet been delivered|will (?:continue to )?retry|will be retried|still trying|still being retried|continue trying|warning: (?:message|could not send)|no need to resend|delivery attempts will continue)\b/i;
const PERMANENT_WORDS = /permanent(?:ly)? (?:error|failure|fatal)|failed permanently|i've given up|giving up|gave up|no further (?:delivery )?attempts|will not be retried|could not be delivered|retry timeout exceeded|has been frozen/i;
const localPart = (a) => a.slice(0, a.lastIndexOf("@"));
/** Sent by the mail system: a daemon's or postmaster's address or name, or the null sender. */
function fromMailSystem(view) {
	if (view.returnPath === "") return true;
	if (!view.from) return !view.rawHeaders.get("from")?.[0] || DAEMON_NAME.test(view.fromName) || /mailer-daemon/i.test(view.rawHeaders.get("from")?.[0] ?? "");
	return DAEMON_LOCAL.test(localPart(view.from)) || DAEMON_NAME.test(view.fromName);
}
function gate(view) {
	if (FORWARDED.test(view.subject)) return false;
	if (fromMailSystem(view)) return true;
	if (view.reportType === "delivery-status") return true;
	if (view.rawHeaders.has("x-failed-recipients")) return true;
	return NOREPLY_LOCAL.test(localPart(view.from)) && BOUNCE_SUBJECT.test(view.subject);
}
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
	const own = tidy(clip$2(raw.diagnostic) ?? "") ?? "";
	const basis = saysWhy(own) ? own : `${own}\n${clip$2(raw.extra) ?? ""}\n${context}`.trim();
	const codeInText = findStatus(basis);
	const reply = findReplyCode(basis, raw.status?.[0] ?? codeInText?.[0]) ?? "";
	const status = preferStatus(raw.status, codeInText, reply) ?? "";
	const action = raw.action === "delayed" ? "delayed" : "failed";
	const domain = raw.address.slice(raw.address.lastIndexOf("@") + 1).toLowerCase();
	const command = raw.command ?? commandIn(own) ?? commandIn(clip$2(raw.extra) ?? "") ?? commandIn(context);
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
/** Characters of a report's text that the reason rules read (per recipient and overall). */
const CONTEXT_LIMIT = 16384;
const RECIPIENT_LIMIT = 4096;
const clip$2 = (t) => t && t.length > RECIPIENT_LIMIT ? t.slice(0, RECIPIENT_LIMIT) : t;
const REASON_CLASSES = Object.keys(PHRASES$1);
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
function fromSes(n) {
	return assemble(n.recipients.map((r) => finish(r, "")), "json", n.reportingMta);
}
/** The bounce this message is, or null. `delivered` is true when it reports only successful delivery. */
function readBounce(view, ctx) {
	const none = {
		bounce: null,
		delivered: false
	};
	const ses = /"(?:notificationType|eventType)"/.test(view.text) ? readSesNotification(view.text) : void 0;
	if (ses?.type === "bounce") return {
		bounce: fromSes(ses),
		delivered: false,
		ses
	};
	if (ses) return {
		...none,
		delivered: ses.type === "delivery",
		ses
	};
	if (!gate(view)) return none;
	const exclude = (a) => sameAddress(a, ctx.ownAddress) || sameAddress(a, view.from);
	const dsnParts = view.parts.filter((p) => p.type === "message/delivery-status" || p.type === "message/global-delivery-status");
	const body = view.text.trim() ? view.text : view.rawBody;
	const explanation = explanationOf(body);
	let dsnText = dsnParts.map((p) => p.text).join("\n\n");
	if (!dsnText && hasDsnFields(body)) dsnText = body;
	if (!dsnText && hasDsnFields(view.rawBody)) dsnText = view.rawBody;
	const dsn = dsnText ? readDsn(dsnText) : void 0;
	const text = readTextBounce(body, exclude);
	const context = explanation.length > CONTEXT_LIMIT ? explanation.slice(0, CONTEXT_LIMIT) : explanation;
	const dsnRecipients = dsn?.recipients ?? [];
	if (dsnRecipients.length > 0) {
		const failing = dsnRecipients.filter((r) => r.action !== "delivered" && !(r.action === void 0 && r.status?.startsWith("2.")));
		if (failing.length === 0) return {
			...none,
			delivered: true
		};
		return {
			bounce: assemble(failing.map((r) => {
				const block = text.recipients.find((t) => sameAddress(t.address, r.address) || sameAddress(t.address, r.original));
				const only = text.recipients.length === 1 && failing.length === 1 ? text.recipients[0] : void 0;
				const extra = (block ?? only)?.diagnostic;
				const diagnostic = r.diagnostic ?? extra;
				const action = r.action === "failed" || r.action === "delayed" ? r.action : r.status?.startsWith("4.") && DELAY_WORDS.test(context) ? "delayed" : "failed";
				return {
					...r,
					action,
					...diagnostic ? { diagnostic } : {},
					...extra ? { extra } : {}
				};
			}).map((r) => finish(r, context)), "dsn", dsn?.reportingMta),
			delivered: false
		};
	}
	let raws = text.recipients;
	if (raws.length === 0) {
		const failed = view.rawHeaders.get("x-failed-recipients")?.join(",");
		raws = (failed ? mailboxesIn(failed) : []).filter((a) => !exclude(a)).map((address) => ({ address }));
	}
	if (!(TEXT_MARKERS.test(context) || BOUNCE_SUBJECT.test(view.subject) || /\b[45]\d\d[ -]|\b[45]\.\d\.\d{1,3}\b/.test(context))) return none;
	if (raws.length === 0 && (TEXT_MARKERS.test(explanation) || BOUNCE_SUBJECT.test(view.subject))) {
		const to = originalHeaders(view)?.get("to")?.[0];
		raws = (to ? mailboxesIn(to) : []).filter((a) => !exclude(a)).slice(0, 1).map((address) => ({ address }));
	}
	if (raws.length === 0) return none;
	const delayed = (DELAY_WORDS.test(view.subject) || DELAY_WORDS.test(context)) && !PERMANENT_WORDS.test(context);
	const reportingMta = view.from.includes("@") ? view.from.slice(view.from.indexOf("@") + 1) : void 0;
	return {
		bounce: assemble(raws.map((r) => finish({
			...r,
			action: delayed ? "delayed" : "failed"
		}, context)), "text", reportingMta),
		delivered: false
	};
}
/**
* A bounce decided again from the evidence a report gave (address, action, status, diagnostic),
* as stored by earlier versions of the app: migration 0010 uses it for the events it keeps.
*/
function bounceFromEvidence(recipients, source) {
	return assemble(recipients.filter((r) => r.address && r.action !== "delivered" && isMailbox(r.address) && !(source === "text" && looksLikeMessageId(r.address.slice(0, r.address.lastIndexOf("@"))))).map((r) => finish(r, "")), source, void 0);
}
// electron/core/mailbox/complaint.ts
const first = (m, key) => m?.get(key)?.[0];
/** The recipients named by an original's To header (undisclosed lists name none). */
function originalTo(original) {
	const to = first(original, "to");
	return to ? mailboxesIn(to) : [];
}
function withOriginal(info, original) {
	const id = first(original, "message-id");
	const from = first(original, "from");
	if (id) info.original_message_id = id;
	if (!info.original_mail_from && from) {
		const sender = mailboxOf(from);
		if (sender) info.original_mail_from = sender;
	}
	if (info.recipients.length === 0) info.recipients = originalTo(original);
	if (info.recipients[0]) info.original_rcpt = info.recipients[0];
	return info;
}
/** The complaint this message is, or undefined when it is none. */
function readComplaint(view, original) {
	const arf = view.parts.find((p) => p.type === "message/feedback-report") ?? (view.reportType === "feedback-report" ? {
		type: "text/plain",
		text: view.text
	} : void 0);
	if (arf) {
		const fields = reportFields(arf.text).filter((f) => !("blank" in f));
		const get = (name) => fields.filter((f) => f.name === name).map((f) => f.value);
		if (get("feedback-type").length > 0 || get("original-rcpt-to").length > 0) {
			const recipients = [...new Set(get("original-rcpt-to").flatMap((v) => mailboxOf(v) ?? []))];
			const info = {
				format: "arf",
				feedback_type: (get("feedback-type")[0] ?? "other").toLowerCase().trim(),
				recipients
			};
			const mailFrom = mailboxOf(get("original-mail-from")[0]);
			if (mailFrom) info.original_mail_from = mailFrom;
			return withOriginal(info, original);
		}
	}
	const attached = view.parts.find((p) => p.type === "message/rfc822");
	const attachedHeaders = attached ? headerBlock(attached.text.replace(/^\s+/, "")) : void 0;
	const jmrpRecipient = first(attachedHeaders, "x-hmxmroriginalrecipient");
	const jmrpSender = /@(?:hotmail|outlook|live|msn)\.com$/.test(view.from) && /complaint about message from/i.test(view.subject);
	if (jmrpRecipient || jmrpSender) return withOriginal({
		format: "jmrp",
		feedback_type: "abuse",
		recipients: jmrpRecipient ? mailboxesIn(jmrpRecipient) : []
	}, attachedHeaders ?? original);
	if (view.rawHeaders.get("x-apple-unsubscribe")?.[0]?.trim().toLowerCase() === "true" && view.from) return {
		format: "unsubscribe",
		feedback_type: "opt-out",
		recipients: [view.from],
		original_rcpt: view.from
	};
}
// electron/core/mailbox/classify.ts
async function classifyMessage(raw, ctx) {
	const view = await readMessage(raw);
	const base = { kind: "other" };
	const date = view.mail.date;
	if (date && !Number.isNaN(date.getTime())) base.date = date.toISOString();
	const ours = (id) => id && ctx.sentMessageIds(id) ? id : void 0;
	const original = originalHeaders(view);
	const originalIds = originalMessageIds(view, original);
	const linked = () => originalIds.map(ours).find(Boolean) ?? referencedSentId(view, ctx);
	const withLink = (c) => {
		const sent = linked();
		return sent ? {
			...c,
			in_reply_to: sent
		} : c;
	};
	const { bounce, delivered, ses } = readBounce(view, ctx.ownAddress ? { ownAddress: ctx.ownAddress } : {});
	const complaint = ses?.type === "complaint" ? sesComplaint(ses) : readComplaint(view, original);
	if (complaint) {
		const id = complaint.original_message_id ? normalizeMessageId(complaint.original_message_id) : originalIds[0];
		if (id) complaint.original_message_id = id;
		else delete complaint.original_message_id;
		return withLink({
			...base,
			kind: "complaint",
			complaint
		});
	}
	if (bounce) {
		const own = view.mail.messageId ? normalizeMessageId(view.mail.messageId) : "";
		const id = originalIds.map(ours).find(Boolean) ?? originalIds.find((x) => x !== own);
		if (id) bounce.original_message_id = id;
		return withLink({
			...base,
			kind: bounce.category === "delay" ? "delay" : "bounce",
			bounce
		});
	}
	if (delivered) return base;
	if (ctx.ownAddress && view.from === ctx.ownAddress.toLowerCase()) return base;
	const signal = autoReplySignal(view);
	const answered = referencedSentId(view, ctx);
	if (signal) {
		const auto = {
			...base,
			kind: "auto_reply",
			auto_reply_signal: signal
		};
		return answered ? {
			...auto,
			in_reply_to: answered
		} : auto;
	}
	if (answered) return {
		...base,
		kind: "reply",
		in_reply_to: answered
	};
	return base;
}
function sesComplaint(n) {
	const info = {
		format: "ses",
		feedback_type: n.feedbackType,
		recipients: n.recipients
	};
	if (n.recipients[0]) info.original_rcpt = n.recipients[0];
	return info;
}
/** First Message-ID in In-Reply-To, then References (newest last, so read backwards), that we sent. */
function referencedSentId(view, ctx) {
	const inReplyTo = messageIdsIn(view.mail.inReplyTo ?? headerText(view.mail.headers, "in-reply-to"));
	const references = messageIdsIn(view.mail.references).reverse();
	return [...inReplyTo, ...references].find((id) => ctx.sentMessageIds(id));
}
/**
* Message-IDs of the returned original: its header part, the DSN's X-Original-Message-ID, and
* Message-ID lines that a text bounce quotes after its explanation.
*/
function originalMessageIds(view, original) {
	const ids = [];
	for (const v of original?.get("message-id") ?? []) ids.push(normalizeMessageId(v.match(/<[^<>\s]+>/)?.[0] ?? v));
	const texts = [
		view.text,
		...view.parts.filter((p) => !p.type.startsWith("image/")).map((p) => p.text),
		view.text.trim() ? "" : view.rawBody
	];
	for (const t of texts) for (const m of t.matchAll(/^[ \t>]*(?:x-original-message-id|message-id)[ \t]*:[ \t]*(<[^<>\s]+>|[^\s<>]+@[^\s<>]+)/gim)) ids.push(normalizeMessageId(m[1]));
	const own = view.mail.messageId ? normalizeMessageId(view.mail.messageId) : "";
	const unique = [...new Set(ids.filter(Boolean))];
	return [...unique.filter((id) => id !== own), ...unique.filter((id) => id === own)];
}
// electron/core/mailbox/folders.ts
const SENT_NAMES = [
	"[Gmail]/Sent Mail",
	"[Google Mail]/Sent Mail",
	"Sent Items",
	"Sent",
	"Sent Messages",
	"Sent Mail",
	"INBOX.Sent",
	"INBOX/Sent"
];
const JUNK_NAMES = [
	"[Gmail]/Spam",
	"[Google Mail]/Spam",
	"Junk Email",
	"Junk E-mail",
	"Junk",
	"Spam",
	"INBOX.Junk",
	"INBOX.Spam",
	"INBOX/Junk"
];
function byRole(folders, flag, names) {
	const flagged = folders.find((f) => f.specialUse?.toLowerCase() === flag);
	if (flagged) return flagged.path;
	for (const name of names) {
		const hit = folders.find((f) => f.path.toLowerCase() === name.toLowerCase());
		if (hit) return hit.path;
	}
	return null;
}
/** Folders in scan order: Sent first, so replies can be matched to what was sent. */
function pickFolders(folders) {
	const out = [];
	const sent = byRole(folders, "\\sent", SENT_NAMES);
	if (sent) out.push({
		path: sent,
		role: "sent"
	});
	const inbox = folders.find((f) => f.path.toUpperCase() === "INBOX");
	out.push({
		path: inbox?.path ?? "INBOX",
		role: "inbox"
	});
	const junk = byRole(folders, "\\junk", JUNK_NAMES);
	if (junk) out.push({
		path: junk,
		role: "junk"
	});
	return out;
}
// electron/core/probe/certificate.ts
const dn = (part) => {
	if (!part) return "";
	return Object.entries(part).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("+") : String(v)}`).join(", ");
};
function certificateInfo(cert) {
	if (!cert || !cert.subject) return null;
	const subject = dn(cert.subject);
	const issuer = dn(cert.issuer);
	return {
		subject,
		issuer,
		alt_names: (cert.subjectaltname ?? "").split(",").map((s) => s.trim()).filter(Boolean),
		valid_from: new Date(cert.valid_from).toISOString(),
		valid_to: new Date(cert.valid_to).toISOString(),
		self_signed: subject === issuer,
		fingerprint_sha256: cert.fingerprint256
	};
}
// electron/core/probe/greeting-tap.ts
const KEEP = 256;
function tapFirstBytes(socket) {
	let seen = "";
	if (socket) {
		const onData = (chunk) => {
			seen += chunk.subarray(0, KEEP - seen.length).toString("latin1");
			if (seen.length >= KEEP) socket.off("data", onData);
		};
		socket.on("data", onData);
	}
	return { text: () => seen };
}
/** Whether what arrived could be (the start of) a greeting of the protocol. */
function couldBeGreeting(protocol, text) {
	if (text === "") return true;
	if (protocol === "smtp") return /^(\d{1,3}|\d{3}[ -][\s\S]*)$/.test(text);
	return "* ".startsWith(text) || text.startsWith("* ");
}
const printable = (text) => text.slice(0, 60).replace(/[^\x20-\x7e]/g, "·");
// electron/core/probe/trust.ts
/** Every connection insists on TLS 1.2 or later; part of the shared context, so kept here. */
const MIN_TLS_VERSION = "TLSv1.2";
/** Node's verdicts that mean "the chain ends in a self-signed certificate". */
const SELF_SIGNED_ERRORS = /* @__PURE__ */ new Set(["DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN"]);
const pinKey = (protocol, host, port) => `${protocol}:${host.toLowerCase()}:${port}`;
function trustAnchors(env, pinned) {
	if (!env.extraCa?.length && !pinned) return void 0;
	return [
		...tls.rootCertificates,
		...env.extraCa ?? [],
		...pinned ? [pinned] : []
	];
}
/** What a connection passes to TLS: nothing (Node's roots), or the CA set and its shared context. */
function trustOptions(env, pinned) {
	const key = pinned ?? "";
	const known = env.trust?.get(key);
	if (known) return known;
	const ca = trustAnchors(env, pinned);
	const built = ca ? {
		ca,
		secureContext: tls.createSecureContext({
			ca,
			minVersion: MIN_TLS_VERSION
		})
	} : {};
	env.trust?.set(key, built);
	return built;
}
/** TLS options for nodemailer and imapflow: verified, TLS 1.2+, the given trust. */
function tlsOptions(trust) {
	return {
		rejectUnauthorized: true,
		minVersion: MIN_TLS_VERSION,
		...trust.secureContext ? { secureContext: trust.secureContext } : trust.ca ? { ca: trust.ca } : {}
	};
}
// electron/core/probe/types.ts
/** A failure that knows which step it happened in, so a timeout names the step. */
var StepError = class extends Error {
	step;
	original;
	firstBytes;
	constructor(step, original, firstBytes = "") {
		super(original instanceof Error ? original.message : String(original));
		this.step = step;
		this.original = original;
		this.firstBytes = firstBytes;
		this.name = "StepError";
	}
};
// electron/core/probe/imap.ts
function imapOptions(target, t, trust) {
	return {
		host: target.host,
		port: target.port,
		secure: target.security === "tls",
		doSTARTTLS: target.security === "starttls" ? true : target.security === "none" ? false : void 0,
		auth: target.accessToken !== void 0 ? {
			user: target.username,
			accessToken: target.accessToken
		} : {
			user: target.username,
			pass: target.password
		},
		logger: false,
		connectionTimeout: t.connectTimeoutMs,
		greetingTimeout: t.greetingTimeoutMs,
		socketTimeout: t.socketTimeoutMs,
		disableAutoIdle: true,
		tls: tlsOptions(trust)
	};
}
async function imapHandshake(target, t, trust, onConnection) {
	const client = new ImapFlow(imapOptions(target, t, trust));
	client.on("error", () => void 0);
	onConnection(() => client.close());
	let step = "connect";
	let tap = tapFirstBytes(null);
	try {
		const connecting = client.connect();
		tap = tapFirstBytes(client.socket);
		await connecting;
		const socket = client.socket;
		const secure = socket && typeof socket.getProtocol === "function";
		const authCaps = client.authCapabilities;
		const facts = {
			greeting: client.greeting ?? null,
			tls_version: secure ? socket.getProtocol() ?? null : null,
			auth_methods: [...authCaps?.keys() ?? []].map((c) => c.replace(/^AUTH=/i, "").toUpperCase()),
			capabilities: [...client.capabilities.keys()],
			certificate: secure ? certificateInfo(socket.getPeerCertificate()) : null
		};
		step = "mailbox";
		(await client.getMailboxLock("INBOX", { readOnly: true })).release();
		step = "logout";
		await client.logout();
		return facts;
	} catch (err) {
		client.close();
		throw new StepError(step === "connect" && isAuthError(err) ? "auth" : step, err, tap.text());
	}
}
const isAuthError = (err) => typeof err === "object" && err !== null && err.authenticationFailed === true;
// electron/core/mailbox/message-guard.ts
const MESSAGE_LIMITS = {
	/** Bytes fetched per message. Reports come first in a DSN/ARF, so 256 KB holds them with room. */
	fetchBytes: 262144,
	/** Lines in one header block; real mail has well under 200 (long Received/ARC chains included). */
	headerLines: 2e3,
	/** One physical header line; RFC 5322 says 998, broken mailers write a few KB. */
	headerLineBytes: 65536,
	/** MIME parts; a bounce has 2–4, a busy newsletter a few dozen. */
	parts: 500,
	/** Multipart nesting; real mail rarely goes past 5. */
	depth: 20
};
const KB = (n) => `${Math.round(n / 1024)} KB`;
function boundaryOf(contentType) {
	if (!/^content-type:\s*multipart\//i.test(contentType)) return null;
	const m = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
	return m?.[1] ?? m?.[2] ?? null;
}
/** Why this message is not safe to parse, or null. Reads the raw bytes line by line, once. */
function messageProblem(raw) {
	const text = typeof raw === "string" ? raw : raw.toString("latin1");
	const stack = [];
	let inHeader = true;
	let headerLines = 0;
	let contentType = "";
	let collecting = false;
	let parts = 0;
	let start = 0;
	while (start <= text.length) {
		const nl = text.indexOf("\n", start);
		const end = nl < 0 ? text.length : nl;
		const line = text.slice(start, end > start && text[end - 1] === "\r" ? end - 1 : end);
		start = end + 1;
		if (inHeader) {
			if (line === "") {
				const boundary = boundaryOf(contentType.replace(/\r?\n[ \t]+/g, " "));
				if (boundary) {
					stack.push(boundary);
					if (stack.length > MESSAGE_LIMITS.depth) return `MIME parts nested more than ${MESSAGE_LIMITS.depth} deep`;
				}
				inHeader = false;
				continue;
			}
			if (++headerLines > MESSAGE_LIMITS.headerLines) return `more than ${MESSAGE_LIMITS.headerLines.toLocaleString("en-US")} header lines`;
			if (line.length > MESSAGE_LIMITS.headerLineBytes) return `a header line longer than ${KB(MESSAGE_LIMITS.headerLineBytes)}`;
			if (/^[ \t]/.test(line)) {
				if (collecting && contentType.length < 8192) contentType += `\n${line}`;
			} else {
				collecting = /^content-type:/i.test(line);
				if (collecting) contentType = line;
			}
			continue;
		}
		if (!line.startsWith("--") || stack.length === 0) continue;
		for (let i = stack.length - 1; i >= 0; i--) {
			const b = stack[i];
			if (!line.startsWith(`--${b}`)) continue;
			const rest = line.slice(b.length + 2);
			if (rest.startsWith("--")) stack.length = i;
			else if (rest.trim() === "") {
				stack.length = i + 1;
				if (++parts > MESSAGE_LIMITS.parts) return `more than ${MESSAGE_LIMITS.parts} MIME parts`;
				inHeader = true;
				headerLines = 0;
				contentType = "";
				collecting = false;
			} else continue;
			break;
		}
	}
	return null;
}
/** classifyMessage behind the limits and a catch: never throws for anything the message holds. */
async function classifyGuarded(raw, ctx) {
	const problem = messageProblem(raw);
	if (problem) return {
		ok: false,
		reason: problem
	};
	try {
		return {
			ok: true,
			classification: await classifyMessage(raw, ctx)
		};
	} catch (err) {
		const e = err;
		return {
			ok: false,
			reason: `the MIME parser gave up: ${typeof e.message === "string" ? e.message.replace(/\s+/g, " ").slice(0, 160) : String(err).slice(0, 160)}${typeof e.code === "string" ? ` (${e.code})` : ""}`
		};
	}
}
// electron/core/mailbox/scan.ts
/** Messages between two saves of a folder's position. */
const SAVE_EVERY = 100;
const day$1 = (d, fallback) => {
	const date = d ? new Date(d) : fallback;
	return (Number.isNaN(date.getTime()) ? fallback : date).toISOString().slice(0, 10);
};
async function scanMailbox(args) {
	const { db, accountId, target, now } = args;
	const pinned = target.allowSelfSigned ? args.env.pins.get(`imap:${target.host.toLowerCase()}:${target.port}`) : void 0;
	const client = new ImapFlow(imapOptions(target, args.timeouts, { ca: trustAnchors(args.env, pinned) }));
	client.on("error", () => void 0);
	const results = [];
	const unreadable = [];
	let timedOut = false;
	const deadline = setTimeout(() => {
		timedOut = true;
		client.close();
	}, args.deadlineMs);
	try {
		await client.connect();
		const folders = pickFolders((await client.list()).map((f) => ({
			path: f.path,
			specialUse: f.specialUse
		})));
		const sentIds = new Set((await db.selectFrom("sent_messages").select("message_id").where("account_id", "=", accountId).execute()).map((r) => r.message_id));
		for (const { path, role } of folders) {
			let box;
			try {
				box = await client.mailboxOpen(path, { readOnly: true });
			} catch (err) {
				if (timedOut) throw err;
				continue;
			}
			const uidvalidity = String(box.uidValidity);
			const state = await db.selectFrom("mailbox_folders").selectAll().where("account_id", "=", accountId).where("folder", "=", path).executeTakeFirst();
			const full = !state || state.uidvalidity !== uidvalidity;
			if (full) await db.deleteFrom("mailbox_events").where("account_id", "=", accountId).where("folder", "=", path).execute();
			const last = full ? 0 : state.last_uid;
			let maxUid = last;
			let read = 0;
			const save = async () => {
				const row = {
					account_id: accountId,
					folder: path,
					role,
					uidvalidity,
					last_uid: maxUid,
					scanned_at: now.toISOString()
				};
				await db.insertInto("mailbox_folders").values(row).onConflict((oc) => oc.columns(["account_id", "folder"]).doUpdateSet({
					role,
					uidvalidity,
					last_uid: maxUid,
					scanned_at: row.scanned_at
				})).execute();
			};
			try {
				if (box.exists > 0) {
					const query = role === "sent" ? {
						uid: true,
						envelope: true,
						internalDate: true
					} : {
						uid: true,
						source: { maxLength: MESSAGE_LIMITS.fetchBytes },
						internalDate: true
					};
					for await (const msg of client.fetch(`${last + 1}:*`, query, { uid: true })) {
						if (msg.uid <= last) continue;
						const internal = msg.internalDate ? new Date(msg.internalDate) : void 0;
						if (role === "sent") {
							const id = normalizeMessageId(msg.envelope?.messageId ?? "") || `<uid-${uidvalidity}-${msg.uid}@${path}>`;
							sentIds.add(id);
							await db.insertInto("sent_messages").values({
								account_id: accountId,
								message_id: id,
								date: day$1(msg.envelope?.date ?? internal, now)
							}).onConflict((oc) => oc.doNothing()).execute();
						} else if (msg.source) {
							const { unreadable: why, ...event } = await eventOf(msg.source, {
								sentMessageIds: (id) => sentIds.has(id),
								ownAddress: args.ownAddress
							}, internal, now);
							if (why !== void 0) unreadable.push({
								folder: path,
								uid: msg.uid,
								reason: why
							});
							if (event.kind === "other") await db.deleteFrom("mailbox_events").where("account_id", "=", accountId).where("folder", "=", path).where("uidvalidity", "=", uidvalidity).where("uid", "=", msg.uid).execute();
							else await db.insertInto("mailbox_events").values({
								account_id: accountId,
								folder: path,
								uidvalidity,
								uid: msg.uid,
								...event
							}).onConflict((oc) => oc.columns([
								"account_id",
								"folder",
								"uidvalidity",
								"uid"
							]).doUpdateSet(event)).execute();
						}
						maxUid = Math.max(maxUid, msg.uid);
						read++;
						if (read % SAVE_EVERY === 0) await save();
					}
				}
			} finally {
				if (maxUid !== last || full) await save();
			}
			results.push({
				folder: path,
				role,
				uidvalidity,
				read,
				full
			});
		}
	} catch (err) {
		if (!timedOut) throw err;
	} finally {
		clearTimeout(deadline);
		if (!timedOut) await client.logout().catch(() => client.close());
	}
	return {
		folders: results,
		unreadable,
		timedOut
	};
}
/** The stored event kind: a bounce by its category (hard_bounce, block, soft_bounce), a delay, or the message kind. */
function eventKind(c) {
	if (c.kind === "bounce") return c.bounce?.category === "block" ? "block" : c.bounce?.category === "hard" ? "hard_bounce" : "soft_bounce";
	return c.kind;
}
/** What one received message means for the counts; kind 'other' for mail that does not count. */
async function eventOf(source, ctx, internal, now) {
	const guarded = await classifyGuarded(source, ctx);
	if (!guarded.ok) return {
		kind: "unreadable",
		date: day$1(internal, now),
		detail: JSON.stringify({ reason: guarded.reason }),
		reason: null,
		unreadable: guarded.reason
	};
	const c = guarded.classification;
	const detail = JSON.stringify(c.bounce ?? c.complaint ?? (c.in_reply_to ? { in_reply_to: c.in_reply_to } : {}));
	return {
		kind: eventKind(c),
		date: day$1(c.date ?? internal, now),
		detail,
		reason: c.bounce?.reason ?? null
	};
}
// shared/bounces.ts
const BOUNCE_REASONS = [
	"user_unknown",
	"host_unknown",
	"mailbox_disabled",
	"has_moved",
	"mailbox_full",
	"message_too_big",
	"blocked_ip_reputation",
	"blocked_listed",
	"auth_failed",
	"rdns_missing",
	"spam_content",
	"policy",
	"rate_limited",
	"too_many_connections",
	"tls_required",
	"relay_denied",
	"expired",
	"network",
	"system",
	"syntax",
	"unknown"
];
const BOUNCE_REASON_LABELS = {
	user_unknown: "User unknown",
	host_unknown: "Domain does not accept mail",
	mailbox_disabled: "Mailbox disabled",
	has_moved: "Address has moved",
	mailbox_full: "Mailbox full",
	message_too_big: "Message too big",
	blocked_ip_reputation: "Blocked: sender reputation",
	blocked_listed: "Blocked: blacklist listing",
	auth_failed: "Blocked: SPF/DKIM/DMARC failed",
	rdns_missing: "Blocked: no reverse DNS (PTR)",
	spam_content: "Blocked: content",
	policy: "Blocked: receiver policy",
	rate_limited: "Rate limited",
	too_many_connections: "Too many connections",
	tls_required: "TLS required",
	relay_denied: "Relay denied",
	expired: "Gave up after retries",
	network: "Network error",
	system: "Receiving system error",
	syntax: "Protocol error",
	unknown: "Unknown"
};
// electron/core/store/migrations/0010_bounce_reasons.ts
var _0010_bounce_reasons_exports = /* @__PURE__ */ __exportAll({ up: () => up$1 });
async function up$1(db) {
	await db.schema.alterTable("mailbox_events").addColumn("reason", "text").execute();
	for (const column of ["blocks", "delays"]) await db.schema.alterTable("snapshots").addColumn(column, "integer", (c) => c.notNull().defaultTo(0)).execute();
	await db.schema.alterTable("snapshots").addColumn("block_rate", "real", (c) => c.notNull().defaultTo(0)).execute();
	const events = await sql`
    select account_id, folder, uidvalidity, uid, detail from mailbox_events where kind in ('hard_bounce', 'soft_bounce')`.execute(db);
	for (const e of events.rows) {
		const old = parse$3(e.detail);
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
function parse$3(detail) {
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
const HEALTH_LABEL = {
	failing: "Failing",
	sign_in_expired: "Sign-in expired",
	at_risk: "At risk",
	watch: "Watch",
	healthy: "Healthy",
	unknown: "Unknown"
};
/** Sort key stored with each inbox: failing and sign-in expired 0 … healthy 3, unknown 4. */
const HEALTH_RANK = {
	failing: 0,
	sign_in_expired: 0,
	at_risk: 1,
	watch: 2,
	healthy: 3,
	unknown: 4
};
const HEALTH_REASON_CODES = [
	"login_failed",
	"listed",
	"bounces_high",
	"complaints_high",
	"bounces_elevated",
	"complaints_elevated",
	"bounces_rising",
	"complaints_rising",
	"sign_in_expired",
	"blocks_high",
	"blocks_elevated",
	"blocks_rising",
	"needs_sign_in",
	"spf_missing",
	"spf_fail",
	"dkim_missing",
	"dmarc_missing",
	"spf_weak",
	"dkim_weak",
	"not_tested",
	"domain_not_checked",
	"stale"
];
const PROBE_ERROR_LABEL = {
	auth_failed: "password or username rejected",
	tls_error: "TLS or certificate problem",
	timeout: "server did not answer in time",
	unreachable: "server unreachable",
	protocol_error: "unexpected answer from the server",
	sign_in_expired: "sign-in expired — sign in again",
	needs_sign_in: "not signed in yet"
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
const OUTLOOK_CONSUMER_DOMAINS = /* @__PURE__ */ new Set([
	"outlook.com",
	"hotmail.com",
	"live.com",
	"msn.com",
	"passport.com",
	"windowslive.com",
	"hotmail.co.uk",
	"hotmail.fr",
	"hotmail.de",
	"hotmail.it",
	"hotmail.es",
	"hotmail.nl",
	"hotmail.be",
	"hotmail.ca",
	"outlook.fr",
	"outlook.de",
	"outlook.it",
	"outlook.es",
	"outlook.jp",
	"outlook.co.uk",
	"outlook.com.au",
	"outlook.com.br",
	"live.co.uk",
	"live.fr",
	"live.de",
	"live.it",
	"live.nl",
	"live.ca",
	"live.com.au"
]);
const GMAIL_DOMAINS = /* @__PURE__ */ new Set(["gmail.com", "googlemail.com"]);
const OUTLOOK_CONSUMER_HOSTS = ["smtp-mail.outlook.com", "imap-mail.outlook.com"];
const M365_HOSTS = ["outlook.office.com"];
const GOOGLE_HOSTS = [
	"smtp.gmail.com",
	"imap.gmail.com",
	"smtp-relay.gmail.com"
];
const has = (list, h) => list.includes(h);
/** Which mail service an inbox is on, from its address and servers (the provider field is a hint). */
function mailHostKind(i) {
	const domain = i.email.split("@")[1]?.toLowerCase() ?? "";
	const hosts = [i.smtp_host, i.imap_host].map((h) => h.toLowerCase().replace(/\.$/, ""));
	if (OUTLOOK_CONSUMER_DOMAINS.has(domain) || hosts.some((h) => has(OUTLOOK_CONSUMER_HOSTS, h))) return "outlook_consumer";
	if (GMAIL_DOMAINS.has(domain)) return "gmail";
	if (i.provider === "microsoft" || hosts.some((h) => h.endsWith(".office365.com") || has(M365_HOSTS, h))) return "microsoft_365";
	if (i.provider === "google" || hosts.some((h) => has(GOOGLE_HOSTS, h))) return "google_workspace";
	return "other";
}
/** Worst first. */
const READINESS_LEVELS = [
	"blocked",
	"warning",
	"ok"
];
const SWITCH_MS = "Open the inbox and choose “Switch to sign-in” → Sign in with Microsoft (no password is stored).";
const SWITCH_GOOGLE = "Open the inbox and choose “Switch to sign-in” → Sign in with Google (no password is stored).";
/** The inbox's login method against its provider's timeline, as of `today` (YYYY-MM-DD, UTC). */
function basicAuthReadiness(i, today) {
	return readinessOf(mailHostKind(i), i.auth_method, today);
}
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
async function listAccounts(db, q) {
	const base = filteredAccounts(db, q);
	const { total } = await base.select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow();
	const page = orderAccounts(base.select(sql`accounts.rowid`.as("rid")), q.sort, q.order).limit(q.per_page).offset((q.page - 1) * q.per_page);
	return {
		items: (await orderAccounts(db.selectFrom("accounts").leftJoin("clients", "clients.id", "accounts.client_id").selectAll("accounts").select("clients.name as client_name").where(sql`accounts.rowid`, "in", page), q.sort, q.order).execute()).map(toAccount),
		total: Number(total),
		page: q.page,
		per_page: q.per_page,
		has_next: q.page * q.per_page < total,
		has_prev: q.page > 1
	};
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
async function findAccountIdByEmail(db, email) {
	return (await db.selectFrom("accounts").select("id").where("email", "=", email).executeTakeFirst())?.id;
}
async function insertAccount(db, row) {
	await db.insertInto("accounts").values(row).execute();
}
async function updateAccountRow(db, id, patch) {
	await db.updateTable("accounts").set(patch).where("id", "=", id).execute();
}
async function existingAccountIds(db, ids) {
	const found = [];
	for (let i = 0; i < ids.length; i += 500) {
		const rows = await db.selectFrom("accounts").select("id").where("id", "in", ids.slice(i, i + 500)).execute();
		found.push(...rows.map((r) => r.id));
	}
	return found;
}
async function deleteAccountRows(db, ids) {
	let deleted = 0;
	for (let i = 0; i < ids.length; i += 500) {
		const r = await db.deleteFrom("accounts").where("id", "in", ids.slice(i, i + 500)).executeTakeFirst();
		deleted += Number(r.numDeletedRows);
	}
	return deleted;
}
async function allPasswordFlags(db) {
	return db.selectFrom("accounts").select([
		"id",
		"smtp_password_stored",
		"imap_uses_smtp_password",
		"imap_password_stored",
		"oauth_token_stored",
		"auth_method"
	]).execute();
}
/** Ids of every account the filter selects, oldest first (what "all N matching" acts on). */
async function accountIdsMatching(db, filter) {
	return (await filteredAccounts(db, filter).select("accounts.id").orderBy(sql`accounts.rowid`).execute()).map((r) => r.id);
}
/** What bulk changes need to know of each account (at most 500 ids per call). */
async function bulkRows(db, ids) {
	if (ids.length === 0) return [];
	return db.selectFrom("accounts").select([
		"id",
		"email",
		"provider",
		"tags",
		"smtp_password_stored",
		"imap_password_stored",
		"oauth_token_stored"
	]).where("id", "in", ids).execute();
}
/** Sets the same columns on every listed account (at most 500 ids per call); returns how many changed. */
async function updateAccountRows(db, ids, patch) {
	if (ids.length === 0) return 0;
	const r = await db.updateTable("accounts").set(patch).where("id", "in", ids).executeTakeFirst();
	return Number(r.numUpdatedRows);
}
/** Accounts whose address is one of `emails` (case-insensitive), at most 500 per call. */
async function accountsByEmail(db, emails) {
	if (emails.length === 0) return [];
	return db.selectFrom("accounts").select(["id", "email"]).where("email", "in", emails).execute();
}
// electron/core/store/clients-repo.ts
const clientsWithCounts = (db) => db.selectFrom("clients").leftJoin("accounts", "accounts.client_id", "clients.id").select([
	"clients.id",
	"clients.name",
	"clients.created_at"
]).select((eb) => eb.fn.count("accounts.id").as("account_count")).groupBy("clients.id");
const toClient = (r) => ({
	id: r.id,
	name: r.name,
	created_at: r.created_at,
	account_count: Number(r.account_count)
});
async function listClients(db) {
	return (await clientsWithCounts(db).orderBy("clients.name").execute()).map(toClient);
}
async function getClient(db, id) {
	const row = await clientsWithCounts(db).where("clients.id", "=", id).executeTakeFirst();
	return row ? toClient(row) : void 0;
}
async function findClientIdByName(db, name) {
	return (await db.selectFrom("clients").select("id").where("name", "=", name).executeTakeFirst())?.id;
}
async function insertClient(db, row) {
	await db.insertInto("clients").values(row).execute();
}
async function renameClient(db, id, name) {
	await db.updateTable("clients").set({ name }).where("id", "=", id).execute();
}
/** Deletes the client; its accounts stay, without a client. Returns how many were unassigned. */
async function deleteClient(db, id) {
	return db.transaction().execute(async (trx) => {
		const r = await trx.updateTable("accounts").set({ client_id: null }).where("client_id", "=", id).executeTakeFirst();
		await trx.deleteFrom("clients").where("id", "=", id).execute();
		return Number(r.numUpdatedRows);
	});
}
// electron/core/store/oauth-apps-repo.ts
const withCounts = (db) => db.selectFrom("oauth_apps").leftJoin("clients", "clients.id", "oauth_apps.agency_client_id").selectAll("oauth_apps").select("clients.name as agency_client_name").select((eb) => eb.selectFrom("accounts").whereRef("accounts.oauth_app_id", "=", "oauth_apps.id").select(eb.fn.countAll().as("n")).as("account_count"));
const toApp = (r) => ({
	id: r.id,
	provider: r.provider,
	label: r.label,
	client_id: r.client_id,
	secret_stored: r.secret_stored === 1,
	tenant: r.tenant,
	issuer: r.issuer,
	agency_client_id: r.agency_client_id,
	agency_client_name: r.agency_client_name,
	account_count: Number(r.account_count ?? 0),
	created_at: r.created_at,
	updated_at: r.updated_at
});
async function listApps(db) {
	return (await withCounts(db).orderBy("oauth_apps.provider").orderBy("oauth_apps.label").execute()).map(toApp);
}
async function getApp(db, id) {
	const row = await withCounts(db).where("oauth_apps.id", "=", id).executeTakeFirst();
	return row ? toApp(row) : void 0;
}
async function getAppRow(db, id) {
	return db.selectFrom("oauth_apps").selectAll().where("id", "=", id).executeTakeFirst();
}
/** The app for a client's inboxes: the client's own, else the provider's app for everyone. */
async function appFor(db, provider, agencyClientId) {
	const rows = await db.selectFrom("oauth_apps").selectAll().where("provider", "=", provider).where((eb) => agencyClientId ? eb.or([eb("agency_client_id", "=", agencyClientId), eb("agency_client_id", "is", null)]) : eb("agency_client_id", "is", null)).execute();
	return rows.find((r) => r.agency_client_id !== null) ?? rows[0];
}
async function insertApp(db, row) {
	await db.insertInto("oauth_apps").values(row).execute();
}
async function updateApp(db, id, patch) {
	await db.updateTable("oauth_apps").set(patch).where("id", "=", id).execute();
}
async function deleteApp(db, id) {
	const r = await db.deleteFrom("oauth_apps").where("id", "=", id).executeTakeFirst();
	return Number(r.numDeletedRows);
}
async function appSecretFlags(db) {
	return db.selectFrom("oauth_apps").select(["id", "secret_stored"]).execute();
}
// shared/domain.ts
const PROVIDERS = [
	"google",
	"microsoft",
	"smtp"
];
/** Daily sending cap each provider enforces; an account's daily limit may not exceed it. */
const PROVIDER_DAILY_CAP = {
	google: 2e3,
	microsoft: 5e3,
	smtp: 1e5
};
const SMTP_SECURITIES = [
	"starttls",
	"tls",
	"none"
];
const IMAP_SECURITIES = [
	"tls",
	"starttls",
	"none"
];
/** The user's choice only; what is wrong with an inbox is its computed `health`. */
const ACCOUNT_STATUSES = ["active", "paused"];
/** Statuses a user may set: all of them (nothing else writes status). */
const SETTABLE_STATUSES = ACCOUNT_STATUSES;
const ACCOUNT_SORT_FIELDS = [
	"email",
	"provider",
	"created_at",
	"score",
	"health"
];
// shared/oauth.ts
const OAUTH_PROVIDERS = ["google", "microsoft"];
/** How an inbox logs in to its SMTP and IMAP servers. */
const AUTH_METHODS = ["password", "oauth"];
// shared/connection.ts
const PROBE_ERROR_CODES = [
	"auth_failed",
	"tls_error",
	"timeout",
	"unreachable",
	"protocol_error",
	"sign_in_expired",
	"needs_sign_in"
];
const DEFAULT_SETTINGS = {
	connect_timeout_ms: 1e4,
	greeting_timeout_ms: 15e3,
	socket_timeout_ms: 2e4,
	probe_deadline_ms: 45e3,
	test_concurrency: 10,
	test_per_host_concurrency: 4,
	dns_servers: [],
	dns_timeout_ms: 3e3,
	dns_tries: 2,
	scan_deadline_ms: 3e5,
	alert_bounce_pct: 5,
	alert_complaint_pct: .3,
	alert_block_pct: 3,
	alert_score_drop: 15,
	alert_auto_pause_client_ids: [],
	sign_in_timeout_ms: 6e5,
	dns_max_in_flight: 64
};
// shared/report.ts
/** accounts = Inboxfleet's own format (re-importable); smartlead and instantly write those vendors' files. */
const EXPORT_KINDS = [
	"accounts",
	"smartlead",
	"instantly",
	"reports",
	"history"
];
/** "92 · 70 % measured", "not enough data (40 % measured)", or "not scored yet". */
function scoreText(score, measured) {
	if (measured === null) return "not scored yet";
	if (score === null) return `not enough data (${measured} % measured)`;
	return `${score} · ${measured} % measured`;
}
// shared/import.ts
const IMPORT_FORMATS = [
	"smartlead",
	"instantly",
	"emailbison",
	"inboxfleet",
	"generic"
];
/** Largest file read (bytes) and most data rows; larger files are refused with a clear message. */
const IMPORT_MAX_BYTES = 52428800;
const IMPORT_MAX_ROWS = 1e5;
/** At most this many problems are listed (the count is always complete). */
const IMPORT_MAX_LISTED_ERRORS = 5e3;
/** What a column of a file can be read as. `null` in a mapping means "ignore this column". */
const IMPORT_FIELDS = [
	"email",
	"display_name",
	"first_name",
	"last_name",
	"provider",
	"smtp_host",
	"smtp_port",
	"smtp_security",
	"smtp_username",
	"smtp_password",
	"imap_host",
	"imap_port",
	"imap_security",
	"imap_username",
	"imap_password",
	"daily_limit",
	"min_minutes_between_sends",
	"signature_html",
	"reply_to",
	"bcc",
	"tracking_domain",
	"tags",
	"warmup_enabled",
	"warmup_per_day",
	"warmup_daily_rampup",
	"warmup_target_reply_rate",
	"client",
	"allow_self_signed",
	"auth_method"
];
const isPasswordField = (f) => f === "smtp_password" || f === "imap_password";
// shared/validation.ts
const HOSTNAME_RE = /^(?=.{1,255}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?))*\.?$/;
const DOMAIN_RE = /^(?=.{1,253}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
const isIpv4 = (v) => ipv4.safeParse(v).success;
const isIpv6 = (v) => ipv6.safeParse(v).success;
/** A host name or an IP literal; `999.999.999.999` (all-digit labels) must be a real IPv4 address. */
function isValidHost(v) {
	if (v.includes(":")) return isIpv6(v);
	if (!HOSTNAME_RE.test(v)) return false;
	const last = v.replace(/\.$/, "").split(".").pop() ?? "";
	return /^\d+$/.test(last) ? isIpv4(v) : true;
}
/**
* A DNS server as core hands it to node:dns: an IPv4 literal or an IPv6 literal (bracketed when
* it has a port), optionally with a port 1–65535. Anything else is refused: Node aborts the whole
* process on port 0 and wraps ports above 65535 to another one.
*/
function dnsServerProblem(v) {
	const m = /^(?:\[([^\]]+)\]|([^:]+)|([^[\]]*:[^[\]]*))(?::(\d{1,5}))?$/.exec(v);
	const bracketed = m?.[1];
	const v4 = m?.[2];
	const bareV6 = m?.[3];
	const address = bracketed ?? v4 ?? (bareV6 !== void 0 && m?.[4] === void 0 ? bareV6 : void 0);
	if (address === void 0 && bareV6 !== void 0) return `DNS server ${v} is not valid: write an IPv6 address with a port as [address]:port`;
	if (address === void 0) return `DNS server ${v} is not an IP address`;
	if (bracketed !== void 0 ? !isIpv6(address) : v4 !== void 0 ? !isIpv4(address) : !isIpv6(address)) return `DNS server ${v} is not an IP address`;
	const port = m?.[4];
	if (port !== void 0 && (/^0\d/.test(port) || Number(port) < 1 || Number(port) > 65535)) return `DNS server ${v}: the port must be between 1 and 65535`;
	return null;
}
const dnsServerSchema = z.string({ error: "DNS server must be text" }).trim().superRefine((v, ctx) => {
	const problem = dnsServerProblem(v);
	if (problem) ctx.addIssue({
		code: "custom",
		message: problem
	});
});
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const INVISIBLE = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const STRAY_JOINER = /(?:^|[\u0000-\u007F])[\u200C\u200D]|[\u200C\u200D](?:$|[\u0000-\u007F])/;
const PATH_CONTROL = /[\u0000-\u001F]/;
/** Why a single-line name is not acceptable (for any field that is shown as a name), or null. */
function textProblem(v, what) {
	if (LONE_SURROGATE.test(v)) return `${what} contains a broken character (a lone UTF-16 surrogate)`;
	if (/[\r\n\u2028\u2029\u0085]/.test(v)) return `${what} must be a single line (no line breaks)`;
	if (CONTROL.test(v)) return `${what} must not contain control characters (such as NUL or tab)`;
	if (INVISIBLE.test(v) || STRAY_JOINER.test(v)) return `${what} must not contain invisible (zero-width) characters`;
	if (BIDI.test(v)) return `${what} must not contain text-direction override characters`;
	return null;
}
/** Trimmed, NFC-normalised single-line text that displays as what it is (names, tags, subjects). */
const safeText = (min, max, what) => trimmed(min, max, what).superRefine((v, ctx) => {
	const problem = textProblem(v, what);
	if (problem) ctx.addIssue({
		code: "custom",
		message: problem
	});
}).transform((v) => v.normalize("NFC"));
const trimmed = (min, max, what) => z.string({ error: `${what} is required` }).trim().min(min, min === 1 ? `${what} is required` : `${what} must be at least ${min} characters`).max(max, `${what} must be at most ${max} characters`);
const emailSchema = z.string({ error: "email is required" }).trim().min(5, "email must be at least 5 characters").max(255, "email must be at most 255 characters").pipe(z.email({ error: "email is not a valid address" }));
const optionalEmail = (what) => z.string().trim().max(255, `${what} must be at most 255 characters`).pipe(z.union([z.literal(""), z.email({ error: `${what} is not a valid address` })])).transform((v) => v === "" ? null : v).nullable();
const hostSchema = (what) => trimmed(1, 255, what).refine(isValidHost, `${what} is not a valid host name or IP address`);
const portSchema = (what) => z.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`).min(1, `${what} must be between 1 and 65535`).max(65535, `${what} must be between 1 and 65535`);
const intRange = (what, min, max) => z.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`).min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`);
const pctRange = (what, min, max) => z.number({ error: `${what} must be a number` }).min(min, `${what} must be at least ${min} %`).max(max, `${what} must be at most ${max} %`);
const tagsSchema = z.array(safeText(1, 50, "tag"), { error: "tags must be a list" }).max(50, "at most 50 tags").transform((tags) => [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()]);
const idSchema = (what = "id") => z.string({ error: `${what} is required` }).trim().min(1, `${what} is required`).max(64);
/** Fields shared by create and update, all optional so update can send a subset. */
const accountFields = {
	email: emailSchema,
	display_name: safeText(1, 255, "display name"),
	provider: z.enum(PROVIDERS, { error: "provider must be google, microsoft or smtp" }),
	smtp_host: hostSchema("SMTP host"),
	smtp_port: portSchema("SMTP port"),
	smtp_security: z.enum(SMTP_SECURITIES, { error: "SMTP security must be starttls, tls or none" }),
	smtp_username: safeText(1, 255, "SMTP username"),
	smtp_password: z.string({ error: "SMTP password is required" }).min(1, "SMTP password is required").max(500, "SMTP password must be at most 500 characters"),
	imap_host: hostSchema("IMAP host"),
	imap_port: portSchema("IMAP port"),
	imap_security: z.enum(IMAP_SECURITIES, { error: "IMAP security must be tls, starttls or none" }),
	imap_username: safeText(1, 255, "IMAP username"),
	daily_limit: intRange("daily limit", 1, 1e5),
	min_minutes_between_sends: intRange("minimum minutes between sends", 0, 1440),
	signature_html: z.string().max(2e4, "signature must be at most 20,000 characters"),
	reply_to: optionalEmail("reply-to address"),
	bcc: optionalEmail("BCC address"),
	tracking_domain: z.string().trim().max(253, "tracking domain must be at most 253 characters").pipe(z.union([z.literal(""), z.string().regex(DOMAIN_RE, "tracking domain is not a valid domain")])).transform((v) => v === "" ? null : v.toLowerCase()).nullable(),
	tags: tagsSchema,
	warmup_enabled: z.boolean({ error: "warmup enabled must be true or false" }),
	warmup_per_day: intRange("warmup emails per day", 1, 500),
	warmup_daily_rampup: intRange("warmup daily ramp-up", 0, 100),
	warmup_target_reply_rate: intRange("warmup target reply rate", 0, 100),
	client_id: idSchema("client").nullable(),
	allow_self_signed: z.boolean({ error: "allow self-signed must be true or false" })
};
/** A refinement's `when`: run on any object, even one whose fields failed. */
function isObjectPayload(payload) {
	return typeof payload.value === "object" && payload.value !== null;
}
/** Empty strings from a form mean "not given" for the fields that default to SMTP's. */
const blankToUndefined = (v) => typeof v === "string" && v.trim() === "" ? void 0 : v;
function checkDailyLimit(provider, dailyLimit) {
	const cap = PROVIDER_DAILY_CAP[provider];
	return dailyLimit > cap ? `daily limit ${dailyLimit} is above the ${provider} cap of ${cap.toLocaleString("en-US")} per day` : null;
}
const accountCreateSchema = z.strictObject({
	email: accountFields.email,
	display_name: accountFields.display_name,
	provider: accountFields.provider.default("smtp"),
	smtp_host: accountFields.smtp_host,
	smtp_port: accountFields.smtp_port,
	smtp_security: accountFields.smtp_security.default("starttls"),
	smtp_username: z.preprocess(blankToUndefined, accountFields.smtp_username.optional()),
	/** Required for password inboxes (checked below, so every field error comes back at once). */
	smtp_password: accountFields.smtp_password.optional(),
	/** oauth: an inbox that will sign in with Google or Microsoft (e.g. imported); it needs sign-in and stores no password. */
	auth_method: z.enum(AUTH_METHODS, { error: "auth method must be password or oauth" }).default("password"),
	imap_host: z.preprocess(blankToUndefined, accountFields.imap_host.optional()),
	imap_port: accountFields.imap_port.optional(),
	imap_security: accountFields.imap_security.default("tls"),
	imap_username: z.preprocess(blankToUndefined, accountFields.imap_username.optional()),
	imap_password: z.preprocess((v) => v === "" ? void 0 : v, accountFields.smtp_password.pipe(z.string().max(500, "IMAP password must be at most 500 characters")).optional()),
	daily_limit: accountFields.daily_limit.default(50),
	min_minutes_between_sends: accountFields.min_minutes_between_sends.default(10),
	signature_html: accountFields.signature_html.default(""),
	reply_to: accountFields.reply_to.default(null),
	bcc: accountFields.bcc.default(null),
	tracking_domain: accountFields.tracking_domain.default(null),
	tags: accountFields.tags.default([]),
	warmup_enabled: accountFields.warmup_enabled.default(false),
	warmup_per_day: accountFields.warmup_per_day.default(10),
	warmup_daily_rampup: accountFields.warmup_daily_rampup.default(1),
	warmup_target_reply_rate: accountFields.warmup_target_reply_rate.default(30),
	client_id: accountFields.client_id.default(null),
	allow_self_signed: accountFields.allow_self_signed.default(false),
	/** Test the connection right after saving (the account is saved whatever the result). */
	test: z.boolean({ error: "test must be true or false" }).default(true)
}).superRefine((v, ctx) => {
	const problem = checkDailyLimit(v.provider, v.daily_limit);
	if (problem) ctx.addIssue({
		code: "custom",
		path: ["daily_limit"],
		message: problem
	});
}).refine((v) => v.auth_method === "oauth" || v.smtp_password !== void 0, {
	path: ["smtp_password"],
	message: "SMTP password is required",
	when: isObjectPayload
}).refine((v) => v.auth_method !== "oauth" || v.smtp_password === void 0 && v.imap_password === void 0, {
	path: ["smtp_password"],
	message: "an inbox that signs in with Google or Microsoft stores no password",
	when: isObjectPayload
}).refine((v) => v.auth_method !== "oauth" || v.provider !== "smtp", {
	path: ["provider"],
	message: "sign-in needs provider google or microsoft",
	when: isObjectPayload
});
const accountUpdateSchema = z.strictObject({
	id: idSchema(),
	email: accountFields.email.optional(),
	display_name: accountFields.display_name.optional(),
	provider: accountFields.provider.optional(),
	smtp_host: accountFields.smtp_host.optional(),
	smtp_port: accountFields.smtp_port.optional(),
	smtp_security: accountFields.smtp_security.optional(),
	smtp_username: accountFields.smtp_username.optional(),
	/** Omitted or empty: the stored password stays. */
	smtp_password: z.preprocess((v) => v === "" ? void 0 : v, accountFields.smtp_password.optional()),
	imap_host: accountFields.imap_host.optional(),
	imap_port: accountFields.imap_port.optional(),
	imap_security: accountFields.imap_security.optional(),
	imap_username: accountFields.imap_username.optional(),
	/** Omitted or empty: unchanged. null: drop the IMAP password and use the SMTP one. */
	imap_password: z.preprocess((v) => v === "" ? void 0 : v, z.string().min(1, "IMAP password is required").max(500, "IMAP password must be at most 500 characters").nullable().optional()),
	daily_limit: accountFields.daily_limit.optional(),
	min_minutes_between_sends: accountFields.min_minutes_between_sends.optional(),
	signature_html: accountFields.signature_html.optional(),
	reply_to: accountFields.reply_to.optional(),
	bcc: accountFields.bcc.optional(),
	tracking_domain: accountFields.tracking_domain.optional(),
	tags: accountFields.tags.optional(),
	warmup_enabled: accountFields.warmup_enabled.optional(),
	warmup_per_day: accountFields.warmup_per_day.optional(),
	warmup_daily_rampup: accountFields.warmup_daily_rampup.optional(),
	warmup_target_reply_rate: accountFields.warmup_target_reply_rate.optional(),
	client_id: accountFields.client_id.optional(),
	allow_self_signed: accountFields.allow_self_signed.optional(),
	/** Switch a signed-in inbox back to a password (give smtp_password too); sign-in is started with accounts.signIn. */
	auth_method: z.literal("password", { error: "auth method can only be set to password here; use Sign in for OAuth" }).optional()
});
const ACCOUNT_SORT_FIELDS_SCHEMA = z.enum(ACCOUNT_SORT_FIELDS, { error: "sort must be email, provider, created_at, score or health" });
const domainNameSchema = z.string({ error: "domain is required" }).trim().toLowerCase().regex(DOMAIN_RE, "domain is not a valid domain name");
/** Connection filter: tested and working, failing (any error), never tested, or one error code. */
const CONNECTION_FILTERS = [
	"ok",
	"failed",
	"not_tested",
	...PROBE_ERROR_CODES
];
/** The filters of accounts.list; exports and bulk actions on "all matching" take the same. */
const accountFilterFields = {
	status: z.enum(ACCOUNT_STATUSES, { error: "status must be active or paused" }).optional(),
	provider: accountFields.provider.optional(),
	/** A client id, or 'none' for accounts without a client. */
	client_id: idSchema("client").optional(),
	warmup: z.boolean({ error: "warmup must be true or false" }).optional(),
	search: z.string().trim().max(255, "search must be at most 255 characters").optional(),
	health: z.enum(HEALTHS, { error: "health must be failing, sign_in_expired, at_risk, watch, healthy or unknown" }).optional(),
	connection: z.enum(CONNECTION_FILTERS, { error: `connection must be one of ${CONNECTION_FILTERS.join(", ")}` }).optional(),
	/** The sending domain (the part of the address after @). */
	domain: domainNameSchema.optional(),
	tag: trimmed(1, 50, "tag").optional(),
	score_min: intRange("minimum score", 0, 100).optional(),
	score_max: intRange("maximum score", 0, 100).optional(),
	/** Inboxes whose health has this reason (the Overview's problem links). */
	reason: z.enum(HEALTH_REASON_CODES, { error: "reason is not a known health reason" }).optional(),
	/** Basic-auth readiness of the login method (shared/basic-auth.ts): blocked, warning or ok. */
	readiness: z.enum(READINESS_LEVELS, { error: "readiness must be blocked, warning or ok" }).optional()
};
const scoreRangeInOrder = (v) => v.score_min === void 0 || v.score_max === void 0 || v.score_min <= v.score_max;
const scoreRangeProblem = {
	message: "maximum score must not be below the minimum score",
	path: ["score_max"]
};
/**
* The filter part of accounts.list, defined once: exports and bulk actions take this same object,
* so a filter added to accounts.list applies to them too.
*/
const accountFilterSchema = z.strictObject(accountFilterFields).refine(scoreRangeInOrder, scoreRangeProblem);
const accountListSchema = z.strictObject({
	...accountFilterFields,
	sort: ACCOUNT_SORT_FIELDS_SCHEMA.default("created_at"),
	order: z.enum(["asc", "desc"], { error: "order must be asc or desc" }).default("desc"),
	page: z.number({ error: "page must be a number" }).int("page must be a whole number").min(1, "page must be at least 1").default(1),
	per_page: intRange("per page", 1, 100).default(25)
}).refine(scoreRangeInOrder, scoreRangeProblem).default({
	sort: "created_at",
	order: "desc",
	page: 1,
	per_page: 25
});
const idsSchema = z.array(idSchema(), { error: "ids must be a list of account ids" }).min(1, "ids must name at least one account").max(1e5, "ids may name at most 100,000 accounts");
/** Bulk calls act on `{ ids }` or on every inbox matching `{ filter }`, never both. */
const bulkSchema = (extra) => z.strictObject({
	ids: idsSchema.optional(),
	filter: accountFilterSchema.optional(),
	...extra
}).refine((v) => v.ids === void 0 !== (v.filter === void 0), {
	message: "give either ids or filter",
	path: ["ids"]
});
const accountIdSchema = z.strictObject({ id: idSchema() });
const accountSetStatusSchema = bulkSchema({ status: z.enum(SETTABLE_STATUSES, { error: "status must be active or paused" }) });
const accountDeleteSchema = bulkSchema({});
const accountSetClientSchema = bulkSchema({ client_id: accountFields.client_id });
const accountTagSchema = bulkSchema({
	add: tagsSchema.default([]),
	remove: tagsSchema.default([])
}).refine((v) => v.add.length + v.remove.length > 0, {
	message: "give tags to add or to remove",
	path: ["add"]
});
const accountSetDailyLimitSchema = bulkSchema({ daily_limit: accountFields.daily_limit });
const clientNameSchema = safeText(1, 100, "client name");
const clientCreateSchema = z.strictObject({ name: clientNameSchema });
const clientRenameSchema = z.strictObject({
	id: idSchema("client"),
	name: clientNameSchema
});
const clientIdSchema = z.strictObject({ id: idSchema("client") });
const emptySchema = z.strictObject({}).optional();
/** One account (answered when the test is done) or many (a job, answered at once). */
const accountTestSchema = z.strictObject({
	id: idSchema().optional(),
	ids: idsSchema.optional(),
	filter: accountFilterSchema.optional()
}).refine((v) => [
	v.id,
	v.ids,
	v.filter
].filter((x) => x !== void 0).length === 1, {
	message: "give one of id, ids or filter",
	path: ["id"]
});
const sendTestEmailSchema = z.strictObject({
	id: idSchema(),
	to: emailSchema.transform((v) => v.toLowerCase()),
	subject: safeText(1, 200, "subject").optional()
});
const autoconfigSchema = z.strictObject({ email: emailSchema });
const jobIdSchema = z.strictObject({ id: idSchema("job") });
const settingsUpdateSchema = z.strictObject({
	connect_timeout_ms: intRange("connect timeout", 1e3, 12e4).optional(),
	greeting_timeout_ms: intRange("greeting timeout", 1e3, 12e4).optional(),
	socket_timeout_ms: intRange("socket timeout", 1e3, 3e5).optional(),
	probe_deadline_ms: intRange("check deadline", 2e3, 6e5).optional(),
	test_concurrency: intRange("tests at once", 1, 64).optional(),
	test_per_host_concurrency: intRange("tests at once per server", 1, 16).optional(),
	dns_servers: z.array(dnsServerSchema, { error: "DNS servers must be a list" }).max(8, "at most 8 DNS servers").optional(),
	dns_timeout_ms: intRange("DNS timeout", 100, 3e4).optional(),
	dns_tries: intRange("DNS tries", 1, 5).optional(),
	scan_deadline_ms: intRange("mailbox scan limit", 2e3, 36e5).optional(),
	alert_bounce_pct: pctRange("bounce rate alert", .1, 100).optional(),
	alert_complaint_pct: pctRange("complaint rate alert", .01, 100).optional(),
	alert_block_pct: pctRange("block rate alert", .1, 100).optional(),
	alert_score_drop: intRange("score drop alert", 1, 100).optional(),
	alert_auto_pause_client_ids: z.array(idSchema("client"), { error: "auto-pause clients must be a list of client ids" }).max(1e3, "at most 1,000 auto-pause clients").transform((ids) => [...new Set(ids)]).optional(),
	sign_in_timeout_ms: intRange("sign-in wait", 1e3, 36e5).optional(),
	dns_max_in_flight: intRange("DNS questions at once", 1, 512).optional()
});
const domainListSchema = z.strictObject({
	problems_only: z.boolean({ error: "problems only must be true or false" }).default(false),
	/** Domains whose inboxes have this health reason (e.g. dmarc_missing, listed). */
	issue: z.enum(HEALTH_REASON_CODES, { error: "issue is not a known health reason" }).optional(),
	/** Domains listed on this blocklist (its name, e.g. "Spamhaus DBL"). */
	listed_on: trimmed(1, 100, "list name").optional(),
	/** Domains with at least one inbox of this client. */
	client_id: idSchema("client").optional()
}).default({ problems_only: false });
const domainGetSchema = z.strictObject({ domain: domainNameSchema });
const domainCheckSchema = z.strictObject({
	domain: domainNameSchema,
	/** Check again even when the stored result is younger than an hour. */
	force: z.boolean({ error: "force must be true or false" }).default(false)
});
const domainCheckAllSchema = z.strictObject({ force: z.boolean({ error: "force must be true or false" }).default(false) }).default({ force: false });
const domainSelectorsSchema = z.strictObject({
	domain: domainNameSchema,
	selectors: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9._-]{0,61}[a-z0-9])?$/, "selector must be letters, digits, dots, dashes or underscores"), { error: "selectors must be a list" }).max(20, "at most 20 selectors")
});
const reportSchema = z.strictObject({
	id: idSchema(),
	/** Recompute now even when the stored report is younger than an hour. */
	refresh: z.boolean({ error: "refresh must be true or false" }).default(false)
});
const daysSchema = z.number({ error: "days must be a number" }).int("days must be a whole number").min(7, "days must be between 7 and 180").max(180, "days must be between 7 and 180");
const historySchema = z.strictObject({
	id: idSchema(),
	days: daysSchema.default(30)
});
const exportSchema = z.strictObject({
	kind: z.enum(EXPORT_KINDS, { error: "kind must be accounts, smartlead, instantly, reports or history" }),
	/** The Accounts screen's current filter (paging ignored). */
	filter: z.strictObject({
		...accountFilterFields,
		sort: ACCOUNT_SORT_FIELDS_SCHEMA.optional(),
		order: z.enum(["asc", "desc"], { error: "order must be asc or desc" }).optional()
	}).refine(scoreRangeInOrder, scoreRangeProblem).optional(),
	/** history: one inbox (otherwise every inbox the filter matches). */
	id: idSchema().optional(),
	days: daysSchema.default(30),
	/** Where to write; the desktop app fills it from the save dialog. */
	path: z.string({ error: "path must be text" }).trim().min(1, "path is required").max(4096, "path must be at most 4,096 characters").refine((v) => !PATH_CONTROL.test(v) && !LONE_SURROGATE.test(v), "path must not contain control characters").optional()
});
const alertListSchema = z.strictObject({
	/** open, resolved within `days`, or both. */
	status: z.enum([
		"open",
		"resolved",
		"all"
	], { error: "status must be open, resolved or all" }).default("all"),
	/** A client id, or 'none' for inboxes without a client. */
	client_id: idSchema("client").optional(),
	days: intRange("days", 1, 90).default(7),
	limit: intRange("limit", 1, 1e3).default(500)
}).default({
	status: "all",
	days: 7,
	limit: 500
});
const alertAcknowledgeSchema = z.strictObject({ ids: z.array(idSchema("alert"), { error: "ids must be a list of alert ids" }).min(1, "ids must name at least one alert").max(1e4, "ids may name at most 10,000 alerts") });
const isHttpUrl = (v) => {
	try {
		const u = new URL(v);
		return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "" && !u.username && !u.password;
	} catch {
		return false;
	}
};
const webhookSetSchema = z.strictObject({ 
/** null removes the webhook. */
url: z.string({ error: "webhook URL must be text or null" }).trim().min(1, "webhook URL is required (or null to remove it)").max(2e3, "webhook URL must be at most 2,000 characters").refine(isHttpUrl, "webhook URL must be an http:// or https:// address without a user name or password").nullable() });
const oauthProviderSchema = z.enum(OAUTH_PROVIDERS, { error: "provider must be google or microsoft" });
/** https, or http on the loopback interface (a local authorization server, e.g. in tests). */
const issuerSchema = z.string().trim().max(500, "issuer URL must be at most 500 characters").refine((v) => {
	try {
		const u = new URL(v);
		const loopback = [
			"127.0.0.1",
			"localhost",
			"[::1]"
		].includes(u.hostname);
		return (u.protocol === "https:" || u.protocol === "http:" && loopback) && !u.username && !u.password && !u.search && !u.hash;
	} catch {
		return false;
	}
}, "issuer must be an https:// URL (http:// only on 127.0.0.1), without query or credentials");
const signInAppSaveSchema = z.strictObject({
	/** Omitted: a new app. */
	id: idSchema("sign-in app").optional(),
	provider: oauthProviderSchema,
	label: trimmed(1, 100, "label").optional(),
	client_id: trimmed(1, 255, "client ID").regex(/^[\x21-\x7e]+$/, "client ID must not contain spaces"),
	/** Omitted or empty: unchanged; null: remove the stored secret. */
	client_secret: z.preprocess((v) => v === "" ? void 0 : v, z.string().min(1).max(1e3, "client secret must be at most 1,000 characters").nullable().optional()),
	tenant: z.string().trim().max(100, "tenant must be at most 100 characters").pipe(z.union([z.literal(""), z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, "tenant must be a tenant ID, a domain, organizations or common")])).transform((v) => v === "" ? null : v).nullable().optional(),
	issuer: z.string().trim().pipe(z.union([z.literal(""), issuerSchema])).transform((v) => v === "" ? null : v.replace(/\/$/, "")).nullable().optional(),
	agency_client_id: idSchema("client").nullable().default(null)
}).refine((v) => v.provider === "microsoft" || !v.tenant, {
	path: ["tenant"],
	message: "a tenant applies to Microsoft only"
});
const signInAppIdSchema = z.strictObject({ id: idSchema("sign-in app") });
const signInSchema = z.strictObject({
	provider: oauthProviderSchema,
	/** New inboxes: one browser sign-in per address (the address is the login hint). Empty: one sign-in, the provider says which address. */
	emails: z.array(emailSchema.transform((v) => v.toLowerCase()), { error: "emails must be a list" }).max(500, "at most 500 addresses per sitting").default([]),
	/** Existing inboxes to switch to sign-in (or sign in again). */
	account_ids: idsSchema.max(500, "at most 500 inboxes per sitting").optional(),
	/** Default: the app for the inbox's client, else the provider's app for everyone. */
	app_id: idSchema("sign-in app").optional(),
	/** New inboxes only. */
	display_name: trimmed(1, 255, "display name").optional(),
	client_id: accountFields.client_id.default(null),
	smtp_host: hostSchema("SMTP host").optional(),
	smtp_port: portSchema("SMTP port").optional(),
	smtp_security: accountFields.smtp_security.optional(),
	imap_host: hostSchema("IMAP host").optional(),
	imap_port: portSchema("IMAP port").optional(),
	imap_security: accountFields.imap_security.optional(),
	allow_self_signed: accountFields.allow_self_signed.default(false),
	daily_limit: accountFields.daily_limit.optional(),
	tags: accountFields.tags.default([]),
	/** Test SMTP and IMAP with the new token right away. */
	test: z.boolean({ error: "test must be true or false" }).default(true)
}).refine((v) => !(v.emails.length > 0 && v.account_ids), {
	path: ["emails"],
	message: "give either emails (new inboxes) or account_ids (existing ones)"
}).superRefine((v, ctx) => {
	if (v.daily_limit === void 0) return;
	const problem = checkDailyLimit(v.provider, v.daily_limit);
	if (problem) ctx.addIssue({
		code: "custom",
		path: ["daily_limit"],
		message: problem
	});
});
const readinessSchema = z.strictObject({
	/** One inbox (its verdict whatever the level). */
	id: idSchema().optional(),
	limit: intRange("limit", 1, 1e3).default(200)
}).default({ limit: 200 });
/** The whole fleet, or one client (the Client page). */
const overviewSchema = z.strictObject({ client_id: idSchema("client").optional() }).default({});
const clientReportSchema = z.strictObject({
	client_id: idSchema("client"),
	/** csv: one row per inbox; html: a self-contained report to send to the client. */
	format: z.enum(["csv", "html"], { error: "format must be csv or html" }),
	/** Where to write; the desktop app fills it from the save dialog. */
	path: z.string().trim().min(1, "path is required").max(4096).optional()
});
/** Where an import reads from: pasted text, a file main's open dialog chose, or a dropped file's bytes (base64). */
const importSourceSchema = z.union([
	z.strictObject({ text: z.string().max(IMPORT_MAX_BYTES, "the pasted text is larger than 50 MB: split it into smaller files") }),
	z.strictObject({ path: z.string().trim().min(1, "choose a file").max(4096, "path must be at most 4,096 characters").refine((v) => !PATH_CONTROL.test(v) && !LONE_SURROGATE.test(v), "path must not contain control characters") }),
	z.strictObject({
		bytes: z.base64({ error: "bytes must be the file in base64" }).max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4, "the file is larger than 50 MB: split it into smaller files"),
		name: z.string().trim().max(255).optional()
	})
], { error: "source must be { text }, { path } or { bytes }" });
const importPreviewSchema = z.strictObject({
	source: importSourceSchema,
	format: z.enum(["auto", ...IMPORT_FORMATS], { error: "format must be auto, smartlead, instantly, emailbison, inboxfleet or generic" }).default("auto"),
	/** Header (as in the file) → field, or null to ignore it; applied over the format's own mapping. */
	mapping: z.record(z.string().trim().max(500), z.enum(IMPORT_FIELDS, { error: "mapping names an unknown field" }).nullable()).refine((m) => Object.keys(m).length <= 1e4, "mapping may name at most 10,000 columns").optional()
});
const importStartSchema = importPreviewSchema.extend({
	/** Every imported inbox goes to this client (otherwise the file's client column, if any). */
	client_id: idSchema("client").nullable().default(null),
	on_duplicate: z.enum(["skip", "update"], { error: "on_duplicate must be skip or update" }).default("skip"),
	/** Test the created and updated inboxes' connections once the import is done. */
	test_after: z.boolean({ error: "test_after must be true or false" }).default(false)
});
// electron/core/accounts/account-input.ts
/** IMAP port when none is given: 993 for implicit TLS, 143 otherwise (SMTP's port would be wrong). */
const defaultImapPort = (security) => security === "tls" ? 993 : 143;
function newAccountRow(id, v, now) {
	const smtpUsername = v.smtp_username ?? v.email;
	return {
		id,
		email: v.email,
		display_name: v.display_name,
		provider: v.provider,
		smtp_host: v.smtp_host.toLowerCase(),
		smtp_port: v.smtp_port,
		smtp_security: v.smtp_security,
		smtp_username: smtpUsername,
		smtp_password_stored: v.auth_method === "oauth" ? 0 : 1,
		auth_method: v.auth_method,
		imap_host: (v.imap_host ?? v.smtp_host).toLowerCase(),
		imap_port: v.imap_port ?? defaultImapPort(v.imap_security),
		imap_security: v.imap_security,
		imap_username: v.imap_username ?? smtpUsername,
		imap_uses_smtp_password: v.imap_password === void 0 ? 1 : 0,
		imap_password_stored: v.imap_password === void 0 ? 0 : 1,
		daily_limit: v.daily_limit,
		min_minutes_between_sends: v.min_minutes_between_sends,
		signature_html: v.signature_html,
		reply_to: v.reply_to,
		bcc: v.bcc,
		tracking_domain: v.tracking_domain,
		tags: JSON.stringify(v.tags),
		warmup_enabled: v.warmup_enabled ? 1 : 0,
		warmup_per_day: v.warmup_per_day,
		warmup_daily_rampup: v.warmup_daily_rampup,
		warmup_target_reply_rate: v.warmup_target_reply_rate,
		client_id: v.client_id,
		allow_self_signed: v.allow_self_signed ? 1 : 0,
		status: "active",
		created_at: now,
		updated_at: now
	};
}
/** The plain (non-secret) column changes an update asks for. */
function accountRowPatch(v, now) {
	const patch = { updated_at: now };
	for (const key of [
		"email",
		"display_name",
		"provider",
		"smtp_port",
		"smtp_security",
		"smtp_username",
		"imap_port",
		"imap_security",
		"imap_username",
		"daily_limit",
		"min_minutes_between_sends",
		"signature_html",
		"reply_to",
		"bcc",
		"tracking_domain",
		"warmup_per_day",
		"warmup_daily_rampup",
		"warmup_target_reply_rate",
		"client_id"
	]) if (v[key] !== void 0) patch[key] = v[key];
	if (v.smtp_host !== void 0) patch.smtp_host = v.smtp_host.toLowerCase();
	if (v.imap_host !== void 0) patch.imap_host = v.imap_host.toLowerCase();
	if (v.tags !== void 0) patch.tags = JSON.stringify(v.tags);
	if (v.warmup_enabled !== void 0) patch.warmup_enabled = v.warmup_enabled ? 1 : 0;
	if (v.allow_self_signed !== void 0) patch.allow_self_signed = v.allow_self_signed ? 1 : 0;
	return patch;
}
// electron/core/accounts/account-writer.ts
const isUniqueViolation = (err) => err instanceof Error && /UNIQUE constraint failed: accounts\.email/.test(err.message);
const duplicateEmail = (email) => new AppError("duplicate", `An inbox with the address ${email} already exists`, {
	field: "email",
	fields: { email: `${email} is already connected` }
});
/** Runs tasks with the same key one after another (in call order); other keys run freely. */
function keyedQueue() {
	const tails = /* @__PURE__ */ new Map();
	return (key, task) => {
		const run = (tails.get(key) ?? Promise.resolve()).catch(() => void 0).then(task);
		tails.set(key, run);
		const clear = () => {
			if (tails.get(key) === run) tails.delete(key);
		};
		run.then(clear, clear);
		return run;
	};
}
function createAccountWriter(deps) {
	const { db, vault, clock, log, forgetToken, health } = deps;
	const serial = keyedQueue();
	async function mustHaveClient(clientId) {
		if (clientId && !await getClient(db, clientId)) throw new AppError("not_found", "That client does not exist", {
			field: "client_id",
			fields: { client_id: "client not found" }
		});
	}
	async function createMany(inputs, signal) {
		const outcomes = [];
		const staged = [];
		const undo = async (keys) => {
			for (const key of keys) await vault.delete(key).catch(() => false);
		};
		for (const input of inputs) {
			if (signal?.aborted) break;
			const keys = [];
			try {
				if (await findAccountIdByEmail(db, input.email)) throw duplicateEmail(input.email);
				const id = randomUUID();
				if (input.smtp_password !== void 0) {
					await vault.set(secretKey(id, "smtp"), input.smtp_password);
					keys.push(secretKey(id, "smtp"));
				}
				if (input.imap_password !== void 0) {
					await vault.set(secretKey(id, "imap"), input.imap_password);
					keys.push(secretKey(id, "imap"));
				}
				staged.push({
					at: outcomes.length,
					id,
					input,
					keys
				});
				outcomes.push({
					ok: true,
					id
				});
			} catch (err) {
				await undo(keys);
				outcomes.push({
					ok: false,
					error: err
				});
				if (err instanceof AppError && err.code === "keychain_unavailable") break;
			}
		}
		if (staged.length === 0) return outcomes;
		const now = isoNow(clock);
		try {
			await db.transaction().execute(async (trx) => {
				for (const s of staged) await insertAccount(trx, newAccountRow(s.id, s.input, now));
			});
		} catch {
			for (const s of staged) try {
				await insertAccount(db, newAccountRow(s.id, s.input, now));
			} catch (err) {
				await undo(s.keys);
				outcomes[s.at] = {
					ok: false,
					error: isUniqueViolation(err) ? duplicateEmail(s.input.email) : err
				};
			}
		}
		const created = outcomes.flatMap((o) => o.ok ? [o.id] : []);
		log.info("accounts created", { count: created.length });
		await health?.recompute(created);
		return outcomes;
	}
	return {
		mustHaveClient,
		async create(input) {
			const [outcome] = await createMany([input]);
			if (!outcome.ok) throw outcome.error;
			return outcome.id;
		},
		createMany,
		update: (input) => serial(input.id, async () => {
			const current = await requireAccount(db, input.id);
			if (input.email !== void 0 && input.email.toLowerCase() !== current.email.toLowerCase()) {
				if (await findAccountIdByEmail(db, input.email)) throw duplicateEmail(input.email);
			}
			const problem = checkDailyLimit(input.provider ?? current.provider, input.daily_limit ?? current.daily_limit);
			if (problem) throw new AppError("invalid_input", problem, {
				field: "daily_limit",
				fields: { daily_limit: problem }
			});
			await mustHaveClient(input.client_id);
			const patch = accountRowPatch(input, isoNow(clock));
			const toPassword = input.auth_method === "password" && current.auth_method === "oauth";
			if (current.auth_method === "oauth" && !toPassword && (input.smtp_password !== void 0 || typeof input.imap_password === "string")) throw new AppError("invalid_input", "This inbox signs in with OAuth: choose “Use a password instead” to give it a password", { field: "smtp_password" });
			if (toPassword) {
				if (input.smtp_password === void 0) throw new AppError("invalid_input", "SMTP password is required to switch to a password", {
					field: "smtp_password",
					fields: { smtp_password: "SMTP password is required" }
				});
				Object.assign(patch, {
					auth_method: "password",
					oauth_app_id: null,
					oauth_token_stored: 0,
					sign_in_expired_at: null
				});
			}
			if (input.smtp_password !== void 0) {
				await vault.set(secretKey(current.id, "smtp"), input.smtp_password);
				patch.smtp_password_stored = 1;
			}
			if (typeof input.imap_password === "string") {
				await vault.set(secretKey(current.id, "imap"), input.imap_password);
				Object.assign(patch, {
					imap_password_stored: 1,
					imap_uses_smtp_password: 0
				});
			} else if (input.imap_password === null) Object.assign(patch, {
				imap_password_stored: 0,
				imap_uses_smtp_password: 1
			});
			try {
				await updateAccountRow(db, current.id, patch);
			} catch (err) {
				if (isUniqueViolation(err)) throw duplicateEmail(input.email ?? current.email);
				throw err;
			}
			await health?.recompute([current.id]);
			if (input.imap_password === null) await vault.delete(secretKey(current.id, "imap")).catch((err) => log.warn("could not remove an unused IMAP keychain entry", {
				id: current.id,
				reason: String(err)
			}));
			if (toPassword) {
				forgetToken?.(current.id);
				await vault.delete(secretKey(current.id, "oauth")).catch((err) => log.warn("could not remove an unused sign-in token", {
					id: current.id,
					reason: String(err)
				}));
			}
		})
	};
}
// electron/core/accounts/reconcile.ts
async function reconcileSecrets(db, vault, log) {
	const keys = new Set(await vault.keys());
	const rows = await allPasswordFlags(db);
	const ids = new Set(rows.map((r) => r.id));
	let orphans = 0;
	for (const key of keys) {
		const parsed = parseSecretKey(key);
		if (parsed && !ids.has(parsed.accountId)) {
			await vault.delete(key);
			orphans++;
		}
	}
	let repaired = 0;
	for (const row of rows) {
		const unused = row.auth_method === "oauth" ? ["smtp", "imap"] : ["oauth"];
		for (const kind of unused) if (keys.delete(secretKey(row.id, kind))) {
			await vault.delete(secretKey(row.id, kind));
			orphans++;
		}
		const smtp = keys.has(secretKey(row.id, "smtp")) ? 1 : 0;
		const oauth = keys.has(secretKey(row.id, "oauth")) ? 1 : 0;
		let imap = keys.has(secretKey(row.id, "imap")) ? 1 : 0;
		if (imap && row.imap_uses_smtp_password === 1) {
			await vault.delete(secretKey(row.id, "imap"));
			orphans++;
			imap = 0;
		}
		if (smtp !== row.smtp_password_stored || imap !== row.imap_password_stored || oauth !== row.oauth_token_stored) {
			await updateAccountRow(db, row.id, {
				smtp_password_stored: smtp,
				imap_password_stored: imap,
				oauth_token_stored: oauth
			});
			repaired++;
		}
	}
	if (orphans || repaired) log.warn("keychain reconciled", {
		orphan_secrets_removed: orphans,
		rows_repaired: repaired
	});
	return {
		orphan_secrets_removed: orphans,
		rows_repaired: repaired
	};
}
// electron/core/accounts/bulk.ts
const CHUNK$1 = 200;
/** The ids a bulk call acts on: all of `ids` (or not_found, nothing changed), or the filter's matches now. */
async function resolveTarget(db, target, today) {
	if (target.filter) return accountIdsMatching(db, {
		...target.filter,
		...today ? { today } : {}
	});
	const unique = [...new Set(target.ids ?? [])];
	const found = await existingAccountIds(db, unique);
	if (found.length !== unique.length) throw new AppError("not_found", `${unique.length - found.length} of the selected inboxes no longer exist; nothing was changed`, { field: "ids" });
	return unique;
}
function bulkHandlers(deps) {
	const { db, vault, clock, events, log, jobs, forgetToken } = deps;
	/** One chunk in one transaction; rows deleted since the ids were read are failures. */
	async function applyChunk(ids, change) {
		return db.transaction().execute(async (trx) => {
			const rows = await bulkRows(trx, ids);
			const present = new Set(rows.map((r) => r.id));
			return {
				rows,
				failures: [...ids.filter((id) => !present.has(id)).map((id) => ({
					id,
					email: null,
					reason: "This inbox no longer exists"
				})), ...await change(trx, rows)]
			};
		});
	}
	async function bulk(kind, target, change, after) {
		const ids = await resolveTarget(db, target, isoToday(deps.clock));
		const outcome = {
			job_id: null,
			total: ids.length,
			changed: 0,
			failed: 0,
			failures: []
		};
		const runChunk = async (chunk) => {
			const { rows, failures } = await applyChunk(chunk, change);
			await after?.(rows);
			outcome.changed += chunk.length - failures.length;
			outcome.failed += failures.length;
			outcome.failures.push(...failures);
			events.emit("accounts.changed", { ids: chunk });
			return failures;
		};
		if (ids.length <= 5) {
			await runChunk(ids);
			return outcome;
		}
		const job = jobs.run(kind, ids.length, async (ctx) => {
			for (let i = 0; i < ids.length && !ctx.signal.aborted; i += CHUNK$1) {
				const chunk = ids.slice(i, i + CHUNK$1);
				const failures = await runChunk(chunk);
				ctx.advance(chunk.length, failures.length, failures);
			}
			log.info("bulk change done", {
				kind,
				changed: outcome.changed,
				failed: outcome.failed
			});
			return { ...outcome };
		});
		return {
			...outcome,
			job_id: job.id
		};
	}
	const setColumns = (patch) => async (trx, rows) => {
		await updateAccountRows(trx, rows.map((r) => r.id), patch());
		return [];
	};
	/** Removes the keychain entries of deleted rows; one that fails is left for the start-up pass. */
	async function removeSecrets(rows) {
		let leftover = 0;
		for (const row of rows) {
			forgetToken?.(row.id);
			const stored = {
				smtp: row.smtp_password_stored,
				imap: row.imap_password_stored,
				oauth: row.oauth_token_stored
			};
			for (const protocol of [
				"smtp",
				"imap",
				"oauth"
			]) if (stored[protocol]) await vault.delete(secretKey(row.id, protocol)).catch(() => void leftover++);
		}
		if (leftover) log.warn("keychain entries left for the next start-up pass", { count: leftover });
	}
	return {
		"accounts.setStatus": ({ status, ...target }) => bulk("accounts.setStatus", target, setColumns(() => ({
			status,
			updated_at: isoNow(clock)
		}))),
		"accounts.delete": (target) => bulk("accounts.delete", target, async (trx, rows) => {
			await deleteAccountRows(trx, rows.map((r) => r.id));
			return [];
		}, removeSecrets),
		"accounts.setClient": async ({ client_id, ...target }) => {
			if (client_id) {
				if (!await db.selectFrom("clients").select("id").where("id", "=", client_id).executeTakeFirst()) throw new AppError("not_found", "That client does not exist", { field: "client_id" });
			}
			return bulk("accounts.setClient", target, setColumns(() => ({
				client_id,
				updated_at: isoNow(clock)
			})));
		},
		"accounts.tag": ({ add, remove, ...target }) => bulk("accounts.tag", target, async (trx, rows) => {
			const failures = [];
			const now = isoNow(clock);
			for (const row of rows) {
				const tags = retag(JSON.parse(row.tags), add, remove);
				if (tags.length > 50) {
					failures.push({
						id: row.id,
						email: row.email,
						reason: "An inbox may have at most 50 tags"
					});
					continue;
				}
				await updateAccountRow(trx, row.id, {
					tags: JSON.stringify(tags),
					updated_at: now
				});
			}
			return failures;
		}),
		"accounts.setDailyLimit": ({ daily_limit, ...target }) => bulk("accounts.setDailyLimit", target, async (trx, rows) => {
			const failures = [];
			const ok = [];
			for (const row of rows) {
				const problem = checkDailyLimit(row.provider, daily_limit);
				if (problem) failures.push({
					id: row.id,
					email: row.email,
					reason: problem
				});
				else ok.push(row.id);
			}
			await updateAccountRows(trx, ok, {
				daily_limit,
				updated_at: isoNow(clock)
			});
			return failures;
		})
	};
}
/** Adds and removes tags case-insensitively, keeping the first spelling of each. */
function retag(current, add, remove) {
	const gone = new Set(remove.map((t) => t.toLowerCase()));
	const out = /* @__PURE__ */ new Map();
	for (const t of [...current, ...add]) {
		const k = t.toLowerCase();
		if (!gone.has(k) && !out.has(k)) out.set(k, t);
	}
	return [...out.values()];
}
// electron/core/accounts/index.ts
function accountsHandlers(deps) {
	const { db, events, onCreated } = deps;
	const writer = deps.writer ?? createAccountWriter(deps);
	const mustGet = (id) => requireAccount(db, id);
	const changed = (ids) => events.emit("accounts.changed", { ids });
	return {
		"accounts.list": (q) => listAccounts(db, {
			...q,
			today: isoToday(deps.clock)
		}),
		"accounts.get": ({ id }) => mustGet(id),
		"accounts.create": async (input) => {
			await writer.mustHaveClient(input.client_id);
			const id = await writer.create(input);
			changed([id]);
			const account = await mustGet(id);
			if (input.test) onCreated?.(account);
			return account;
		},
		"accounts.update": async (input) => {
			await writer.update(input);
			changed([input.id]);
			return mustGet(input.id);
		}
	};
}
// electron/core/clients/index.ts
const duplicateName = (name) => new AppError("duplicate", `A client named ${name} already exists`, {
	field: "name",
	fields: { name: `${name} already exists` }
});
function clientsHandlers({ db, clock, events }) {
	async function mustGet(id) {
		const client = await getClient(db, id);
		if (!client) throw new AppError("not_found", "That client no longer exists", { field: "id" });
		return client;
	}
	async function mustBeFree(name, exceptId) {
		const owner = await findClientIdByName(db, name);
		if (owner && owner !== exceptId) throw duplicateName(name);
	}
	return {
		"clients.list": () => listClients(db),
		"clients.create": async ({ name }) => {
			await mustBeFree(name);
			const id = randomUUID();
			await insertClient(db, {
				id,
				name,
				created_at: isoNow(clock)
			});
			return mustGet(id);
		},
		"clients.rename": async ({ id, name }) => {
			await mustGet(id);
			await mustBeFree(name, id);
			await renameClient(db, id, name);
			events.emit("accounts.changed", { ids: [] });
			return mustGet(id);
		},
		"clients.delete": async ({ id }) => {
			await mustGet(id);
			const accounts_unassigned = await deleteClient(db, id);
			events.emit("accounts.changed", { ids: [] });
			return {
				deleted: true,
				accounts_unassigned
			};
		}
	};
}
// shared/contract.ts
const method = () => (input) => ({ input });
const contract = {
	"app.info": method()(emptySchema),
	"accounts.list": method()(accountListSchema),
	"accounts.get": method()(accountIdSchema),
	"accounts.create": method()(accountCreateSchema),
	"accounts.update": method()(accountUpdateSchema),
	"accounts.setStatus": method()(accountSetStatusSchema),
	"accounts.delete": method()(accountDeleteSchema),
	"accounts.test": method()(accountTestSchema),
	"accounts.sendTestEmail": method()(sendTestEmailSchema),
	"accounts.autoconfig": method()(autoconfigSchema),
	"jobs.get": method()(jobIdSchema),
	"jobs.cancel": method()(jobIdSchema),
	"settings.get": method()(emptySchema),
	"settings.update": method()(settingsUpdateSchema),
	"domains.list": method()(domainListSchema),
	"domains.get": method()(domainGetSchema),
	"domains.check": method()(domainCheckSchema),
	"domains.checkAll": method()(domainCheckAllSchema),
	"domains.setSelectors": method()(domainSelectorsSchema),
	"deliverability.report": method()(reportSchema),
	"reputation.history": method()(historySchema),
	"export.csv": method()(exportSchema),
	"clients.list": method()(emptySchema),
	"clients.create": method()(clientCreateSchema),
	"clients.rename": method()(clientRenameSchema),
	"clients.delete": method()(clientIdSchema),
	"alerts.list": method()(alertListSchema),
	"alerts.counts": method()(emptySchema),
	"alerts.acknowledge": method()(alertAcknowledgeSchema),
	"alerts.webhookStatus": method()(emptySchema),
	"alerts.setWebhook": method()(webhookSetSchema),
	"alerts.testWebhook": method()(emptySchema),
	"scheduler.status": method()(emptySchema),
	"scheduler.runNow": method()(emptySchema),
	"accounts.signIn": method()(signInSchema),
	"accounts.authReadiness": method()(readinessSchema),
	"signInApps.list": method()(emptySchema),
	"signInApps.save": method()(signInAppSaveSchema),
	"signInApps.delete": method()(signInAppIdSchema),
	"overview.get": method()(overviewSchema),
	"export.clientReport": method()(clientReportSchema),
	"accounts.setClient": method()(accountSetClientSchema),
	"accounts.tag": method()(accountTagSchema),
	"accounts.setDailyLimit": method()(accountSetDailyLimitSchema),
	"accounts.import.preview": method()(importPreviewSchema),
	"accounts.import.start": method()(importStartSchema)
};
function isMethodName(name) {
	return typeof name === "string" && Object.prototype.hasOwnProperty.call(contract, name);
}
// electron/core/dispatch.ts
function validationError(error) {
	const fields = {};
	for (const issue of error.issues) {
		const key = issue.path.length ? issue.path.map(String).join(".") : "input";
		if (issue.code === "unrecognized_keys") {
			for (const k of issue.keys) fields[k] ??= `${k} is not a known field`;
			continue;
		}
		fields[key] ??= issue.message;
	}
	const names = Object.keys(fields);
	return new AppError("invalid_input", names.map((n) => fields[n]).join("; ") || "invalid input", {
		field: names[0],
		fields
	});
}
function createInvoke(handlers, log) {
	return async (method, rawInput) => {
		if (!isMethodName(method)) return {
			ok: false,
			error: {
				code: "not_found",
				message: `unknown method: ${String(method).slice(0, 64)}`
			}
		};
		const parsed = contract[method].input.safeParse(rawInput);
		if (!parsed.success) return {
			ok: false,
			error: validationError(parsed.error).toData()
		};
		try {
			const handler = handlers[method];
			return {
				ok: true,
				data: await handler(parsed.data)
			};
		} catch (err) {
			if (err instanceof AppError) return {
				ok: false,
				error: err.toData()
			};
			const id = randomUUID().slice(0, 8);
			log.error("unexpected error", {
				id,
				method,
				error: err instanceof Error ? err.stack : String(err)
			});
			return {
				ok: false,
				error: {
					code: "internal",
					message: `Something went wrong (error id ${id}). The log has details.`
				}
			};
		}
	};
}
// electron/core/events.ts
function createEvents() {
	const listeners = /* @__PURE__ */ new Map();
	return {
		on(event, cb) {
			const set = listeners.get(event) ?? /* @__PURE__ */ new Set();
			set.add(cb);
			listeners.set(event, set);
			return () => set.delete(cb);
		},
		emit(event, payload) {
			for (const cb of listeners.get(event) ?? []) cb(payload);
		}
	};
}
// electron/core/log.ts
const silentLogger = {
	info() {},
	warn() {},
	error() {}
};
// electron/core/accounts/test-handlers.ts
function accountTestHandlers(deps) {
	const { db, tester, jobs } = deps;
	const mustGet = (id) => requireAccount(db, id);
	return {
		"accounts.test": async ({ id, ids, filter }) => {
			if (id !== void 0) return {
				job_id: null,
				results: [await tester.test(await mustGet(id))]
			};
			const unique = await resolveTarget(db, {
				ids,
				filter
			});
			return {
				job_id: jobs.start("accounts.test", unique, async (accountId, signal) => {
					const account = await mustGet(accountId);
					const result = await tester.test(account, signal);
					return {
						result,
						failed: !result.ok
					};
				}).id,
				results: []
			};
		},
		"accounts.sendTestEmail": async ({ id, to, subject }) => tester.sendTestEmail(await mustGet(id), to, subject)
	};
}
// electron/core/dns/types.ts
var DnsError = class extends Error {
	kind;
	qname;
	qtype;
	constructor(kind, qname, qtype, message) {
		super(message ?? `DNS ${qtype} ${qname}: ${kind}`);
		this.kind = kind;
		this.qname = qname;
		this.qtype = qtype;
		this.name = "DnsError";
	}
};
// electron/core/dns/in-flight.ts
function createInFlightGate(max) {
	const limit = Math.max(1, Math.floor(max));
	let now = 0;
	let peak = 0;
	const queue = [];
	let head = 0;
	const release = () => {
		now--;
		if (head < queue.length) {
			const next = queue[head];
			queue[head++] = void 0;
			if (head > 1024 && head * 2 > queue.length) {
				queue.splice(0, head);
				head = 0;
			}
			next();
		}
	};
	return {
		run(ask) {
			const start = () => {
				now++;
				peak = Math.max(peak, now);
				let p;
				try {
					p = ask();
				} catch (err) {
					p = Promise.reject(err);
				}
				return p.finally(release);
			};
			if (now < limit) return start();
			return new Promise((resolve, reject) => queue.push(() => start().then(resolve, reject)));
		},
		inFlight: () => ({
			now,
			peak
		})
	};
}
// electron/core/dns/limits.ts
const DNS_LIMITS = {
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
};
function limitFindings(s) {
	const out = s.capped.map((c) => ({
		severity: "warning",
		code: "dns_answer_capped",
		message: `The DNS answer for ${c.type} ${c.name} has ${c.total.toLocaleString("en-US")} records; the audit used the first ${c.used}. Results that depend on it may be incomplete. So many records usually means a misconfigured or hostile DNS server.`
	}));
	if (s.stopped === "deadline") out.push({
		severity: "warning",
		code: "audit_deadline",
		message: `The audit stopped asking DNS at its ${Math.round(s.deadlineMs / 1e3)} s limit; the parts not answered by then are shown as unknown. Try again later; if it keeps happening, the domain's name servers (or the DNS servers in Settings) are too slow.`
	});
	return out;
}
// electron/core/dns/session-cache.ts
const cacheKey = (name, type) => `${type} ${name.toLowerCase().replace(/\.$/, "")}`;
const copy = (a) => ({
	rcode: a.rcode,
	records: [...a.records]
});
function withSessionCache(inner, onHit) {
	const cache = /* @__PURE__ */ new Map();
	const cap = (name, type, a) => {
		const max = DNS_LIMITS.recordsPerAnswer[type];
		if (a.records.length <= max) return {
			answer: a,
			capped: null
		};
		return {
			answer: {
				rcode: a.rcode,
				records: a.records.slice(0, max)
			},
			capped: {
				name: name.toLowerCase().replace(/\.$/, ""),
				type,
				total: a.records.length,
				used: max
			}
		};
	};
	const view = (parents) => {
		const own = {
			counts: {
				questions: 0,
				cacheHits: 0
			},
			capped: /* @__PURE__ */ new Map()
		};
		const all = [own, ...parents];
		const use = (key, e) => {
			if (e.capped) {
				for (const t of all) if (!t.capped.has(key)) t.capped.set(key, e.capped);
			}
			return copy(e.answer);
		};
		return {
			counters: () => ({ ...own.counts }),
			capped: () => [...own.capped.values()],
			scope: () => view(all),
			query(name, type) {
				const key = cacheKey(name, type);
				let entry = cache.get(key);
				if (entry) {
					for (const t of all) t.counts.cacheHits += 1;
					onHit?.();
				} else {
					for (const t of all) t.counts.questions += 1;
					entry = inner.query(name, type).then((a) => cap(name, type, a));
					cache.set(key, entry);
				}
				return entry.then((e) => use(key, e));
			}
		};
	};
	return view([]);
}
// electron/core/dns/resolver.ts
const DEFAULT_TIMEOUT_MS = 2500;
const DEFAULT_TRIES = 2;
/** node:dns error codes → answers or failure kinds. */
function classifyDnsError(code) {
	switch (code) {
		case "ENODATA": return "NODATA";
		case "ENOTFOUND": return "NXDOMAIN";
		case "ETIMEOUT": return "timeout";
		case "ESERVFAIL": return "servfail";
		case "EREFUSED": return "refused";
		default: return "error";
	}
}
const ASK = {
	A: (r, n) => r.resolve4(n),
	AAAA: (r, n) => r.resolve6(n),
	TXT: async (r, n) => (await r.resolveTxt(n)).map((chunks) => chunks.join("")),
	MX: async (r, n) => (await r.resolveMx(n)).map((mx) => ({
		exchange: mx.exchange.replace(/\.$/, ""),
		priority: mx.priority
	})),
	PTR: (r, n) => r.resolvePtr(n),
	CNAME: (r, n) => r.resolveCname(n)
};
function createDnsResolver(opts = {}) {
	const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const tries = opts.tries ?? DEFAULT_TRIES;
	const resolver = new promises.Resolver({
		timeout: timeoutMs,
		tries
	});
	if (opts.servers && opts.servers.length > 0) resolver.setServers(opts.servers);
	const deadlineMs = timeoutMs * tries + 50;
	const totals = {
		questions: 0,
		cacheHits: 0
	};
	const maxInFlight = opts.maxInFlight ?? DEFAULT_SETTINGS.dns_max_in_flight;
	const gate = createInFlightGate(maxInFlight);
	const out = /* @__PURE__ */ new Map();
	/** One c-ares question, bounded in JS too (c-ares backs off between tries). */
	async function guarded(qname, type, question) {
		let timer;
		const deadline = new Promise((_, reject) => {
			timer = setTimeout(() => reject(new DnsError("timeout", qname, type)), deadlineMs);
		});
		question.catch(() => void 0);
		try {
			return await Promise.race([question, deadline]);
		} finally {
			clearTimeout(timer);
		}
	}
	const failure = (err, qname, type) => {
		if (err instanceof DnsError) return err;
		const code = err.code;
		const kind = classifyDnsError(code);
		if (kind === "NODATA" || kind === "NXDOMAIN") return kind;
		return new DnsError(kind, qname, type, `DNS ${type} ${qname}: ${kind} (${String(code ?? err.message)})`);
	};
	/** Identical questions out at the same time share one; each caller gets its own copy of the records. */
	function shared(name, type, aliasOf) {
		const key = cacheKey(name, type);
		let p = out.get(key);
		if (p) totals.cacheHits += 1;
		else {
			const sent = ask(name, type, aliasOf);
			p = sent;
			out.set(key, sent);
			const done = () => void out.delete(key);
			sent.then(done, done);
		}
		return p.then((a) => ({
			rcode: a.rcode,
			records: [...a.records]
		}));
	}
	const query = (name, type) => shared(name, type, (at) => query(at, "CNAME"));
	async function ask(name, type, aliasOf) {
		const qname = name.replace(/\.$/, "");
		let records;
		try {
			records = await gate.run(() => {
				totals.questions += 1;
				return guarded(qname, type, ASK[type](resolver, qname));
			});
		} catch (err) {
			const f = failure(err, qname, type);
			if (f === "NODATA") records = [];
			else if (f === "NXDOMAIN") return {
				rcode: "NXDOMAIN",
				records: []
			};
			else throw f;
		}
		if (records.length === 0 && type !== "CNAME") await refuseAliasLoop(qname, type, aliasOf);
		return {
			rcode: "NOERROR",
			records
		};
	}
	/**
	* Follows the aliases of a name that answered with no records. Throws when they loop or run on
	* (cname_loop), or when they cannot be read (so "no record" is said only when it is known).
	*/
	async function refuseAliasLoop(qname, type, aliasOf) {
		const chain = [qname.toLowerCase()];
		for (let hop = 0; hop <= DNS_LIMITS.cnameChain; hop++) {
			const at = chain[chain.length - 1];
			let target;
			try {
				target = (await aliasOf(at)).records[0];
			} catch (err) {
				const kind = err instanceof DnsError ? err.kind : "error";
				throw new DnsError(kind, qname, type, `DNS ${type} ${qname}: its alias ${at} could not be read (${kind})`);
			}
			if (!target) return;
			const next = target.toLowerCase().replace(/\.$/, "");
			const looped = chain.includes(next);
			chain.push(next);
			if (looped || hop === DNS_LIMITS.cnameChain) throw new DnsError("cname_loop", qname, type, `DNS ${type} ${qname}: its aliases ${looped ? "loop" : `run past ${DNS_LIMITS.cnameChain} hops`} (${chain.join(" → ")})`);
		}
	}
	return {
		questionMs: deadlineMs,
		maxInFlight,
		query,
		counters: () => ({ ...totals }),
		session: () => {
			const session = withSessionCache({ query: (name, type) => shared(name, type, (at) => session.query(at, "CNAME")) }, () => {
				totals.cacheHits += 1;
			});
			return session;
		}
	};
}
// electron/core/dns/audit-session.ts
function auditSession(inner, opts) {
	let stopped = null;
	let stop;
	const stopping = new Promise((resolve) => stop = resolve);
	const halt = (why) => {
		stopped ??= why;
		stop();
	};
	const timer = setTimeout(() => halt("deadline"), opts.deadlineMs);
	const onAbort = () => halt("cancelled");
	if (opts.signal?.aborted) onAbort();
	opts.signal?.addEventListener("abort", onAbort, { once: true });
	const failed = (name, type) => new DnsError("timeout", name, type, `DNS ${type} ${name}: not asked, the audit ${stopped === "cancelled" ? "was cancelled" : "reached its time limit"}`);
	return {
		query(name, type) {
			if (stopped) return Promise.reject(failed(name, type));
			const asked = inner.query(name, type);
			asked.catch(() => void 0);
			return Promise.race([asked, stopping.then(() => Promise.reject(failed(name, type)))]);
		},
		counters: () => inner.counters(),
		capped: () => inner.capped(),
		limits: () => ({
			capped: inner.capped(),
			stopped,
			deadlineMs: opts.deadlineMs
		}),
		close() {
			clearTimeout(timer);
			opts.signal?.removeEventListener("abort", onAbort);
		}
	};
}
// electron/core/audit/common.ts
/** A query whose DNS failure is returned, not thrown, so one timeout makes a check unknown, not broken. */
async function ask$1(lookup, name, type) {
	try {
		return await lookup.query(name, type);
	} catch (err) {
		if (err instanceof DnsError) return err;
		throw err;
	}
}
function dnsFailure(err) {
	const what = err.kind === "timeout" ? "timed out" : err.kind === "cname_loop" ? `failed: ${err.message.replace(/^DNS \S+ \S+: /, "")}` : `failed (${err.kind})`;
	return {
		severity: "warning",
		code: "dns_failure",
		message: `The DNS question ${err.qtype} ${err.qname} ${what}, so this part could not be checked. Try again later; if it keeps failing, check the domain's name servers.`
	};
}
/**
* Errors win; then a check that could not read everything is unknown rather than falsely fine;
* then warnings.
*/
function statusOf(findings, incomplete = false) {
	if (findings.some((f) => f.severity === "error")) return "error";
	if (incomplete) return "unknown";
	if (findings.some((f) => f.severity === "warning")) return "warning";
	return "ok";
}
const RANK = {
	ok: 0,
	unknown: 1,
	warning: 2,
	error: 3
};
/** The worst of several check statuses (error > warning > unknown > ok); ok for none. */
const worst = (statuses) => statuses.reduce((a, b) => RANK[b] > RANK[a] ? b : a, "ok");
const normName = (name) => name.trim().toLowerCase().replace(/\.$/, "");
/** RFC 6376 §3.2 tag-list (also DMARC's syntax), tolerant of spaces, tabs and line folding. */
function parseTagList(record) {
	const tags = /* @__PURE__ */ new Map();
	const order = [];
	const errors = [];
	for (const raw of record.split(";")) {
		const part = raw.trim();
		if (part === "") continue;
		const eq = part.indexOf("=");
		if (eq < 0) {
			errors.push(`"${part}" is not a tag=value pair`);
			continue;
		}
		const name = part.slice(0, eq).trim().toLowerCase();
		const value = part.slice(eq + 1).replace(/\s+/g, " ").trim();
		if (!/^[a-z][a-z0-9_]*$/.test(name)) {
			errors.push(`"${part.slice(0, eq).trim()}" is not a valid tag name`);
			continue;
		}
		if (tags.has(name)) {
			errors.push(`tag ${name}= appears more than once`);
			continue;
		}
		tags.set(name, value);
		order.push(name);
	}
	return {
		tags,
		order,
		errors
	};
}
/** Maps with at most `limit` calls in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
	const results = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await fn(items[i], i);
		}
	};
	await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
	return results;
}
// electron/core/audit/dkim-key.ts
/** A TXT record that is meant as a DKIM key (and not, say, a wildcard SPF record). */
const looksLikeDkim = (txt) => /^\s*v\s*=\s*dkim1\b/i.test(txt) || /(^|;)\s*p\s*=/i.test(txt);
function rsaBits(der) {
	for (const type of ["spki", "pkcs1"]) try {
		const key = createPublicKey({
			key: der,
			format: "der",
			type
		});
		if (key.asymmetricKeyType !== "rsa") return null;
		return key.asymmetricKeyDetails?.modulusLength ?? null;
	} catch {}
	return null;
}
function parseDkimKey(record) {
	const { tags, order, errors } = parseTagList(record);
	const malformed = [...errors];
	const v = tags.get("v");
	if (v !== void 0 && v !== "DKIM1") malformed.push(`v=${v} (must be DKIM1)`);
	else if (v !== void 0 && order[0] !== "v") malformed.push("v=DKIM1 must be the first tag");
	const keyType = (tags.get("k") ?? "rsa").toLowerCase();
	const p = tags.get("p");
	const b64 = (p ?? "").replace(/\s+/g, "");
	const revoked = p !== void 0 && b64 === "";
	let bits = null;
	if (p === void 0) malformed.push("there is no p= tag (the public key)");
	else if (!revoked) {
		if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) malformed.push("p= is not base64 (stray quotes or characters?)");
		else if (keyType === "rsa") {
			bits = rsaBits(Buffer.from(b64, "base64"));
			if (bits === null) malformed.push("p= is not a valid RSA public key (often a key cut short when pasted)");
		} else if (keyType === "ed25519") {
			if (Buffer.from(b64, "base64").length === 32) bits = 256;
			else malformed.push("p= is not a 32-byte Ed25519 public key");
		} else malformed.push(`k=${keyType} is not a DKIM key type (rsa or ed25519)`);
	}
	const list = (tag) => tags.get(tag)?.split(":").map((s) => s.trim().toLowerCase()).filter(Boolean);
	const hashes = list("h");
	const services = list("s");
	return {
		tags: Object.fromEntries(tags),
		key_type: keyType,
		bits,
		revoked,
		testing: (list("t") ?? []).includes("y"),
		malformed,
		sha1_only: hashes !== void 0 && !hashes.includes("sha256"),
		not_for_email: services !== void 0 && !services.includes("*") && !services.includes("email")
	};
}
// electron/core/audit/dkim.ts
const DEFAULT_DKIM_SELECTORS = [
	"google",
	"selector1",
	"selector2",
	"default",
	"k1",
	"k2",
	"k3",
	"s1",
	"s2",
	"mail",
	"dkim",
	"smtp"
];
/** Microsoft 365 publishes these as CNAMEs into <tenant>.onmicrosoft.com. */
const MICROSOFT_SELECTORS = /* @__PURE__ */ new Set(["selector1", "selector2"]);
/** Accepts "s1", "S1." or a pasted "s1._domainkey.example.com"; null when not a DNS label path. */
function cleanSelector(raw, domain) {
	let s = normName(raw);
	const suffix = `._domainkey.${domain}`;
	if (s.endsWith(suffix)) s = s.slice(0, -suffix.length);
	else if (s.endsWith("._domainkey")) s = s.slice(0, -11);
	return /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(s) ? s : null;
}
function howToEnable(domain, provider) {
	if (provider === "google") return `In the Google Admin console open Apps › Google Workspace › Gmail › Authenticate email, generate a 2048-bit key for ${domain}, publish the TXT record it shows, then click Start authentication.`;
	if (provider === "microsoft") return `In the Microsoft Defender portal open Email authentication settings › DKIM, select ${domain}, publish the two selector1/selector2 CNAME records it shows, then enable signing.`;
	return "Turn on DKIM signing at your mail provider and publish the TXT (or CNAME) record it gives you. If you already sign with a selector not listed here, add it to the domain so it can be checked.";
}
async function askSelector(selector, domain, lookup) {
	const name = `${selector}._domainkey.${domain}`;
	const out = {
		selector,
		failed: false,
		key: null,
		multiple: false,
		danglingCname: null,
		failures: [],
		notes: []
	};
	const txt = await ask$1(lookup, name, "TXT");
	if (txt instanceof DnsError) {
		out.failed = true;
		out.failures.push(txt);
		return out;
	}
	const dkim = txt.records.filter(looksLikeDkim);
	const record = dkim[0];
	if (record === void 0 && !MICROSOFT_SELECTORS.has(selector)) return out;
	const alias = await ask$1(lookup, name, "CNAME");
	const cname = alias instanceof DnsError ? null : alias.records[0] ? normName(alias.records[0]) : null;
	if (record === void 0) {
		out.danglingCname = cname;
		return out;
	}
	const facts = parseDkimKey(record);
	out.multiple = dkim.length > 1;
	out.key = {
		selector,
		name,
		cname,
		record,
		key_type: facts.key_type,
		bits: facts.bits,
		revoked: facts.revoked,
		testing: facts.testing,
		malformed: facts.malformed.length > 0,
		weak: facts.key_type === "rsa" && facts.bits !== null && facts.bits < 1024,
		tags: facts.tags
	};
	out.notes = keyFindings(out.key, facts.malformed, facts.sha1_only, facts.not_for_email, out.multiple);
	return out;
}
function keyFindings(key, malformed, sha1Only, notForEmail, multiple) {
	const at = `DKIM selector "${key.selector}" (${key.name})`;
	const f = [];
	if (multiple) f.push({
		severity: "warning",
		code: "dkim_multiple_records",
		message: `${at} has more than one DKIM record; receivers may pick either. Keep only one.`
	});
	if (key.revoked) {
		f.push({
			severity: "warning",
			code: "dkim_revoked",
			message: `${at} is revoked (empty p=): mail signed with it fails DKIM. Stop signing with this selector, or publish a new key for it.`
		});
		return f;
	}
	if (malformed.length) {
		f.push({
			severity: "error",
			code: "dkim_malformed",
			message: `${at} cannot be used: ${malformed.join("; ")}. Copy the record again from your mail provider, as one TXT value.`
		});
		return f;
	}
	if (key.weak) f.push({
		severity: "error",
		code: "dkim_weak_key",
		message: `${at} is a ${key.bits}-bit RSA key. Keys under 1024 bits are ignored by Gmail and others and can be broken to forge your mail. Rotate to a 2048-bit key.`
	});
	else if (key.key_type === "rsa" && key.bits !== null && key.bits < 2048) f.push({
		severity: "warning",
		code: "dkim_1024_key",
		message: `${at} is a ${key.bits}-bit RSA key. It still works, but 2048 bits is the recommended size: rotate when you can.`
	});
	if (key.testing) f.push({
		severity: "warning",
		code: "dkim_testing",
		message: `${at} is in testing mode (t=y): receivers may treat its signatures as if the mail were unsigned. Remove t=y once signing works.`
	});
	if (sha1Only) f.push({
		severity: "error",
		code: "dkim_sha1_only",
		message: `${at} allows only SHA-1 (h=sha1), which receivers no longer accept (RFC 8301). Remove the h= tag or set h=sha256.`
	});
	if (notForEmail) f.push({
		severity: "error",
		code: "dkim_not_for_email",
		message: `${at} is restricted by s= to services other than email. Remove the s= tag.`
	});
	return f;
}
const usable = (k) => !k.revoked && !k.malformed && !k.weak;
async function checkDkim(domainIn, lookup, opts = {}) {
	const domain = normName(domainIn);
	const findings = [];
	const own = (opts.selectors ?? []).map((s) => ({
		raw: s,
		clean: cleanSelector(s, domain)
	}));
	for (const s of own) if (s.clean === null) findings.push({
		severity: "warning",
		code: "dkim_bad_selector",
		message: `"${s.raw}" is not a valid DKIM selector name and was skipped.`
	});
	const selectors = [.../* @__PURE__ */ new Set([...own.flatMap((s) => s.clean ? [s.clean] : []), ...DEFAULT_DKIM_SELECTORS])];
	const missing = (tried, extra = []) => ({
		status: "error",
		found: false,
		selectors_tried: tried,
		selectors_failed: [],
		keys: [],
		fixes: [],
		findings: [
			...findings,
			...extra,
			{
				severity: "error",
				code: "dkim_missing",
				message: `No DKIM key was found for ${domain}${tried.length ? ` (selectors tried: ${tried.join(", ")})` : " (nothing at all exists under _domainkey, so no selector can)"}. Without DKIM, Gmail and Yahoo reject or junk bulk mail. ${howToEnable(domain, opts.provider)}`
			}
		]
	});
	const probe = await ask$1(lookup, `_domainkey.${domain}`, "TXT");
	if (!(probe instanceof DnsError) && probe.rcode === "NXDOMAIN") return missing([]);
	const outcomes = await Promise.all(selectors.map((s) => askSelector(s, domain, lookup)));
	const keys = outcomes.flatMap((o) => o.key ? [o.key] : []);
	const failed = outcomes.filter((o) => o.failed).map((o) => o.selector);
	const danglingFindings = outcomes.filter((o) => o.danglingCname !== null && !o.key).map((o) => ({
		severity: keys.length ? "warning" : "error",
		code: "dkim_cname_without_key",
		message: `${o.selector}._domainkey.${domain} points to ${o.danglingCname}, but no DKIM key is published there yet. In Microsoft 365 this means DKIM signing has not been enabled for ${domain}: enable it in the Defender portal (Email authentication settings › DKIM).`
	}));
	const selectorFailures = failed.length ? [{
		severity: "warning",
		code: "dns_failure",
		message: `The DKIM lookup failed for selector${failed.length > 1 ? "s" : ""} ${failed.join(", ")} (${outcomes.find((o) => o.failed)?.failures[0]?.kind ?? "error"}); a key there could not be checked. Try again later.`
	}] : [];
	if (keys.length === 0) {
		if (failed.length > 0) return {
			status: "unknown",
			found: false,
			selectors_tried: selectors,
			selectors_failed: failed,
			keys,
			fixes: [],
			findings: [
				...findings,
				...selectorFailures,
				...danglingFindings
			]
		};
		return missing(selectors, danglingFindings);
	}
	const anyUsable = keys.some(usable);
	for (const o of outcomes) for (const f of o.notes) {
		const severe = !anyUsable && (f.code === "dkim_revoked" || f.code === "dkim_malformed");
		findings.push(severe ? {
			...f,
			severity: "error"
		} : f);
	}
	findings.push(...danglingFindings, ...selectorFailures);
	if (anyUsable) {
		const good = keys.filter(usable).map((k) => `${k.selector} (${k.key_type}${k.bits ? ` ${k.bits}-bit` : ""}${k.cname ? `, via ${k.cname}` : ""})`);
		findings.push({
			severity: "info",
			code: "dkim_found",
			message: `DKIM key${good.length > 1 ? "s" : ""} published for ${domain}: ${good.join(", ")}.`
		});
	}
	return {
		status: statusOf(findings, !anyUsable && failed.length > 0),
		found: anyUsable,
		selectors_tried: selectors,
		selectors_failed: failed,
		keys,
		findings,
		fixes: []
	};
}
// electron/core/audit/dmarc-record.ts
const POLICIES = /* @__PURE__ */ new Set([
	"none",
	"quarantine",
	"reject"
]);
const KNOWN = /* @__PURE__ */ new Set([
	"v",
	"p",
	"sp",
	"np",
	"pct",
	"rua",
	"ruf",
	"adkim",
	"aspf",
	"fo",
	"rf",
	"ri",
	"psd",
	"t"
]);
const isDmarcRecord = (txt) => /^\s*v\s*=\s*DMARC1\s*(;|$)/i.test(txt);
/** mailto:addr[!size] URIs, comma separated; other schemes are legal but almost no receiver sends to them. */
function reportUris(tag, value, problems) {
	const uris = value.split(",").map((u) => u.trim()).filter(Boolean);
	for (const uri of uris) {
		if (/^mailto:([^@\s!]+@[^@\s!]+\.[^@\s!]+)(![0-9]+[kmgt]?)?$/i.exec(uri)) continue;
		if (/^mailto:/i.test(uri)) problems.push({
			severity: "error",
			code: "dmarc_invalid_tag",
			message: `${tag}= has "${uri}", which is not a valid mailto: address; reports will not arrive. Use ${tag}=mailto:you@example.com.`
		});
		else problems.push({
			severity: "warning",
			code: "dmarc_report_uri",
			message: `${tag}= has "${uri}"; receivers only send reports to mailto: addresses.`
		});
	}
	return uris;
}
function parseDmarcRecord(record) {
	const { tags, order, errors } = parseTagList(record);
	const problems = errors.map((e) => ({
		severity: "error",
		code: "dmarc_syntax",
		message: `DMARC record syntax: ${e}.`
	}));
	if (order[0] !== "v") problems.push({
		severity: "error",
		code: "dmarc_syntax",
		message: "v=DMARC1 must be the first tag of the DMARC record."
	});
	const policyTag = (tag) => {
		const v = tags.get(tag)?.toLowerCase();
		if (v === void 0) return null;
		if (POLICIES.has(v)) return v;
		problems.push({
			severity: "error",
			code: "dmarc_invalid_tag",
			message: `${tag}=${tags.get(tag)} is not a DMARC policy; use none, quarantine or reject.`
		});
		return null;
	};
	const policy = policyTag("p");
	if (!tags.has("p")) problems.push({
		severity: "error",
		code: "dmarc_no_policy",
		message: "The DMARC record has no p= tag. Receivers treat it as p=none at best (and ignore it without a valid rua=). Add p=none, p=quarantine or p=reject right after v=DMARC1."
	});
	const subdomain_policy = policyTag("sp");
	let pct = null;
	const pctRaw = tags.get("pct");
	if (pctRaw !== void 0) {
		if (/^\d{1,3}$/.test(pctRaw) && Number(pctRaw) <= 100) pct = Number(pctRaw);
		else problems.push({
			severity: "error",
			code: "dmarc_invalid_tag",
			message: `pct=${pctRaw} must be a whole number from 0 to 100.`
		});
	}
	const alignment = (tag) => {
		const v = tags.get(tag)?.toLowerCase();
		if (v === void 0) return null;
		if (v === "r" || v === "s") return v;
		problems.push({
			severity: "error",
			code: "dmarc_invalid_tag",
			message: `${tag}=${tags.get(tag)} must be r (relaxed) or s (strict).`
		});
		return null;
	};
	const fo = tags.get("fo") ?? null;
	if (fo !== null && !fo.split(":").every((o) => [
		"0",
		"1",
		"d",
		"s"
	].includes(o.trim().toLowerCase()))) problems.push({
		severity: "error",
		code: "dmarc_invalid_tag",
		message: `fo=${fo} must be one or more of 0, 1, d, s separated by colons.`
	});
	const ri = tags.get("ri");
	if (ri !== void 0 && !/^\d+$/.test(ri)) problems.push({
		severity: "error",
		code: "dmarc_invalid_tag",
		message: `ri=${ri} must be a number of seconds.`
	});
	for (const tag of order) if (!KNOWN.has(tag)) problems.push({
		severity: "warning",
		code: "dmarc_unknown_tag",
		message: `Unknown DMARC tag ${tag}= is ignored by receivers; check it for a typo.`
	});
	return {
		tags: Object.fromEntries(tags),
		policy,
		subdomain_policy,
		pct,
		rua: tags.has("rua") ? reportUris("rua", tags.get("rua") ?? "", problems) : [],
		ruf: tags.has("ruf") ? reportUris("ruf", tags.get("ruf") ?? "", problems) : [],
		adkim: alignment("adkim"),
		aspf: alignment("aspf"),
		fo,
		problems
	};
}
// electron/core/audit/dmarc.ts
/** The registrable domain (mail.example.co.uk → example.co.uk); the name itself when it has none. */
function organisationalDomain(domain) {
	const name = normName(domain);
	return getDomain(name, { allowPrivateDomains: true }) ?? name;
}
const STRENGTH = {
	none: "weak",
	quarantine: "moderate",
	reject: "strong"
};
const WEAKER = {
	strong: "moderate",
	moderate: "weak",
	weak: "weak",
	none: "none"
};
function dmarcStrength(policy, pct) {
	if (policy === null) return "none";
	const base = STRENGTH[policy];
	return pct !== null && pct < 100 ? WEAKER[base] : base;
}
const starterRecord = (domain) => `v=DMARC1; p=none; rua=mailto:dmarc@${domain}`;
function withRua(record, domain) {
	return `${record.trim().replace(/;\s*$/, "")}; rua=mailto:dmarc@${domain}`;
}
async function checkDmarc(domainIn, lookup) {
	const domain = normName(domainIn);
	const org = organisationalDomain(domain);
	const base = {
		organisational_domain: org,
		record: null,
		records: [],
		found_at: null,
		inherited: false,
		policy: null,
		effective_policy: null,
		subdomain_policy: null,
		pct: null,
		rua: [],
		ruf: [],
		adkim: null,
		aspf: null,
		fo: null,
		strength: "none",
		fixes: []
	};
	let foundAt = domain;
	let answer = await ask$1(lookup, `_dmarc.${domain}`, "TXT");
	let records = answer instanceof DnsError ? [] : answer.records.filter(isDmarcRecord);
	if (!(answer instanceof DnsError) && records.length === 0 && org !== domain) {
		foundAt = org;
		answer = await ask$1(lookup, `_dmarc.${org}`, "TXT");
		records = answer instanceof DnsError ? [] : answer.records.filter(isDmarcRecord);
	}
	if (answer instanceof DnsError) return {
		...base,
		status: "unknown",
		findings: [dnsFailure(answer)]
	};
	if (records.length === 0) {
		const fix = {
			record_name: `_dmarc.${domain}`,
			record_type: "TXT",
			value: starterRecord(domain),
			note: "Start with p=none to receive reports without affecting delivery. Once the reports show all your real mail passing SPF or DKIM in alignment (usually a few weeks), change p=none to p=quarantine, then to p=reject."
		};
		return {
			...base,
			status: "error",
			fixes: [fix],
			fix,
			findings: [{
				severity: "error",
				code: "dmarc_missing",
				message: `${domain} has no DMARC record${org !== domain ? ` (nor does ${org})` : ""}. Gmail and Yahoo require one from bulk senders, and without it anyone can send mail as ${domain}. Publish the record below.`
			}]
		};
	}
	const inherited = foundAt !== domain;
	if (records.length > 1) return {
		...base,
		status: "error",
		records,
		found_at: foundAt,
		inherited,
		findings: [{
			severity: "error",
			code: "dmarc_multiple",
			message: `_dmarc.${foundAt} has ${records.length} DMARC records. Receivers then ignore DMARC entirely (RFC 7489 §6.6.3). Merge them into one record and delete the others.`
		}]
	};
	const record = records[0];
	const facts = parseDmarcRecord(record);
	const findings = [...facts.problems];
	const fixes = [];
	const policy = facts.policy ?? (facts.rua.length ? "none" : null);
	const effective = inherited ? facts.subdomain_policy ?? policy : policy;
	if (inherited) findings.push({
		severity: "info",
		code: "dmarc_inherited",
		message: `${domain} has no DMARC record of its own; the record of its organisational domain ${org} applies${effective ? `, with policy ${effective}${facts.subdomain_policy ? " (from sp=)" : ""}` : ""}.`
	});
	if (effective === "none") {
		findings.push({
			severity: "warning",
			code: "dmarc_policy_none",
			message: `The DMARC policy for ${domain} is none: it only collects reports, and mail forged as ${domain} is still delivered. Once the reports show your real mail passing, move to p=quarantine, then p=reject.`
		});
		if (facts.rua.length === 0) {
			const fix = {
				record_name: `_dmarc.${foundAt}`,
				record_type: "TXT",
				value: withRua(record, foundAt),
				note: "Replace the existing DMARC record with this one (keep a single record). The reports show who sends as your domain and whether it passes, which you need before tightening the policy."
			};
			fixes.push(fix);
			findings.push({
				severity: "warning",
				code: "dmarc_no_rua",
				message: `The DMARC record at _dmarc.${foundAt} has p=none and no rua= address, so it does nothing at all: no protection and no reports. Add a rua= address to receive aggregate reports.`
			});
		}
	} else if (facts.rua.length === 0 && effective !== null) findings.push({
		severity: "info",
		code: "dmarc_no_rua",
		message: `The DMARC record has no rua= address, so you get no reports of mail failing authentication. Consider adding rua=mailto:dmarc@${foundAt}.`
	});
	if (facts.pct !== null && facts.pct < 100 && effective !== "none" && effective !== null) findings.push({
		severity: "warning",
		code: "dmarc_pct",
		message: `pct=${facts.pct}: the ${effective} policy applies to only ${facts.pct}% of failing mail. Raise it to 100 (or remove pct=) once you are confident.`
	});
	if (!inherited && policy !== null && policy !== "none" && facts.subdomain_policy === "none") findings.push({
		severity: "warning",
		code: "dmarc_subdomains_open",
		message: `sp=none leaves subdomains of ${domain} unprotected while the domain itself uses ${policy}. Remove sp= or set it to ${policy} unless a subdomain still needs monitoring.`
	});
	if (effective === "quarantine" || effective === "reject") findings.push({
		severity: "info",
		code: "dmarc_enforced",
		message: `DMARC is enforced for ${domain} (policy ${effective}).`
	});
	const result = {
		...base,
		status: statusOf(findings),
		findings,
		fixes,
		record,
		records,
		found_at: foundAt,
		inherited,
		policy: facts.policy,
		effective_policy: effective,
		subdomain_policy: facts.subdomain_policy,
		pct: facts.pct,
		rua: facts.rua,
		ruf: facts.ruf,
		adkim: facts.adkim,
		aspf: facts.aspf,
		fo: facts.fo,
		strength: dmarcStrength(effective, facts.pct)
	};
	if (fixes[0]) result.fix = fixes[0];
	return result;
}
// electron/core/audit/mx.ts
const isNullMx = (exchange) => exchange === "" || exchange === ".";
function providerOf(host) {
	if (host === "aspmx.l.google.com" || host.endsWith(".aspmx.l.google.com") || host.endsWith(".googlemail.com") || host.endsWith(".google.com")) return "google";
	if (host.endsWith(".mail.protection.outlook.com") || host.endsWith(".mx.microsoft") || host.endsWith(".mail.protection.office365.us")) return "microsoft";
	return "other";
}
/** Who receives mail for the domain, judged by the most preferred (lowest priority) MX hosts. */
function detectProviderFromMx(mx) {
	const real = mx.map((r) => ({
		host: normName(r.exchange),
		priority: r.priority
	})).filter((r) => !isNullMx(r.host));
	if (real.length === 0) return "none";
	const best = Math.min(...real.map((r) => r.priority));
	const providers = new Set(real.filter((r) => r.priority === best).map((r) => providerOf(r.host)));
	return providers.size === 1 ? [...providers][0] : "other";
}
async function inspectTarget(record, lookup) {
	const exchange = normName(record.exchange);
	const host = {
		exchange,
		priority: record.priority,
		addresses: [],
		cname: null
	};
	const findings = [];
	if (net.isIP(exchange)) {
		findings.push({
			severity: "error",
			code: "mx_ip_literal",
			message: `The MX record ${record.priority} ${exchange} is an IP address; an MX must name a host. Create a host name (e.g. mail.yourdomain) with an A record for that IP and point the MX at it.`
		});
		return {
			host,
			findings,
			incomplete: false
		};
	}
	const [alias, a, aaaa] = await Promise.all([
		ask$1(lookup, exchange, "CNAME"),
		ask$1(lookup, exchange, "A"),
		ask$1(lookup, exchange, "AAAA")
	]);
	let incomplete = false;
	for (const r of [
		alias,
		a,
		aaaa
	]) if (r instanceof DnsError) {
		incomplete = true;
		findings.push(dnsFailure(r));
	}
	if (!(alias instanceof DnsError) && alias.records[0]) {
		host.cname = normName(alias.records[0]);
		findings.push({
			severity: "warning",
			code: "mx_cname",
			message: `The MX host ${exchange} is an alias (CNAME to ${host.cname}). MX targets must not be aliases (RFC 2181 §10.3) and some senders refuse them: point the MX straight at ${host.cname}.`
		});
	}
	host.addresses = [a, aaaa].flatMap((r) => r instanceof DnsError ? [] : r.records);
	if (host.addresses.length === 0 && !incomplete) findings.push({
		severity: "error",
		code: "mx_no_address",
		message: `The MX host ${exchange} has no A or AAAA record, so mail sent to it (including replies and bounces) cannot be delivered. Fix the host name in the MX record or give the host an address.`
	});
	return {
		host,
		findings,
		incomplete
	};
}
async function checkMx(domainIn, lookup) {
	const domain = normName(domainIn);
	const base = {
		records: [],
		null_mx: false,
		implicit_mx: false,
		provider: "none",
		fixes: []
	};
	const answer = await ask$1(lookup, domain, "MX");
	if (answer instanceof DnsError) return {
		...base,
		status: "unknown",
		findings: [dnsFailure(answer)]
	};
	if (answer.rcode === "NXDOMAIN") return {
		...base,
		status: "error",
		findings: [{
			severity: "error",
			code: "domain_not_found",
			message: `${domain} does not exist in DNS (NXDOMAIN). Check the spelling, or whether the domain has expired.`
		}]
	};
	const sorted = [...answer.records].sort((x, y) => x.priority - y.priority || normName(x.exchange).localeCompare(normName(y.exchange)));
	if (sorted.filter((r) => isNullMx(normName(r.exchange))).length) {
		const others = sorted.filter((r) => !isNullMx(normName(r.exchange)));
		const findings = [{
			severity: "error",
			code: "null_mx",
			message: `${domain} publishes a null MX ("0 ."), declaring that it accepts no mail (RFC 7505). A sending domain needs to receive replies and bounces, and many receivers reject mail from a domain that cannot receive. Replace it with your mail provider's MX records.`
		}];
		if (others.length) findings.push({
			severity: "warning",
			code: "null_mx_mixed",
			message: `The null MX is published beside other MX records (${others.map((r) => normName(r.exchange)).join(", ")}); RFC 7505 says a null MX must be the only one. Remove the "0 ." record.`
		});
		return {
			...base,
			status: "error",
			null_mx: true,
			findings,
			records: sorted.map((r) => ({
				exchange: normName(r.exchange) || ".",
				priority: r.priority,
				addresses: [],
				cname: null
			}))
		};
	}
	if (sorted.length === 0) {
		const [a, aaaa] = await Promise.all([ask$1(lookup, domain, "A"), ask$1(lookup, domain, "AAAA")]);
		const failures = [a, aaaa].filter((r) => r instanceof DnsError);
		const addresses = [a, aaaa].flatMap((r) => r instanceof DnsError ? [] : r.records);
		if (addresses.length) return {
			...base,
			implicit_mx: true,
			status: "warning",
			records: [],
			findings: [{
				severity: "warning",
				code: "mx_missing",
				message: `${domain} has no MX record, so senders fall back to its A/AAAA address (${addresses.join(", ")}), usually a web server that does not accept mail. Publish MX records for your mail provider so replies and bounces arrive.`
			}]
		};
		if (failures.length) return {
			...base,
			status: "unknown",
			findings: failures.map(dnsFailure)
		};
		return {
			...base,
			status: "error",
			findings: [{
				severity: "error",
				code: "mx_missing",
				message: `${domain} has no MX record and no address, so it cannot receive mail: replies and bounces to it are lost, and many receivers reject mail from such a domain. Publish MX records for your mail provider.`
			}]
		};
	}
	const outcomes = await Promise.all(sorted.map((r) => inspectTarget(r, lookup)));
	const findings = outcomes.flatMap((o) => o.findings);
	const provider = detectProviderFromMx(sorted);
	if (provider === "google" || provider === "microsoft") findings.push({
		severity: "info",
		code: "mx_provider",
		message: `Mail for ${domain} is received by ${provider === "google" ? "Google Workspace" : "Microsoft 365"}.`
	});
	return {
		...base,
		status: statusOf(findings, outcomes.some((o) => o.incomplete)),
		records: outcomes.map((o) => o.host),
		provider,
		findings
	};
}
// electron/core/audit/ip.ts
/** Canonical text of an IP (IPv6 fully expanded, lowercase; IPv4-mapped IPv6 → IPv4); null if invalid. */
function canonicalIp(ip) {
	const s = ip.trim().replace(/^\[|\]$/g, "");
	if (net.isIPv4(s)) return s.split(".").map(Number).join(".");
	if (!net.isIPv6(s)) return null;
	const full = expandIpv6(s);
	if (full.startsWith("0000:0000:0000:0000:0000:ffff:")) {
		const [hi = 0, lo = 0] = full.split(":").slice(6).map((h) => parseInt(h, 16));
		return [
			hi >> 8,
			hi & 255,
			lo >> 8,
			lo & 255
		].join(".");
	}
	return full;
}
function expandIpv6(s) {
	let text = s.toLowerCase();
	const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
	if (quad) {
		const [a, b, c, d] = quad.slice(1).map(Number);
		text = text.slice(0, quad.index) + `${(a << 8 | b).toString(16)}:${(c << 8 | d).toString(16)}`;
	}
	const [head = "", tail] = text.split("::");
	const left = head ? head.split(":") : [];
	const right = tail !== void 0 && tail !== "" ? tail.split(":") : [];
	const fill = tail === void 0 ? [] : new Array(8 - left.length - right.length).fill("0");
	return [
		...left,
		...fill,
		...right
	].map((h) => h.padStart(4, "0")).join(":");
}
/** Labels in reverse order, without a suffix: 4.3.2.1 for 1.2.3.4, 32 nibbles for IPv6. */
function reversedLabels(ip) {
	const c = canonicalIp(ip);
	if (c === null) return null;
	if (net.isIPv4(c)) return c.split(".").reverse().join(".");
	return c.replace(/:/g, "").split("").reverse().join(".");
}
/** The PTR question name: 4.3.2.1.in-addr.arpa or <nibbles>.ip6.arpa. */
function reverseDnsName(ip) {
	const c = canonicalIp(ip);
	const labels = reversedLabels(ip);
	if (c === null || labels === null) return null;
	return `${labels}.${net.isIPv4(c) ? "in-addr.arpa" : "ip6.arpa"}`;
}
// electron/core/audit/ptr.ts
const MAX_NAMES$1 = DNS_LIMITS.ptrNamesPerIp;
const GMAIL = "Gmail requires every sending IP to have a PTR record whose host name resolves back to the same IP (forward-confirmed reverse DNS)";
const GENERIC$1 = /(^|[.-])(dyn|dynamic|dhcp|pool|dsl|adsl|cable|ppp|pppoe|broadband|customer|client|unassigned)[0-9-]*([.-]|$)/;
function looksGeneric(name, ip) {
	const first = name.split(".")[0] ?? "";
	const octets = ip.split(".");
	const reversed = [...octets].reverse();
	const dotted = `.${name.replace(/-/g, ".")}.`;
	return net.isIPv4(ip) && [octets, reversed].some((o) => dotted.includes(`.${o.join(".")}.`)) || GENERIC$1.test(first);
}
async function checkReverseDns(ipIn, lookup, opts = {}) {
	const ip = canonicalIp(ipIn);
	const reverse = reverseDnsName(ipIn);
	const base = {
		ip: ip ?? ipIn.trim(),
		reverse_name: reverse ?? "",
		ptr: [],
		forward_confirmed: false,
		confirmed_names: [],
		fixes: []
	};
	if (ip === null || reverse === null) return {
		...base,
		status: "error",
		findings: [{
			severity: "error",
			code: "invalid_ip",
			message: `"${ipIn}" is not an IPv4 or IPv6 address.`
		}]
	};
	const hostname = opts.hostname ? normName(opts.hostname) : null;
	const ptrFix = (why) => hostname ? {
		record_name: reverse,
		record_type: "PTR",
		value: hostname,
		note: `${why} A PTR is set by whoever controls the IP (your hosting provider or ISP, often in its control panel), not in your domain's DNS. Make sure ${hostname} also has an A/AAAA record for ${ip}.`
	} : void 0;
	const withFix = (r, fix) => fix ? {
		...r,
		fix,
		fixes: [fix]
	} : r;
	const answer = await ask$1(lookup, reverse, "PTR");
	if (answer instanceof DnsError) return {
		...base,
		status: "unknown",
		findings: [dnsFailure(answer)]
	};
	const names = [...new Set(answer.records.map(normName))];
	if (names.length === 0) return withFix({
		...base,
		status: "error",
		findings: [{
			severity: "error",
			code: "ptr_missing",
			message: `${ip} has no reverse DNS (PTR record). ${GMAIL}, and many other receivers reject mail from IPs without one. Ask your hosting provider or ISP to set the PTR of ${ip} to your mail server's host name${hostname ? ` (${hostname})` : ""}.`
		}]
	}, ptrFix("Gmail rejects mail from IPs without reverse DNS."));
	const family = net.isIPv4(ip) ? "A" : "AAAA";
	const checked = names.slice(0, MAX_NAMES$1);
	const forward = await Promise.all(checked.map((name) => ask$1(lookup, name, family)));
	const confirmed = checked.filter((_, i) => {
		const r = forward[i];
		return r !== void 0 && !(r instanceof DnsError) && r.records.some((addr) => canonicalIp(addr) === ip);
	});
	const failures = forward.filter((r) => r instanceof DnsError);
	const findings = [];
	if (names.length > 1) findings.push({
		severity: "warning",
		code: "ptr_multiple",
		message: `${ip} has ${names.length} PTR records (${names.join(", ")}); some receivers look only at one. Keep a single PTR.`
	});
	if (confirmed.length === 0) {
		if (failures.length) return {
			...base,
			ptr: names,
			status: "unknown",
			findings: [...findings, ...failures.map(dnsFailure)]
		};
		const seen = checked.map((name, i) => {
			const r = forward[i];
			const addrs = r && !(r instanceof DnsError) ? r.records : [];
			return `${name} → ${addrs.length ? addrs.join(", ") : `no ${family} record`}`;
		});
		findings.push({
			severity: "error",
			code: "fcrdns_failed",
			message: `Reverse DNS of ${ip} is not forward-confirmed: ${seen.join("; ")}, not ${ip}. ${GMAIL}. Add ${family === "A" ? "an A" : "an AAAA"} record ${checked[0]} → ${ip} in that host name's DNS, or have your provider change the PTR to a host name that resolves to ${ip}.`
		});
		return withFix({
			...base,
			ptr: names,
			status: "error",
			findings
		}, ptrFix("The current PTR does not resolve back to this IP."));
	}
	const name = confirmed[0];
	if (looksGeneric(name, ip)) findings.push({
		severity: "warning",
		code: "ptr_generic",
		message: `The PTR of ${ip} is ${name}, which looks like an ISP's generic name for a customer line. Receivers treat such names as home connections; ask your provider for a PTR with your own mail host name (e.g. mail.yourdomain).`
	});
	findings.push({
		severity: "info",
		code: "fcrdns_ok",
		message: `Reverse DNS is forward-confirmed: ${ip} → ${name} → ${ip}. (${GMAIL}.)`
	});
	return {
		...base,
		ptr: names,
		forward_confirmed: true,
		confirmed_names: confirmed,
		status: statusOf(findings),
		findings
	};
}
// electron/core/accounts/autoconfig.ts
const PRESETS$1 = {
	google: {
		smtp_host: "smtp.gmail.com",
		imap_host: "imap.gmail.com"
	},
	microsoft: {
		smtp_host: "smtp.office365.com",
		imap_host: "outlook.office365.com"
	}
};
async function autoconfig(email, dns) {
	const domain = (email.split("@").pop() ?? "").toLowerCase();
	const common = {
		domain,
		smtp_port: 587,
		smtp_security: "starttls",
		imap_port: 993,
		imap_security: "tls"
	};
	let mx = [];
	let lookupProblem = null;
	try {
		const answer = await dns.query(domain, "MX");
		mx = [...answer.records].sort((a, b) => a.priority - b.priority).map((r) => r.exchange.toLowerCase());
		if (answer.rcode === "NXDOMAIN") lookupProblem = `${domain} does not exist in DNS`;
	} catch (err) {
		lookupProblem = err instanceof DnsError ? `the MX lookup for ${domain} failed (${err.kind})` : `the MX lookup for ${domain} failed`;
	}
	const provider = detectProviderFromMx(mx.map((exchange, i) => ({
		exchange,
		priority: i
	})));
	if (provider === "google" || provider === "microsoft") return {
		...common,
		...PRESETS$1[provider],
		provider,
		source: "mx",
		mx,
		note: `MX points to ${provider === "google" ? "Google Workspace" : "Microsoft 365"}`
	};
	return {
		...common,
		provider: "smtp",
		source: "guess",
		mx,
		smtp_host: `smtp.${domain}`,
		imap_host: `imap.${domain}`,
		note: lookupProblem ? `Guessed host names: ${lookupProblem}` : `No known provider in MX${mx.length ? ` (${mx[0]})` : ""}; guessed smtp.${domain} / imap.${domain} (mail.${domain} is also common)`
	};
}
const PRESETS = {
	microsoft: {
		provider: "microsoft",
		name: "Microsoft",
		issuer: (tenant) => `https://login.microsoftonline.com/${encodeURIComponent(tenant ?? "organizations")}/v2.0`,
		scopes: [
			"https://outlook.office.com/IMAP.AccessAsUser.All",
			"https://outlook.office.com/SMTP.Send",
			"offline_access",
			"openid",
			"email"
		],
		authParams: {},
		servers: {
			smtp_host: "smtp.office365.com",
			smtp_port: 587,
			smtp_security: "starttls",
			imap_host: "outlook.office365.com",
			imap_port: 993,
			imap_security: "tls"
		}
	},
	google: {
		provider: "google",
		name: "Google",
		issuer: () => "https://accounts.google.com",
		scopes: [
			"https://mail.google.com/",
			"openid",
			"email"
		],
		authParams: {
			access_type: "offline",
			prompt: "consent"
		},
		servers: {
			smtp_host: "smtp.gmail.com",
			smtp_port: 587,
			smtp_security: "starttls",
			imap_host: "imap.gmail.com",
			imap_port: 993,
			imap_security: "tls"
		}
	}
};
/** True for http:// on the loopback interface, the only plain-HTTP authorization server allowed (tests). */
function isLoopbackHttp(url) {
	const u = new URL(url);
	return u.protocol === "http:" && [
		"127.0.0.1",
		"localhost",
		"[::1]"
	].includes(u.hostname);
}
// electron/core/oauth/apps.ts
const isScopeViolation = (err) => err instanceof Error && /UNIQUE constraint failed: index 'oauth_apps_scope'|oauth_apps\.provider/.test(err.message);
function signInAppsHandlers({ db, vault, clock, log }) {
	const mustGet = async (id) => {
		const app = await getApp(db, id);
		if (!app) throw new AppError("not_found", "That sign-in app no longer exists", { field: "id" });
		return app;
	};
	const duplicate = (provider, clientName) => new AppError("duplicate", `There is already a ${PRESETS[provider].name} sign-in app ${clientName ? `for ${clientName}` : "for all clients"}`, {
		field: "agency_client_id",
		fields: { agency_client_id: "one app per provider and client" }
	});
	return {
		"signInApps.list": () => listApps(db),
		"signInApps.save": async (input) => {
			const client = input.agency_client_id ? await getClient(db, input.agency_client_id) : null;
			if (input.agency_client_id && !client) throw new AppError("not_found", "That client does not exist", {
				field: "agency_client_id",
				fields: { agency_client_id: "client not found" }
			});
			const now = isoNow(clock);
			const label = input.label ?? `${PRESETS[input.provider].name}${client ? ` — ${client.name}` : ""}`;
			const fields = {
				provider: input.provider,
				label,
				client_id: input.client_id,
				tenant: input.provider === "microsoft" ? input.tenant ?? null : null,
				issuer: input.issuer ?? null,
				agency_client_id: input.agency_client_id,
				updated_at: now
			};
			if (input.id === void 0) {
				const id = randomUUID();
				const withSecret = typeof input.client_secret === "string";
				if (withSecret) await vault.set(appSecretKey(id), input.client_secret);
				try {
					await insertApp(db, {
						id,
						...fields,
						secret_stored: withSecret ? 1 : 0,
						created_at: now
					});
				} catch (err) {
					if (withSecret) await vault.delete(appSecretKey(id)).catch(() => false);
					if (isScopeViolation(err)) throw duplicate(input.provider, client?.name ?? null);
					throw err;
				}
				log.info("sign-in app added", {
					id,
					provider: input.provider
				});
				return mustGet(id);
			}
			const current = await mustGet(input.id);
			if (current.provider !== input.provider) throw new AppError("invalid_input", "A sign-in app cannot change provider: add a new one", {
				field: "provider",
				fields: { provider: "cannot change" }
			});
			const patch = { ...fields };
			if (typeof input.client_secret === "string") {
				await vault.set(appSecretKey(current.id), input.client_secret);
				patch.secret_stored = 1;
			} else if (input.client_secret === null) patch.secret_stored = 0;
			try {
				await updateApp(db, current.id, patch);
			} catch (err) {
				if (isScopeViolation(err)) throw duplicate(input.provider, client?.name ?? null);
				throw err;
			}
			if (input.client_secret === null) await vault.delete(appSecretKey(current.id)).catch(() => false);
			return mustGet(current.id);
		},
		"signInApps.delete": async ({ id }) => {
			const app = await mustGet(id);
			if (app.account_count > 0) {
				const n = app.account_count;
				throw new AppError("invalid_input", `${n} inbox${n === 1 ? "" : "es"} sign${n === 1 ? "s" : ""} in through this app: sign ${n === 1 ? "it" : "them"} in with another app or delete ${n === 1 ? "it" : "them"} first`, { field: "id" });
			}
			await deleteApp(db, id);
			await vault.delete(appSecretKey(id)).catch(() => false);
			return { deleted: true };
		}
	};
}
/** The app to sign in with: the one asked for, else the client's, else the provider's for everyone. */
async function resolveApp(db, provider, agencyClientId, explicitId) {
	const app = explicitId ? await getAppRow(db, explicitId) : await appFor(db, provider, agencyClientId);
	if (explicitId && !app) throw new AppError("not_found", "That sign-in app no longer exists", { field: "app_id" });
	if (!app) {
		const name = PRESETS[provider].name;
		throw new AppError("invalid_input", `No ${name} sign-in app yet: add your organisation's ${name} app in Settings → Sign-in apps (three steps)`, { field: "provider" });
	}
	if (app.provider !== provider) throw new AppError("invalid_input", `That sign-in app is for ${PRESETS[app.provider].name}`, { field: "app_id" });
	return app;
}
/** Start-up pass: secrets of apps that no longer exist go; flags follow what the keychain holds. */
async function reconcileAppSecrets(db, vault, keys, log) {
	const rows = await appSecretFlags(db);
	const ids = new Set(rows.map((r) => r.id));
	const held = new Set(keys.map(parseAppSecretKey).filter((id) => id !== null));
	let changed = 0;
	for (const id of held) if (!ids.has(id)) {
		await vault.delete(appSecretKey(id));
		changed++;
	}
	for (const row of rows) {
		const stored = held.has(row.id) ? 1 : 0;
		if (stored !== row.secret_stored) {
			await updateApp(db, row.id, { secret_stored: stored });
			changed++;
		}
	}
	if (changed) log.warn("sign-in app secrets reconciled", { changed });
}
// electron/core/oauth/errors.ts
/** A sign-in or token refresh that failed, with the code a probe result or AppError carries. */
var SignInError = class extends Error {
	code;
	constructor(code, message) {
		super(message);
		this.code = code;
		this.name = "SignInError";
	}
};
/** Token-endpoint answers that mean the refresh token is dead: only a new sign-in helps. */
const DEAD_GRANT = /* @__PURE__ */ new Set([
	"invalid_grant",
	"interaction_required",
	"consent_required",
	"login_required"
]);
const UNREACHABLE$1 = /* @__PURE__ */ new Set([
	"ECONNREFUSED",
	"ENOTFOUND",
	"EAI_AGAIN",
	"EHOSTUNREACH",
	"ENETUNREACH",
	"ECONNRESET"
]);
const clip$1 = (s, n = 240) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/[\r\n]+/g, " ");
function causeCode(err) {
	for (let cur = err, i = 0; cur && i < 4; cur = cur.cause, i++) if (typeof cur.code === "string" && cur.code !== "OAUTH_RESPONSE_BODY_ERROR") return cur.code;
}
/** `what` names the step for the message: "refreshing the sign-in", "finishing the sign-in". */
function classifyOAuthError(err, what, host) {
	if (err instanceof SignInError) return err;
	if (err instanceof oidc.ResponseBodyError) {
		const said = `${err.error}${err.error_description ? `: ${clip$1(err.error_description)}` : ""}`;
		if (DEAD_GRANT.has(err.error)) return new SignInError("sign_in_expired", `Sign-in expired — sign in again (the provider said ${said})`);
		if (err.error === "invalid_client" || err.error === "unauthorized_client") return new SignInError("auth_failed", `The provider rejected the sign-in app while ${what} (${said}): check its client ID and secret in Settings → Sign-in apps`);
		return new SignInError("protocol_error", `The provider refused ${what} (${said})`);
	}
	const code = causeCode(err);
	if (code === "OAUTH_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT") return new SignInError("timeout", `No answer from ${host} in time while ${what}`);
	if (code && UNREACHABLE$1.has(code)) return new SignInError("unreachable", `Could not reach ${host} while ${what} (${code})`);
	if (code && /CERT|SSL|TLS/.test(code)) return new SignInError("tls_error", `The TLS connection to ${host} failed while ${what} (${code})`);
	const message = err instanceof Error ? err.message : String(err);
	return new SignInError("protocol_error", `Unexpected answer from ${host} while ${what}: ${clip$1(message)}`);
}
// electron/core/oauth/server-config.ts
const KEEP_MS = 864e5;
const issuerOf = (app) => app.issuer ?? PRESETS[app.provider].issuer(app.tenant);
/** Host of the token endpoint: what refreshes are limited per. */
const tokenHost = (config) => new URL(String(config.serverMetadata().token_endpoint)).host;
function createConfigSource(deps) {
	const cache = /* @__PURE__ */ new Map();
	async function discover(app) {
		const issuer = issuerOf(app);
		const secret = app.secret_stored === 1 ? await deps.vault.get(appSecretKey(app.id)) : null;
		const insecure = isLoopbackHttp(issuer);
		try {
			return await oidc.discovery(new URL(issuer), app.client_id, secret ? { client_secret: secret } : void 0, secret ? oidc.ClientSecretPost(secret) : oidc.None(), {
				timeout: Math.ceil(deps.timeoutMs() / 1e3),
				execute: insecure ? [oidc.allowInsecureRequests] : []
			});
		} catch (err) {
			throw classifyOAuthError(err, "reading its sign-in settings (discovery)", new URL(issuer).host);
		}
	}
	return { get(app) {
		const version = `${app.updated_at}|${app.secret_stored}`;
		const hit = cache.get(app.id);
		const now = deps.clock.now().getTime();
		if (hit && hit.version === version && now - hit.at < KEEP_MS) return hit.config;
		const config = discover(app);
		cache.set(app.id, {
			version,
			at: now,
			config
		});
		config.catch(() => cache.delete(app.id));
		return config;
	} };
}
// electron/core/oauth/tokens.ts
/** Refresh this long before expiry (or halfway through a shorter lifetime). */
const REFRESH_MARGIN_MS = 3e5;
/** When the provider does not say how long a token lives. */
const DEFAULT_LIFETIME_S = 3600;
function createTokenSource(deps) {
	const { db, vault, clock, log } = deps;
	const cache = /* @__PURE__ */ new Map();
	const inflight = /* @__PURE__ */ new Map();
	let refreshes = 0;
	const keep = (accountId, token) => {
		const lifetime = Math.max(1, token.expires_in ?? DEFAULT_LIFETIME_S) * 1e3;
		const refreshAt = clock.now().getTime() + lifetime - Math.min(REFRESH_MARGIN_MS, lifetime / 2);
		cache.set(accountId, {
			token: token.access_token,
			refreshAt
		});
	};
	async function markExpired(accountId) {
		cache.delete(accountId);
		await db.updateTable("accounts").set({ sign_in_expired_at: clock.now().toISOString() }).where("id", "=", accountId).execute();
		await deps.onExpired?.(accountId).catch((err) => log.error("sign-in expiry follow-up failed", {
			id: accountId,
			error: String(err)
		}));
		deps.events.emit("accounts.changed", { ids: [accountId] });
	}
	async function refresh(accountId) {
		const row = await db.selectFrom("accounts").select([
			"auth_method",
			"oauth_app_id",
			"sign_in_expired_at",
			"email"
		]).where("id", "=", accountId).executeTakeFirst();
		if (!row) throw new SignInError("needs_sign_in", "That inbox no longer exists");
		if (row.sign_in_expired_at) throw new SignInError("sign_in_expired", `Sign-in expired — sign in again (the provider refused this inbox's sign-in on ${row.sign_in_expired_at.slice(0, 10)})`);
		const app = row.oauth_app_id ? await getAppRow(db, row.oauth_app_id) : void 0;
		const refreshToken = await vault.get(secretKey(accountId, "oauth"));
		if (row.auth_method !== "oauth" || !app || refreshToken === null) throw new SignInError("needs_sign_in", "Not signed in yet — choose “Sign in” for this inbox");
		const config = await deps.configs.get(app);
		const host = tokenHost(config);
		let tokens;
		try {
			refreshes++;
			tokens = await deps.limiter.run(host, () => oidc.refreshTokenGrant(config, refreshToken));
		} catch (err) {
			const e = classifyOAuthError(err, "refreshing the sign-in", host);
			e.message = scrubSecrets(e.message, [refreshToken]);
			if (e.code === "sign_in_expired") {
				log.warn("sign-in expired", { id: accountId });
				await markExpired(accountId);
			}
			throw e;
		}
		if (tokens.refresh_token && tokens.refresh_token !== refreshToken) await vault.set(secretKey(accountId, "oauth"), tokens.refresh_token);
		keep(accountId, tokens);
		return tokens.access_token;
	}
	return {
		accessToken(accountId, opts = {}) {
			const hit = cache.get(accountId);
			if (hit && opts.rejected !== void 0 && hit.token === opts.rejected) cache.delete(accountId);
			else if (hit && clock.now().getTime() < hit.refreshAt) return Promise.resolve(hit.token);
			const running = inflight.get(accountId);
			if (running) return running;
			const p = refresh(accountId).finally(() => inflight.delete(accountId));
			inflight.set(accountId, p);
			return p;
		},
		remember: keep,
		forget: (accountId) => void cache.delete(accountId),
		refreshCount: () => refreshes
	};
}
// electron/core/oauth/credentials.ts
function createCredentials(deps) {
	return { session(account) {
		const passwords = /* @__PURE__ */ new Map();
		const password = (key) => {
			if (!passwords.has(key)) passwords.set(key, deps.vault.get(key));
			return passwords.get(key);
		};
		const get = async (protocol) => {
			if (account.auth_method === "oauth") return { accessToken: await deps.tokens.accessToken(account.id) };
			const kind = protocol === "imap" && !account.imap_uses_smtp_password ? "imap" : "smtp";
			const found = await password(secretKey(account.id, kind));
			if (found === null) throw new SignInError("auth_failed", `${protocol.toUpperCase()}: no password for this inbox in the keychain — edit the inbox and enter it again`);
			return { password: found };
		};
		return {
			get,
			async run(protocol, attempt, refused) {
				const login = await get(protocol);
				let outcome;
				try {
					outcome = {
						ok: true,
						value: await attempt(login)
					};
				} catch (error) {
					outcome = {
						ok: false,
						error
					};
				}
				if ((outcome.ok ? !!refused.result?.(outcome.value) : !!refused.error?.(outcome.error)) && login.accessToken !== void 0) {
					const fresh = await deps.tokens.accessToken(account.id, { rejected: login.accessToken });
					if (fresh !== login.accessToken) return attempt({ accessToken: fresh });
				}
				if (!outcome.ok) throw outcome.error;
				return outcome.value;
			}
		};
	} };
}
// electron/core/jobs/limiter.ts
var Cancelled = class extends Error {
	constructor() {
		super("cancelled");
		this.name = "Cancelled";
	}
};
function createLimiter(limits) {
	let overall = 0;
	const perHost = /* @__PURE__ */ new Map();
	const waiting = [];
	const canStart = (host) => {
		const l = limits();
		return overall < l.overall && (perHost.get(host) ?? 0) < l.perHost;
	};
	const pump = () => {
		for (let i = 0; i < waiting.length;) {
			const w = waiting[i];
			if (canStart(w.host)) {
				waiting.splice(i, 1);
				w.start();
			} else i++;
		}
	};
	return {
		run(rawHost, task, signal) {
			const host = rawHost.toLowerCase();
			return new Promise((resolve, reject) => {
				const start = () => {
					signal?.removeEventListener("abort", onAbort);
					overall++;
					perHost.set(host, (perHost.get(host) ?? 0) + 1);
					let running;
					try {
						running = task();
					} catch (err) {
						running = Promise.reject(err);
					}
					running.then(resolve, reject).finally(() => {
						overall--;
						const n = (perHost.get(host) ?? 1) - 1;
						if (n === 0) perHost.delete(host);
						else perHost.set(host, n);
						pump();
					});
				};
				const entry = {
					host,
					start,
					signal
				};
				const onAbort = () => {
					const i = waiting.indexOf(entry);
					if (i >= 0) waiting.splice(i, 1);
					reject(new Cancelled());
				};
				if (signal?.aborted) return reject(new Cancelled());
				signal?.addEventListener("abort", onAbort, { once: true });
				waiting.push(entry);
				pump();
			});
		},
		active: () => ({
			overall,
			perHost: Object.fromEntries(perHost)
		})
	};
}
// electron/core/jobs/index.ts
const KEEP_FINISHED = 50;
function createJobs(deps) {
	const jobs = /* @__PURE__ */ new Map();
	const snapshot = (info) => ({
		...info,
		results: [...info.results]
	});
	const emit = (info) => deps.events.emit("job.progress", {
		id: info.id,
		kind: info.kind,
		status: info.status,
		total: info.total,
		done: info.done,
		failed: info.failed
	});
	const prune = () => {
		const finished = [...jobs.values()].filter((j) => j.info.status !== "running");
		for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(j.info.id);
	};
	const find = (id) => {
		const job = jobs.get(id);
		if (!job) throw new AppError("not_found", `job ${id} not found`, { field: "id" });
		return job;
	};
	const create = (kind, total) => ({
		id: randomUUID(),
		kind,
		status: "running",
		total,
		done: 0,
		failed: 0,
		started_at: deps.clock.now().toISOString(),
		finished_at: null,
		results: [],
		message: null,
		result: null
	});
	const finish = (info, controller) => {
		info.status = controller.signal.aborted ? "cancelled" : "done";
		info.finished_at = deps.clock.now().toISOString();
		emit(info);
		prune();
	};
	const failWith = (info) => (err) => {
		info.status = "failed";
		info.message = err instanceof AppError ? err.message : "The job stopped on an unexpected error; the log has details.";
		if (!(err instanceof AppError)) deps.log.error("job failed", {
			job: info.id,
			error: err instanceof Error ? err.stack : String(err)
		});
		info.finished_at = deps.clock.now().toISOString();
		emit(info);
	};
	const register = (info, controller, done) => {
		jobs.set(info.id, {
			info,
			controller,
			done
		});
		emit(info);
		return snapshot(info);
	};
	return {
		run(kind, total, task) {
			const controller = new AbortController();
			const info = create(kind, total);
			let lastEmitted = 0;
			const ctx = {
				signal: controller.signal,
				setTotal(n) {
					info.total = n;
					emit(info);
				},
				advance(done, failed = 0, failures = []) {
					info.done += done;
					info.failed += failed;
					info.results.push(...failures);
					const step = Math.max(1, Math.floor(info.total / 200));
					if (info.done - lastEmitted >= step || info.done >= info.total) {
						lastEmitted = info.done;
						emit(info);
					}
				}
			};
			const done = (async () => {
				await Promise.resolve();
				info.result = await task(ctx);
				finish(info, controller);
			})().catch((err) => failWith(info)(err));
			return register(info, controller, done);
		},
		start(kind, items, work) {
			const controller = new AbortController();
			const info = create(kind, items.length);
			const run = async () => {
				await Promise.all(items.map(async (item) => {
					try {
						const { result, failed } = await work(item, controller.signal);
						info.results.push(result);
						info.done++;
						if (failed) info.failed++;
						emit(info);
					} catch (err) {
						if (err instanceof Cancelled || controller.signal.aborted) return;
						info.done++;
						info.failed++;
						deps.log.error("job item failed", {
							job: info.id,
							error: err instanceof Error ? err.message : String(err)
						});
						emit(info);
					}
				}));
				finish(info, controller);
			};
			return register(info, controller, run().catch(failWith(info)));
		},
		get: (id) => snapshot(find(id).info),
		cancel(id) {
			const job = find(id);
			if (job.info.status === "running") job.controller.abort();
			return snapshot(job.info);
		},
		async settled(id) {
			const job = find(id);
			await job.done;
			return snapshot(job.info);
		},
		running: () => [...jobs.values()].filter((j) => j.info.status === "running").length,
		async cancelAll() {
			for (const j of jobs.values()) j.controller.abort();
			await Promise.all([...jobs.values()].map((j) => j.done));
		}
	};
}
// electron/core/oauth/loopback.ts
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function resultPage(ok, message) {
	const title = ok ? "Inbox connected" : "Sign-in not completed";
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inboxfleet — ${title}</title></head><body style="font:16px system-ui,sans-serif;margin:48px auto;max-width:560px"><h1>${title}</h1><p>${escapeHtml(message)}</p><p>You can close this tab and return to Inboxfleet.</p></body></html>`;
}
async function openRedirectListener() {
	const server = http.createServer();
	let expected = null;
	let deliver = null;
	let done = false;
	const close = () => {
		done = true;
		server.close();
		server.closeAllConnections();
	};
	server.on("request", (req, res) => {
		const send = (status, body) => {
			res.writeHead(status, {
				"content-type": "text/html; charset=utf-8",
				"cache-control": "no-store",
				connection: "close"
			});
			res.end(body);
		};
		const url = new URL(req.url ?? "/", "http://127.0.0.1");
		if (req.method !== "GET" || url.pathname !== "/") return send(404, "Not found");
		if (done || !deliver || url.searchParams.get("state") !== expected) return send(400, resultPage(false, "This sign-in link is not the one Inboxfleet is waiting for. Start the sign-in again from the app."));
		const take = deliver;
		deliver = null;
		take({
			url: new URL(req.url ?? "/", redirectUri),
			respond: (ok, message) => {
				send(ok ? 200 : 400, resultPage(ok, message));
				close();
			}
		});
	});
	await new Promise((resolve, reject) => {
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => {
			server.off("error", reject);
			resolve();
		});
	});
	const redirectUri = `http://127.0.0.1:${server.address().port}/`;
	return {
		redirectUri,
		close,
		next(state, { signal, timeoutMs }) {
			expected = state;
			return new Promise((resolve, reject) => {
				const finish = () => {
					clearTimeout(timer);
					signal.removeEventListener("abort", onAbort);
				};
				const timer = setTimeout(() => {
					finish();
					deliver = null;
					close();
					reject(new SignInError("timeout", `No answer from the browser within ${Math.round(timeoutMs / 1e3)} s — start the sign-in again`));
				}, timeoutMs);
				const onAbort = () => {
					finish();
					deliver = null;
					close();
					reject(new Cancelled());
				};
				if (signal.aborted) return onAbort();
				signal.addEventListener("abort", onAbort, { once: true });
				deliver = (hit) => {
					finish();
					resolve(hit);
				};
			});
		}
	};
}
// electron/core/oauth/flow.ts
/** The user said no (or the provider refused before asking). */
var AuthorizationDenied = class extends Error {
	error;
	constructor(error, message) {
		super(message);
		this.error = error;
		this.name = "AuthorizationDenied";
	}
};
const looksLikeAddress = (v) => typeof v === "string" && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
async function authorize(args) {
	const { config, preset } = args;
	const listener = await openRedirectListener();
	const verifier = oidc.randomPKCECodeVerifier();
	const state = oidc.randomState();
	const nonce = oidc.randomNonce();
	const url = oidc.buildAuthorizationUrl(config, {
		redirect_uri: listener.redirectUri,
		scope: preset.scopes.join(" "),
		code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
		code_challenge_method: "S256",
		state,
		nonce,
		...preset.authParams,
		...args.loginHint ? { login_hint: args.loginHint } : {}
	}).href;
	const waiting = listener.next(state, {
		signal: args.signal,
		timeoutMs: args.timeoutMs
	});
	waiting.catch(() => void 0);
	args.onPrompt(url, "waiting");
	try {
		await args.openUrl(url);
	} catch (err) {
		listener.close();
		throw new SignInError("protocol_error", `Could not open the browser (${err instanceof Error ? err.message : String(err)}): open the sign-in page yourself from the app`);
	}
	const hit = await waiting;
	args.onPrompt(url, "received");
	const error = hit.url.searchParams.get("error");
	if (error) {
		const described = hit.url.searchParams.get("error_description");
		const message = error === "access_denied" ? "Access was not allowed at the sign-in page" : `The provider ended the sign-in: ${error}${described ? ` (${described.slice(0, 200)})` : ""}`;
		hit.respond(false, message);
		throw new AuthorizationDenied(error, message);
	}
	try {
		const tokens = await oidc.authorizationCodeGrant(config, hit.url, {
			pkceCodeVerifier: verifier,
			expectedState: state,
			expectedNonce: nonce
		});
		const claims = tokens.claims();
		return {
			tokens,
			email: [
				claims?.["email"],
				claims?.["preferred_username"],
				claims?.["upn"]
			].find(looksLikeAddress)?.toLowerCase() ?? null,
			respond: hit.respond
		};
	} catch (err) {
		const e = classifyOAuthError(err, "finishing the sign-in", new URL(String(config.serverMetadata().token_endpoint)).host);
		hit.respond(false, e.message);
		throw e;
	}
}
// electron/core/oauth/sign-in.ts
/** One browser sign-in at a time within a sitting. */
function queue() {
	let tail = Promise.resolve();
	return async (fn) => {
		const prev = tail;
		let release;
		tail = new Promise((r) => release = r);
		await prev;
		try {
			return await fn();
		} finally {
			release();
		}
	};
}
function signInHandler(deps) {
	const { db, vault, clock, events, log, jobs } = deps;
	async function items(input) {
		const { provider } = input;
		if (input.account_ids) {
			const out = [];
			for (const id of [...new Set(input.account_ids)]) {
				const account = await getAccount(db, id);
				if (!account) throw new AppError("not_found", "One of the selected inboxes no longer exists; nothing was started", { field: "account_ids" });
				out.push({
					hint: account.email.toLowerCase(),
					existing: account,
					app: await resolveApp(db, provider, account.client_id, input.app_id)
				});
			}
			return out;
		}
		const emails = input.emails.length ? [...new Set(input.emails)] : [null];
		const out = [];
		for (const email of emails) {
			const id = email ? await findAccountIdByEmail(db, email) : void 0;
			const existing = id ? await getAccount(db, id) ?? null : null;
			out.push({
				hint: email,
				existing,
				app: await resolveApp(db, provider, existing?.client_id ?? input.client_id, input.app_id)
			});
		}
		return out;
	}
	/** Keeps the refresh token, then creates the inbox or switches the existing one to sign-in. */
	async function save(input, item, email, refreshToken) {
		const now = isoNow(clock);
		const servers = {
			...input.smtp_host ? { smtp_host: input.smtp_host.toLowerCase() } : {},
			...input.smtp_port ? { smtp_port: input.smtp_port } : {},
			...input.smtp_security ? { smtp_security: input.smtp_security } : {},
			...input.imap_host ? { imap_host: input.imap_host.toLowerCase() } : {},
			...input.imap_port ? { imap_port: input.imap_port } : {},
			...input.imap_security ? { imap_security: input.imap_security } : {}
		};
		const signedIn = {
			auth_method: "oauth",
			provider: input.provider,
			oauth_app_id: item.app.id,
			oauth_token_stored: 1,
			sign_in_expired_at: null,
			smtp_username: email,
			imap_username: email,
			smtp_password_stored: 0,
			imap_password_stored: 0,
			imap_uses_smtp_password: 1
		};
		const existingId = item.existing?.id ?? await findAccountIdByEmail(db, email);
		if (existingId) {
			await vault.set(secretKey(existingId, "oauth"), refreshToken);
			await updateAccountRow(db, existingId, {
				...signedIn,
				...servers,
				updated_at: now
			});
			deps.tokens.forget(existingId);
			for (const p of ["smtp", "imap"]) await vault.delete(secretKey(existingId, p)).catch((err) => log.warn("password left for the start-up pass", {
				id: existingId,
				reason: String(err)
			}));
			return existingId;
		}
		const id = randomUUID();
		const defaults = accountCreateSchema.parse({
			email,
			display_name: input.display_name && input.emails.length <= 1 ? input.display_name : email.split("@")[0],
			provider: input.provider,
			...PRESETS[input.provider].servers,
			...servers,
			auth_method: "oauth",
			client_id: input.client_id,
			tags: input.tags,
			allow_self_signed: input.allow_self_signed,
			...input.daily_limit ? { daily_limit: input.daily_limit } : {},
			test: false
		});
		await vault.set(secretKey(id, "oauth"), refreshToken);
		try {
			await insertAccount(db, {
				...newAccountRow(id, defaults, now),
				...signedIn
			});
		} catch (err) {
			await vault.delete(secretKey(id, "oauth")).catch(() => false);
			throw err;
		}
		return id;
	}
	async function signInOne(input, item, signal, prompt) {
		const result = (outcome, message, extra = {}) => ({
			requested: item.hint,
			email: null,
			account_id: item.existing?.id ?? null,
			ok: outcome === "connected",
			outcome,
			message,
			test: null,
			...extra
		});
		let authorized;
		try {
			authorized = await authorize({
				config: await deps.configs.get(item.app),
				preset: PRESETS[input.provider],
				loginHint: item.hint,
				openUrl: deps.openUrl,
				onPrompt: prompt,
				signal,
				timeoutMs: deps.settings.current().sign_in_timeout_ms
			});
		} catch (err) {
			if (err instanceof Cancelled) throw err;
			if (err instanceof AuthorizationDenied) return result(err.error === "access_denied" ? "declined" : "failed", err.message);
			if (err instanceof SignInError) return result(err.code === "timeout" && /browser/.test(err.message) ? "timeout" : "failed", err.message);
			throw err;
		}
		const { tokens } = authorized;
		const email = authorized.email ?? item.hint;
		if (!email) {
			authorized.respond(false, "The provider did not say which address signed in.");
			return result("failed", "The provider did not say which address signed in: type the address and sign in again");
		}
		if (item.hint && email !== item.hint) {
			const message = `You signed in as ${email}, not ${item.hint}: sign in again and pick ${item.hint}`;
			authorized.respond(false, message);
			return result("mismatch", message, { email });
		}
		if (!tokens.refresh_token) {
			const message = "The provider gave no refresh token, so the app could not stay signed in (Microsoft: the app needs offline_access)";
			authorized.respond(false, message);
			return result("failed", message, { email });
		}
		let accountId;
		try {
			accountId = await save(input, item, email, tokens.refresh_token);
		} catch (err) {
			const message = err instanceof AppError ? err.message : "The inbox could not be saved (the log has details)";
			if (!(err instanceof AppError)) log.error("saving a signed-in inbox failed", { error: err instanceof Error ? err.message : String(err) });
			authorized.respond(false, message);
			return result("failed", message, { email });
		}
		authorized.respond(true, `${email} is connected to Inboxfleet.`);
		deps.tokens.remember(accountId, tokens);
		log.info("inbox signed in", {
			id: accountId,
			provider: input.provider
		});
		await deps.onSignInChanged?.(accountId);
		events.emit("accounts.changed", { ids: [accountId] });
		if (!input.test) return result("connected", `${email} is signed in`, {
			email,
			account_id: accountId
		});
		const test = await deps.tester.test(await requireAccount(db, accountId), signal);
		return {
			...result("connected", test.ok ? `${email} is signed in; SMTP and IMAP work` : `${email} is signed in, but the connection test failed`, {
				email,
				account_id: accountId,
				test
			}),
			ok: test.ok
		};
	}
	return async (input) => {
		if (!deps.openUrl) throw new AppError("invalid_input", "This copy of Inboxfleet cannot open a browser to sign in: use the desktop app", { field: "provider" });
		const list = await items(input);
		const turn = queue();
		let index = 0;
		const job = jobs.start("accounts.signIn", list, (item, signal) => turn(async () => {
			if (signal.aborted) throw new Cancelled();
			const position = ++index;
			const r = await signInOne(input, item, signal, (url, status) => events.emit("signIn.prompt", {
				job_id: job.id,
				index: position,
				total: list.length,
				email: item.hint,
				url,
				status
			}));
			return {
				result: r,
				failed: !r.ok
			};
		}));
		return {
			job_id: job.id,
			total: list.length
		};
	};
}
// electron/core/oauth/readiness.ts
const SEVERITY = {
	blocked: 0,
	warning: 1,
	ok: 2
};
async function readinessAudit(db, today, q) {
	let query = db.selectFrom("accounts").leftJoin("clients", "clients.id", "accounts.client_id").select([
		"accounts.id",
		"accounts.email",
		"accounts.provider",
		"accounts.smtp_host",
		"accounts.imap_host",
		"accounts.auth_method",
		"clients.name as client_name"
	]);
	if (q.id) query = query.where("accounts.id", "=", q.id);
	const counts = {
		ok: 0,
		warning: 0,
		blocked: 0
	};
	const byKind = Object.fromEntries(MAIL_HOST_KINDS.map((k) => [k, {
		password: 0,
		oauth: 0
	}]));
	const items = [];
	let total = 0;
	for await (const row of query.stream(1e3)) {
		total++;
		const auth = row.auth_method === "oauth" ? "oauth" : "password";
		const readiness = basicAuthReadiness({
			...row,
			auth_method: auth
		}, today);
		counts[readiness.level]++;
		byKind[readiness.kind][auth]++;
		if (q.id || readiness.level !== "ok") items.push({
			account_id: row.id,
			email: row.email,
			client_name: row.client_name,
			readiness
		});
	}
	if (q.id && total === 0) throw new AppError("not_found", "That inbox no longer exists", { field: "id" });
	items.sort((a, b) => SEVERITY[a.readiness.level] - SEVERITY[b.readiness.level] || a.email.localeCompare(b.email));
	return {
		as_of: today,
		timeline: BASIC_AUTH_TIMELINE,
		total,
		counts,
		by_kind: byKind,
		items: items.slice(0, q.limit),
		items_total: items.length
	};
}
// electron/core/probe/deadline.ts
var DeadlineExceeded = class extends Error {
	ms;
	constructor(ms) {
		super(`no result within ${Math.round(ms / 1e3)} s`);
		this.ms = ms;
		this.name = "DeadlineExceeded";
	}
};
/** Runs `work`; after `ms` calls `abort` (to close sockets) and rejects with DeadlineExceeded. */
function withDeadline(work, ms, abort) {
	let timer;
	const deadline = new Promise((_, reject) => {
		timer = setTimeout(() => {
			try {
				abort();
			} finally {
				reject(new DeadlineExceeded(ms));
			}
		}, ms);
	});
	work.catch(() => void 0);
	return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
// electron/core/probe/classify.ts
const CERT_MESSAGES = {
	DEPTH_ZERO_SELF_SIGNED_CERT: "the server presented a self-signed certificate",
	SELF_SIGNED_CERT_IN_CHAIN: "the certificate chain ends in a self-signed certificate that is not trusted",
	CERT_HAS_EXPIRED: "the server certificate has expired",
	CERT_NOT_YET_VALID: "the server certificate is not valid yet",
	ERR_TLS_CERT_ALTNAME_INVALID: "the certificate does not match the host name",
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the certificate is not signed by a trusted authority",
	UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the certificate is not signed by a trusted authority",
	UNABLE_TO_GET_ISSUER_CERT: "the certificate is not signed by a trusted authority",
	CERT_REVOKED: "the certificate has been revoked"
};
const UNREACHABLE = {
	ENOTFOUND: "the host name does not exist in DNS",
	EAI_AGAIN: "the host name could not be resolved (DNS failure)",
	EDNS: "the host name could not be resolved (DNS failure)",
	ECONNREFUSED: "the connection was refused (nothing listens on that port)",
	EHOSTUNREACH: "the host cannot be reached",
	ENETUNREACH: "the network is unreachable",
	EADDRNOTAVAIL: "the address is not available"
};
const clip = (s, n = 300) => s ? (s.length > n ? `${s.slice(0, n)}…` : s).replace(/[\r\n]+/g, " ").trim() : null;
/** Codes of this error and the errors it wraps. */
function codesOf(e) {
	const out = [];
	for (let cur = e, i = 0; cur && i < 4; cur = cur._err ?? cur.cause, i++) {
		if (cur.code) out.push(cur.code);
		if (cur.originalCode) out.push(cur.originalCode);
	}
	return out;
}
function classifyProbeError(err, proto, stepHint) {
	const name = proto.toUpperCase();
	if (err instanceof DeadlineExceeded) return {
		code: "timeout",
		message: `${name} check gave ${err.message} (at ${stepHint}); the server is too slow or stalls`,
		step: stepHint,
		server_response: null
	};
	const e = typeof err === "object" && err !== null ? err : { message: String(err) };
	const codes = codesOf(e);
	const msg = e.message ?? "";
	const response = clip(e.response ?? e.responseText);
	const cert = codes.find((c) => c in CERT_MESSAGES);
	if (cert) return {
		code: "tls_error",
		message: `${name}: ${CERT_MESSAGES[cert]} (${cert})`,
		step: "tls",
		server_response: null
	};
	if (e.authenticationFailed || codes.includes("EAUTH") || codes.includes("AUTHENTICATIONFAILED") || e.serverResponseCode === "AUTHENTICATIONFAILED") return {
		code: "auth_failed",
		message: /not supported|no auth|authentication not/i.test(msg) ? `${name}: the server does not offer a login method the app can use` : `${name}: the server rejected the username or password — check them (Google and Microsoft need an app password when 2-step verification is on)`,
		step: "auth",
		server_response: response
	};
	const timeout = codes.find((c) => [
		"ETIMEDOUT",
		"CONNECT_TIMEOUT",
		"GREETING_TIMEOUT",
		"ETIMEOUT",
		"SOCKET_TIMEOUT"
	].includes(c));
	if (timeout || /timeout|timed out/i.test(msg)) {
		const kind = e.timeoutType ?? timeout ?? "";
		const step = /GREETING/.test(kind) || /greeting/i.test(msg) ? "greeting" : /CONN|CONNECT/.test(kind) || /connection timeout/i.test(msg) ? "connect" : stepHint;
		return {
			code: "timeout",
			message: `${name}: no answer in time while waiting for the ${step === "connect" ? "connection" : step} — check host, port and firewall`,
			step,
			server_response: null
		};
	}
	const unreachable = codes.find((c) => c in UNREACHABLE);
	if (unreachable) return {
		code: "unreachable",
		message: `${name}: ${UNREACHABLE[unreachable]} (${unreachable})`,
		step: "connect",
		server_response: null
	};
	if (codes.some((c) => c === "ETLS" || c === "EPROTO" || c.startsWith("ERR_SSL") || c.startsWith("ERR_TLS")) || /TLS|SSL|handshake|wrong version number/i.test(msg)) return {
		code: "tls_error",
		message: `${name}: the TLS handshake failed — ${clip(msg, 160)}. Check the port and security setting (implicit TLS vs STARTTLS)`,
		step: "tls",
		server_response: response
	};
	if (codes.includes("ECONNRESET") || /closed|socket hang up|ended/i.test(msg) || codes.includes("NoConnection") || codes.includes("ECONNECTION")) return {
		code: "protocol_error",
		message: `${name}: the server closed the connection (${stepHint === "connect" ? "before greeting" : `during ${stepHint}`})${response ? `: ${response}` : ""}`,
		step: stepHint,
		server_response: response
	};
	return {
		code: "protocol_error",
		message: `${name}: unexpected reply from the server — ${clip(msg, 200) ?? "unknown error"}`,
		step: stepHint,
		server_response: response
	};
}
// electron/core/probe/peer-certificate.ts
const MAX_PREAMBLE = 65536;
const toPem = (raw) => `-----BEGIN CERTIFICATE-----\n${raw.toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "")}\n-----END CERTIFICATE-----\n`;
function chainRoot(cert) {
	let c = cert;
	const seen = /* @__PURE__ */ new Set();
	while (c.issuerCertificate && c.issuerCertificate !== c && !seen.has(c)) {
		seen.add(c);
		c = c.issuerCertificate;
	}
	return c;
}
/** Reads lines until `done(line)` is true; rejects on close, overflow or timeout. */
function readUntil(socket, done) {
	return new Promise((resolve, reject) => {
		let buf = "";
		const cleanup = () => {
			socket.off("data", onData);
			socket.off("close", onClose);
			socket.off("error", onClose);
		};
		const onClose = () => {
			cleanup();
			reject(/* @__PURE__ */ new Error("connection closed during STARTTLS"));
		};
		const onData = (chunk) => {
			buf += chunk.toString("latin1");
			if (buf.length > MAX_PREAMBLE) {
				cleanup();
				reject(/* @__PURE__ */ new Error("server reply too long"));
				return;
			}
			const lines = buf.split(/\r?\n/);
			buf = lines.pop() ?? "";
			if (lines.some(done)) {
				cleanup();
				resolve();
			}
		};
		socket.on("data", onData);
		socket.once("close", onClose);
		socket.once("error", onClose);
	});
}
async function startTls(socket, protocol) {
	if (protocol === "smtp") {
		await readUntil(socket, (l) => /^220 /.test(l));
		socket.write("EHLO inboxfleet.invalid\r\n");
		await readUntil(socket, (l) => /^\d{3} /.test(l));
		socket.write("STARTTLS\r\n");
		await readUntil(socket, (l) => /^\d{3} /.test(l));
	} else {
		await readUntil(socket, (l) => /^\* (OK|PREAUTH)/i.test(l));
		socket.write("a1 STARTTLS\r\n");
		await readUntil(socket, (l) => /^a1 /i.test(l));
	}
}
async function fetchPeerCertificate(target) {
	let plain;
	let secure;
	const timer = setTimeout(() => {
		plain?.destroy();
		secure?.destroy();
	}, target.timeoutMs);
	try {
		const tlsOpts = {
			servername: net.isIP(target.host) ? void 0 : target.host,
			rejectUnauthorized: false,
			ca: target.ca
		};
		if (target.security === "starttls") {
			plain = net.connect({
				host: target.host,
				port: target.port
			});
			await new Promise((resolve, reject) => {
				plain.once("connect", resolve);
				plain.once("error", reject);
				plain.once("close", () => reject(/* @__PURE__ */ new Error("connection closed")));
			});
			await startTls(plain, target.protocol);
		}
		secure = tls.connect(plain ? {
			socket: plain,
			...tlsOpts
		} : {
			host: target.host,
			port: target.port,
			...tlsOpts
		});
		await new Promise((resolve, reject) => {
			secure.once("secureConnect", resolve);
			secure.once("error", reject);
			secure.once("close", () => reject(/* @__PURE__ */ new Error("connection closed during TLS handshake")));
		});
		const cert = secure.getPeerCertificate(true);
		const root = cert?.raw ? chainRoot(cert) : null;
		const authErr = secure.authorizationError;
		return {
			info: certificateInfo(cert),
			rootPem: root?.raw ? toPem(root.raw) : null,
			authorizationError: authErr ? String(authErr.code ?? authErr) : null
		};
	} finally {
		clearTimeout(timer);
		secure?.destroy();
		plain?.destroy();
	}
}
// electron/core/probe/smtp.ts
/** A logger that keeps only what the server said; client lines (which carry AUTH) are dropped. */
function serverLineLogger(capture) {
	const keep = (entry, message) => {
		if (entry?.tnx === "server" && typeof message === "string" && capture.lines.length < 200) {
			for (const line of message.split(/\r?\n/)) if (line) capture.lines.push(line.slice(0, 500));
		}
	};
	const noop = () => void 0;
	return {
		trace: noop,
		debug: keep,
		info: noop,
		warn: noop,
		error: noop,
		fatal: noop
	};
}
function smtpOptions(target, t, trust) {
	return {
		host: target.host,
		port: target.port,
		secure: target.security === "tls",
		requireTLS: target.security === "starttls",
		ignoreTLS: target.security === "none",
		connectionTimeout: t.connectTimeoutMs,
		greetingTimeout: t.greetingTimeoutMs,
		socketTimeout: t.socketTimeoutMs,
		dnsTimeout: t.connectTimeoutMs,
		name: "inboxfleet.local",
		tls: tlsOptions(trust)
	};
}
function smtpHandshake(target, t, trust, onConnection) {
	const capture = { lines: [] };
	const conn = new SMTPConnection({
		...smtpOptions(target, t, trust),
		logger: serverLineLogger(capture),
		transactionLog: true
	});
	onConnection(() => conn.close());
	let step = "connect";
	let tap = tapFirstBytes(null);
	return new Promise((resolve, reject) => {
		let settled = false;
		const fail = (err) => {
			if (settled) return;
			settled = true;
			conn.close();
			reject(new StepError(step, err, tap.text()));
		};
		conn.once("error", fail);
		conn.once("end", () => fail(/* @__PURE__ */ new Error("Connection closed")));
		conn.connect((err) => {
			if (err) return fail(err);
			const socket = conn._socket;
			const secure = socket && typeof socket.getProtocol === "function";
			const ehlo = lastEhloBlock(capture.lines);
			const authLine = ehlo.find((l) => /^AUTH[ =]/i.test(l));
			const facts = {
				greeting: capture.lines[0] ?? null,
				tls_version: secure ? socket.getProtocol() ?? null : null,
				auth_methods: authLine ? authLine.slice(5).trim().split(/\s+/).map((m) => m.toUpperCase()) : [],
				capabilities: ehlo,
				certificate: secure ? certificateInfo(socket.getPeerCertificate()) : null
			};
			if (!conn.allowsAuth) {
				settled = true;
				conn.quit();
				resolve(facts);
				return;
			}
			step = "auth";
			conn.login(smtpCredentials(target), (loginErr) => {
				if (loginErr) return fail(loginErr);
				if (settled) return;
				settled = true;
				conn.quit();
				resolve(facts);
			});
		});
		tap = tapFirstBytes(conn._socket);
	});
}
/** Password (PLAIN/LOGIN) or, with an access token, XOAUTH2 (a refused token is not renewed here). */
function smtpCredentials(target) {
	if (target.accessToken === void 0) return {
		user: target.username,
		pass: target.password
	};
	return {
		user: target.username,
		method: "XOAUTH2",
		oauth2: new XOAuth2({
			user: target.username,
			accessToken: target.accessToken
		})
	};
}
/** Extension keywords of the last EHLO answer (after STARTTLS the server announces them again). */
function lastEhloBlock(lines) {
	const block = [];
	for (let i = lines.length - 1; i >= 0 && /^250[ -]/.test(lines[i] ?? ""); i--) block.unshift(lines[i].slice(4).trim());
	return block.slice(1);
}
// electron/core/probe/send.ts
async function sendOnce(target, t, trust) {
	const transport = nodemailer.createTransport({
		...smtpOptions(target, t, trust),
		auth: target.accessToken !== void 0 ? {
			type: "OAuth2",
			user: target.username,
			accessToken: target.accessToken
		} : {
			user: target.username,
			pass: target.password
		}
	});
	try {
		return await withDeadline(transport.sendMail({
			from: target.from,
			to: target.to,
			subject: target.subject,
			text: target.text
		}), t.deadlineMs, () => transport.close());
	} finally {
		transport.close();
	}
}
async function sendTestEmail(target, t, env) {
	const key = pinKey("smtp", target.host, target.port);
	let pinned = target.allowSelfSigned ? env.pins.get(key) : void 0;
	for (let attempt = 0; attempt < 2; attempt++) try {
		const info = await sendOnce(target, t, trustOptions(env, pinned));
		const accepted = info.accepted.map(String);
		return {
			ok: accepted.length > 0,
			message_id: info.messageId ?? null,
			response: info.response ?? null,
			accepted,
			rejected: info.rejected.map(String),
			error: accepted.length > 0 ? null : "protocol_error",
			message: accepted.length > 0 ? `Sent to ${accepted.join(", ")}` : "The server accepted no recipient"
		};
	} catch (err) {
		const c = classifyProbeError(err, "smtp", "send");
		if (c.code === "tls_error" && attempt === 0 && target.allowSelfSigned && target.security !== "none") {
			const peer = await fetchPeerCertificate({
				protocol: "smtp",
				host: target.host,
				port: target.port,
				security: target.security,
				timeoutMs: t.connectTimeoutMs + t.greetingTimeoutMs,
				ca: trustAnchors(env)
			}).catch(() => null);
			if (peer?.rootPem && peer.authorizationError && SELF_SIGNED_ERRORS.has(peer.authorizationError)) {
				pinned = peer.rootPem;
				env.pins.set(key, pinned);
				continue;
			}
		}
		return {
			ok: false,
			message_id: null,
			response: c.server_response,
			accepted: [],
			rejected: [],
			error: c.code,
			message: c.message
		};
	}
	return {
		ok: false,
		message_id: null,
		response: null,
		accepted: [],
		rejected: [],
		error: "tls_error",
		message: "SMTP: the self-signed certificate could not be used"
	};
}
// electron/core/probe/index.ts
async function probe$1(target, t, env) {
	const base = {
		protocol: target.protocol,
		ok: false,
		error: null,
		message: "",
		step: null,
		host: target.host,
		port: target.port,
		greeting: null,
		server_response: null,
		tls_version: null,
		auth_methods: [],
		capabilities: [],
		certificate: null,
		self_signed_allowed: false,
		latency_ms: 0,
		tested_at: env.now().toISOString()
	};
	const key = pinKey(target.protocol, target.host, target.port);
	const handshake = target.protocol === "smtp" ? smtpHandshake : imapHandshake;
	const attempt = async (trust) => {
		const started = performance.now();
		let close = () => {};
		return {
			facts: await withDeadline(handshake(target, t, trust, (c) => close = c), t.deadlineMs, () => close()),
			ms: Math.round(performance.now() - started)
		};
	};
	const success = (r, pinned) => ({
		...base,
		...r.facts,
		ok: true,
		latency_ms: r.ms,
		self_signed_allowed: pinned,
		message: `${target.protocol.toUpperCase()} login works${pinned ? " (self-signed certificate allowed for this inbox)" : ""}`
	});
	const failure = (err, started) => {
		const step = err instanceof StepError ? err.step : "connect";
		const c = classifyProbeError(err instanceof StepError ? err.original : err, target.protocol, step);
		const first = err instanceof StepError ? err.firstBytes : "";
		if (c.code === "timeout" && target.security !== "tls" && !couldBeGreeting(target.protocol, first)) {
			c.code = "protocol_error";
			c.step = "greeting";
			c.message = `${target.protocol.toUpperCase()}: the server answered with something that is not ${target.protocol.toUpperCase()} ("${printable(first)}") — check the port`;
			c.server_response = printable(first);
		}
		return {
			...base,
			error: c.code,
			message: c.message,
			step: c.step,
			server_response: c.server_response,
			latency_ms: Math.round(performance.now() - started)
		};
	};
	const started = performance.now();
	const pinned = target.allowSelfSigned ? env.pins.get(key) : void 0;
	try {
		return success(await attempt(trustOptions(env, pinned)), pinned !== void 0);
	} catch (err) {
		const result = failure(err, started);
		if (result.error !== "tls_error" || target.security === "none") return result;
		const peer = await fetchPeerCertificate({
			protocol: target.protocol,
			host: target.host,
			port: target.port,
			security: target.security,
			timeoutMs: t.connectTimeoutMs + t.greetingTimeoutMs,
			ca: trustAnchors(env)
		}).catch(() => null);
		if (!peer) return result;
		result.certificate = peer.info;
		const selfSigned = peer.authorizationError !== null && SELF_SIGNED_ERRORS.has(peer.authorizationError);
		if (selfSigned && target.allowSelfSigned && peer.rootPem && peer.rootPem !== pinned) try {
			const r = success(await attempt(trustOptions(env, peer.rootPem)), true);
			env.pins.set(key, peer.rootPem);
			return r;
		} catch (retryErr) {
			return {
				...failure(retryErr, started),
				certificate: peer.info
			};
		}
		const info = peer.info;
		if (info) {
			const what = `certificate for ${info.subject}${info.alt_names.length ? ` (${info.alt_names.join(", ")})` : ""}, issued by ${info.issuer}, valid until ${info.valid_to.slice(0, 10)}`;
			result.message += `. Server's ${what}`;
			if (selfSigned && !target.allowSelfSigned) result.message += ". If you trust this server, tick \"Allow self-signed certificate\" on this inbox";
		}
		return result;
	}
}
// electron/core/settings/index.ts
const isKey = (k) => Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, k);
/** The usable value of one saved setting, or a warning and the default. */
function loadSetting(key, raw) {
	let parsed;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return {
			value: DEFAULT_SETTINGS[key],
			warning: {
				field: key,
				message: `The saved ${key} is damaged; the default is used`
			}
		};
	}
	if (key === "dns_servers" && Array.isArray(parsed)) {
		const bad = parsed.filter((v) => typeof v !== "string" || dnsServerProblem(v.trim()) !== null);
		const good = parsed.filter((v) => typeof v === "string" && dnsServerProblem(v.trim()) === null).map((v) => v.trim()).slice(0, 8);
		if (bad.length === 0) return { value: good };
		return {
			value: good,
			warning: {
				field: key,
				message: `Saved DNS server ${bad.map((v) => JSON.stringify(v)).join(", ")} is not a valid IP address with an optional port 1–65535, so it is ignored and ${good.length ? `only ${good.join(", ")} ${good.length === 1 ? "is" : "are"} used` : "the system's DNS servers are used"}. Correct the DNS servers and save.`
			}
		};
	}
	const check = settingsUpdateSchema.shape[key].safeParse(parsed);
	if (!check.success || check.data === void 0) {
		const why = check.success ? "missing" : check.error.issues[0]?.message ?? "invalid";
		return {
			value: DEFAULT_SETTINGS[key],
			warning: {
				field: key,
				message: `The saved ${key} cannot be used (${why}); the default ${JSON.stringify(DEFAULT_SETTINGS[key])} is used`
			}
		};
	}
	return { value: check.data };
}
async function openSettings(db) {
	const rows = await db.selectFrom("settings").selectAll().execute();
	let settings = { ...DEFAULT_SETTINGS };
	let warnings = [];
	for (const row of rows) {
		if (!isKey(row.key)) continue;
		const { value, warning } = loadSetting(row.key, row.value);
		settings = {
			...settings,
			[row.key]: value
		};
		if (warning) warnings.push(warning);
	}
	return {
		current: () => settings,
		warnings: () => warnings,
		async update(patch) {
			const entries = Object.entries(patch).filter(([, v]) => v !== void 0);
			await db.transaction().execute(async (trx) => {
				for (const [key, value] of entries) await trx.insertInto("settings").values({
					key,
					value: JSON.stringify(value)
				}).onConflict((oc) => oc.column("key").doUpdateSet({ value: JSON.stringify(value) })).execute();
			});
			settings = {
				...settings,
				...Object.fromEntries(entries)
			};
			warnings = warnings.filter((w) => !entries.some(([k]) => k === w.field));
			return settings;
		}
	};
}
const probeTimeouts = (s) => ({
	connectTimeoutMs: s.connect_timeout_ms,
	greetingTimeoutMs: s.greeting_timeout_ms,
	socketTimeoutMs: s.socket_timeout_ms,
	deadlineMs: s.probe_deadline_ms
});
const view = (settings) => ({
	...settings.current(),
	warnings: settings.warnings()
});
const settingsHandlers = (settings) => ({
	"settings.get": async () => view(settings),
	"settings.update": async (patch) => {
		await settings.update(patch);
		return view(settings);
	}
});
// electron/core/accounts/testing.ts
/** A check that could not start: no password, or no usable sign-in. */
function notLoggedIn(account, protocol, err, now) {
	return {
		protocol,
		ok: false,
		error: err.code,
		step: "auth",
		message: err.message,
		host: account[`${protocol}_host`],
		port: account[`${protocol}_port`],
		greeting: null,
		server_response: null,
		tls_version: null,
		auth_methods: [],
		capabilities: [],
		certificate: null,
		self_signed_allowed: false,
		latency_ms: 0,
		tested_at: now
	};
}
/** Whatever the servers said is stored and returned only without the password or token that was used. */
const scrubbed = (r, login) => createScrubber([login.password, login.accessToken]).deep(r);
/** A refused token is not a wrong password: say what is worth checking instead. */
function tokenRefusedWording(r, account) {
	if (account.auth_method !== "oauth" || r.error !== "auth_failed") return r;
	const name = r.protocol.toUpperCase();
	const hint = account.provider === "microsoft" ? `check that ${name === "SMTP" ? "Authenticated SMTP" : "IMAP"} is enabled for this mailbox in Exchange admin and that the app has the ${name === "SMTP" ? "SMTP.Send" : "IMAP.AccessAsUser.All"} permission` : `check that ${name === "IMAP" ? "IMAP is on in Gmail settings and " : ""}the app may use https://mail.google.com/`;
	return {
		...r,
		message: `${name}: the server refused the sign-in token even after a fresh one — ${hint}`
	};
}
const refusedLogin = (code) => code === "auth_failed";
function createAccountTester(deps) {
	const { db, clock, events, log, settings, limiter, probeEnv, credentials } = deps;
	const target = (account, protocol, login) => ({
		protocol,
		host: account[`${protocol}_host`],
		port: account[`${protocol}_port`],
		security: account[`${protocol}_security`],
		username: account[`${protocol}_username`],
		password: login.password ?? "",
		...login.accessToken !== void 0 ? { accessToken: login.accessToken } : {},
		allowSelfSigned: account.allow_self_signed
	});
	async function store(account, smtp, imap, now) {
		const r = await db.updateTable("accounts").set({
			smtp_test: JSON.stringify(smtp),
			imap_test: JSON.stringify(imap),
			last_tested_at: now
		}).where("id", "=", account.id).executeTakeFirst();
		if (Number(r.numUpdatedRows) === 0) return;
		await deps.health.recompute([account.id]);
		events.emit("accounts.changed", { ids: [account.id] });
	}
	return {
		async test(account, signal) {
			const now = isoNow(clock);
			const t = probeTimeouts(settings.current());
			const session = credentials.session(account);
			const run = async (protocol) => {
				try {
					return tokenRefusedWording(await session.run(protocol, async (login) => scrubbed(await limiter.run(account[`${protocol}_host`], () => probe$1(target(account, protocol, login), t, probeEnv), signal), login), { result: (p) => refusedLogin(p.error) }), account);
				} catch (err) {
					if (err instanceof SignInError) return notLoggedIn(account, protocol, err, now);
					throw err;
				}
			};
			const [smtp, imap] = await Promise.all([run("smtp"), run("imap")]);
			await store(account, smtp, imap, now);
			log.info("account tested", {
				id: account.id,
				smtp: smtp.error ?? "ok",
				imap: imap.error ?? "ok"
			});
			return {
				account_id: account.id,
				email: account.email,
				ok: smtp.ok && imap.ok,
				smtp,
				imap,
				tested_at: now
			};
		},
		async sendTestEmail(account, to, subject) {
			const t = probeTimeouts(settings.current());
			const at = clock.now();
			const session = credentials.session(account);
			try {
				return await session.run("smtp", async (login) => {
					const r = await limiter.run(account.smtp_host, () => sendTestEmail({
						...target(account, "smtp", login),
						from: {
							name: account.display_name,
							address: account.email
						},
						to,
						subject: subject ?? `Inboxfleet test from ${account.email}`,
						text: `This is a test email sent by Inboxfleet from ${account.email} at ${at.toISOString()}.\r\nNo reply is needed.\r\n`
					}, t, probeEnv));
					return scrubbed(r, login);
				}, { result: (r) => refusedLogin(r.error) });
			} catch (err) {
				if (err instanceof SignInError) {
					const message = account.auth_method === "password" && err.code === "auth_failed" ? "No SMTP password for this inbox in the keychain — edit the inbox and enter it again" : err.message;
					throw new AppError(err.code, message, { field: "id" });
				}
				throw err;
			}
		}
	};
}
// electron/core/blacklist/catalogue.ts
const octet = (a, i) => Number(a.split(".")[i]);
const listed = (meaning) => ({
	kind: "listed",
	meaning
});
const unknown = (reason) => ({
	kind: "unknown",
	reason
});
/** Lists whose listing answer is 127.0.0.2; another code is still a listing, reported as such. */
const single = (meaning) => (a) => listed(a === "127.0.0.2" ? meaning : `${meaning} (code ${a})`);
/** Answers by last octet; codes not in the table are listings of an unknown kind. */
const byCode = (table, fallback) => (a) => listed(table[octet(a, 3)] ?? `${fallback} (code ${a})`);
/** Spamhaus answers 127.255.255.x when it will not answer this resolver (ZEN and DBL alike). */
function spamhausRefusal(a) {
	if (!a.startsWith("127.255.255.")) return null;
	return unknown({
		252: "Spamhaus says the query was malformed (127.255.255.252)",
		254: "Spamhaus refuses queries that come through public or open resolvers such as 8.8.8.8 (127.255.255.254): use your own resolver or a free Spamhaus DQS key",
		255: "Spamhaus refuses this resolver for sending too many queries (127.255.255.255): use your own resolver or a free Spamhaus DQS key"
	}[octet(a, 3)] ?? `Spamhaus returned the error code ${a}`);
}
/** URIBL/SURBL answer 127.0.0.1 when they block the querying resolver; other codes are bitmasks. */
function bitmask(list, bits) {
	return (a) => {
		if (a === "127.0.0.1") return unknown(`${list} refused the query (127.0.0.1): it blocks public resolvers and heavy users; use your own resolver`);
		const code = octet(a, 3);
		const names = Object.entries(bits).filter(([bit]) => (code & Number(bit)) !== 0).map(([, name]) => name);
		return names.length ? listed(names.join("; ")) : unknown(`${list} returned the unexpected code ${a}`);
	};
}
const DNSBL_CATALOGUE = [
	{
		id: "spamhaus-zen",
		name: "Spamhaus ZEN",
		zone: "zen.spamhaus.org",
		kind: "ip",
		ipv6: true,
		removal_url: "https://check.spamhaus.org/",
		note: "Spamhaus refuses queries from public resolvers (Google, Cloudflare, …); results then show as unknown.",
		decode: (a) => spamhausRefusal(a) ?? byCode({
			2: "SBL: a known spam source or spam operation",
			3: "SBL CSS: low-reputation \"snowshoe\" sending",
			4: "XBL: a compromised or infected host (exploits, malware, botnet)",
			5: "XBL: a compromised or infected host",
			6: "XBL: a compromised or infected host",
			7: "XBL: a compromised or infected host",
			9: "SBL DROP: a hijacked or criminal network",
			10: "PBL (listed by the ISP): an end-user IP range that should not send mail straight to other servers — harmless for a connection that only submits mail through your provider, a problem for a mail server",
			11: "PBL (listed by Spamhaus): an end-user IP range that should not send mail straight to other servers — harmless for a connection that only submits mail through your provider, a problem for a mail server"
		}, "listed by Spamhaus ZEN")(a)
	},
	{
		id: "spamhaus-dbl",
		name: "Spamhaus DBL",
		zone: "dbl.spamhaus.org",
		kind: "domain",
		ipv6: false,
		domain_query: "as_given",
		removal_url: "https://check.spamhaus.org/",
		note: "Spamhaus refuses queries from public resolvers (Google, Cloudflare, …); results then show as unknown.",
		decode: (a) => {
			const refusal = spamhausRefusal(a);
			if (refusal) return refusal;
			if (a === "127.0.1.255") return unknown("Spamhaus DBL does not answer IP address queries (127.0.1.255)");
			return byCode({
				2: "spam domain",
				4: "phishing domain",
				5: "malware domain",
				6: "botnet command-and-control domain",
				102: "abused legitimate domain used in spam",
				103: "abused redirector or URL shortener used in spam",
				104: "abused legitimate domain used for phishing",
				105: "abused legitimate domain used for malware",
				106: "abused legitimate domain used for botnet command and control"
			}, "listed by Spamhaus DBL")(a);
		}
	},
	{
		id: "spamcop",
		name: "SpamCop",
		zone: "bl.spamcop.net",
		kind: "ip",
		ipv6: false,
		removal_url: "https://www.spamcop.net/bl.shtml",
		note: "Listings expire by themselves about 24 hours after the reports stop.",
		decode: single("reported as a spam source by SpamCop users")
	},
	{
		id: "barracuda",
		name: "Barracuda BRBL",
		zone: "b.barracudacentral.org",
		kind: "ip",
		ipv6: false,
		removal_url: "https://www.barracudacentral.org/rbl/removal-request",
		note: "Barracuda answers only resolvers registered (free) at barracudacentral.org; from others the check shows as unknown.",
		decode: single("poor sending reputation at Barracuda")
	},
	{
		id: "uceprotect-1",
		name: "UCEPROTECT Level 1",
		zone: "dnsbl-1.uceprotect.net",
		kind: "ip",
		ipv6: false,
		removal_url: "https://www.uceprotect.net/en/rblcheck.php",
		note: "Level 1 lists single IPs that hit its spam traps; listings expire after 7 days without new hits.",
		decode: single("this IP sent mail to UCEPROTECT spam traps")
	},
	{
		id: "psbl",
		name: "PSBL",
		zone: "psbl.surriel.com",
		kind: "ip",
		ipv6: false,
		removal_url: "https://psbl.org/",
		decode: single("this IP sent mail to PSBL spam traps")
	},
	{
		id: "mailspike",
		name: "Mailspike",
		zone: "bl.mailspike.net",
		kind: "ip",
		ipv6: false,
		removal_url: "https://mailspike.org/anubis/lookup.html",
		decode: byCode({
			2: "part of a current spam wave (Mailspike zero-hour list)",
			10: "Mailspike reputation L5: worst possible reputation",
			11: "Mailspike reputation L4: very bad reputation",
			12: "Mailspike reputation L3: bad reputation",
			13: "Mailspike reputation L2: suspicious reputation",
			14: "Mailspike reputation L1: neutral, probably spam"
		}, "listed by Mailspike")
	},
	{
		id: "spamrats",
		name: "SpamRATS",
		zone: "all.spamrats.com",
		kind: "ip",
		ipv6: false,
		removal_url: "https://www.spamrats.com/removal.php",
		decode: byCode({
			36: "RATS-Dyna: the IP has a generic or dynamic-looking reverse DNS name",
			37: "RATS-NoPtr: the IP has no reverse DNS (PTR) record",
			38: "RATS-Spam: the IP sent spam to SpamRATS traps",
			43: "RATS-Auth: the IP attempted brute-force logins on mail servers"
		}, "listed by SpamRATS")
	},
	{
		id: "dronebl",
		name: "DroneBL",
		zone: "dnsbl.dronebl.org",
		kind: "ip",
		ipv6: true,
		removal_url: "https://dronebl.org/lookup",
		decode: byCode({
			3: "IRC drone",
			5: "bottler",
			6: "unknown spambot or drone",
			7: "DDoS drone",
			8: "open SOCKS proxy",
			9: "open HTTP proxy",
			10: "proxy chain",
			11: "web page proxy",
			12: "open DNS resolver",
			13: "brute-force attacker",
			14: "open Wingate proxy",
			15: "compromised router or gateway",
			16: "autorooting worm",
			17: "automatically detected botnet IP",
			18: "DNS/MX record on an IRC network",
			19: "abused VPN service"
		}, "listed by DroneBL as abusive")
	},
	{
		id: "0spam",
		name: "0spam",
		zone: "bl.0spam.org",
		kind: "ip",
		ipv6: false,
		removal_url: "https://0spam.org/",
		decode: (a) => listed(octet(a, 3) === 0 ? `the whole /24 range sent spam to 0spam traps (code ${a})` : `this IP sent spam to 0spam traps (code ${a})`)
	},
	{
		id: "nixspam",
		name: "NiX Spam",
		zone: "ix.dnsbl.manitu.net",
		kind: "ip",
		ipv6: false,
		removal_url: "https://www.nixspam.net/",
		decode: single("this IP sent spam seen by NiX Spam (listings expire after 12 hours)")
	},
	{
		id: "truncate",
		name: "Truncate (GBUdb)",
		zone: "truncate.gbudb.net",
		kind: "ip",
		ipv6: false,
		removal_url: "https://www.gbudb.com/truncate/",
		decode: single("GBUdb sees mostly spam from this IP")
	},
	{
		id: "uribl",
		name: "URIBL",
		zone: "multi.uribl.com",
		kind: "domain",
		ipv6: false,
		domain_query: "registered",
		removal_url: "https://lookup.uribl.com/",
		note: "URIBL refuses queries from public resolvers (answer 127.0.0.1): results then show as unknown.",
		decode: bitmask("URIBL", {
			2: "URIBL black: domain seen in spam",
			4: "URIBL grey: domain of bulk mail that many recipients did not ask for",
			8: "URIBL red: domain of a new account seen in abuse"
		})
	},
	{
		id: "surbl",
		name: "SURBL",
		zone: "multi.surbl.org",
		kind: "domain",
		ipv6: false,
		domain_query: "registered",
		removal_url: "https://www.surbl.org/surbl-analysis",
		note: "SURBL refuses queries from public resolvers (answer 127.0.0.1): results then show as unknown.",
		decode: bitmask("SURBL", {
			2: "SURBL SC (retired)",
			4: "SURBL WS (retired)",
			8: "SURBL PH: phishing domain",
			16: "SURBL MW: malware domain",
			32: "SURBL AB (retired)",
			64: "SURBL ABUSE: spam domain",
			128: "SURBL CR: cracked (hacked) site"
		})
	}
];
// electron/core/blacklist/check.ts
function normDomain(d) {
	const ascii = domainToASCII(d.trim().toLowerCase().replace(/\.$/, ""));
	return ascii && ascii.includes(".") && !net.isIP(ascii) ? ascii : null;
}
/** The questions for one list, plus the targets it cannot be asked about. */
function questionsFor(list, ips, domains, skipped) {
	if (list.kind === "ip") return ips.flatMap((ip) => {
		if (net.isIPv6(ip) && !list.ipv6) {
			skipped.push({
				list: list.name,
				target: ip,
				reason: `${list.name} publishes IPv4 listings only, so ${ip} was not checked there`
			});
			return [];
		}
		return [{
			list,
			target: ip,
			query: `${reversedLabels(ip)}.${list.zone}`
		}];
	});
	const names = domains.flatMap((d) => {
		const registered = getDomain(d, { allowPrivateDomains: true }) ?? d;
		return list.domain_query === "registered" ? [registered] : [d, registered];
	});
	return [...new Set(names)].map((d) => ({
		list,
		target: d,
		query: `${d}.${list.zone}`
	}));
}
async function ask(q, lookup, fetchReasons) {
	let answer;
	try {
		answer = await lookup.query(q.query, "A");
	} catch (err) {
		if (!(err instanceof DnsError)) throw err;
		return {
			kind: "unknown",
			reason: `${err.kind === "timeout" ? "the query timed out" : err.kind === "refused" ? "the DNS server refused the query" : `the query failed (${err.kind})`} for ${q.target}`,
			noAnswer: true
		};
	}
	if (answer.rcode === "NXDOMAIN" || answer.records.length === 0) return { kind: "clean" };
	const flags = [];
	const reasons = [];
	for (const a of answer.records) {
		if (!net.isIPv4(a) || !a.startsWith("127.")) {
			reasons.push(`the answer ${a} for ${q.target} is outside 127.0.0.0/8: the DNS resolver rewrites answers (wildcard or hijacked resolver), so this list cannot be trusted from here`);
			continue;
		}
		const v = q.list.decode(a);
		if (v.kind === "unknown") reasons.push(v.reason);
		else flags.push({
			list: q.list.name,
			list_id: q.list.id,
			zone: q.list.zone,
			target: q.target,
			query: q.query,
			answer: a,
			meaning: v.meaning,
			removal_url: q.list.removal_url
		});
	}
	if (flags.length === 0) return {
		kind: "unknown",
		reason: [...new Set(reasons)].join("; "),
		noAnswer: false
	};
	if (fetchReasons) try {
		const reason = (await lookup.query(q.query, "TXT")).records.join(" ").trim();
		if (reason) for (const f of flags) f.reason = reason;
	} catch {}
	return {
		kind: "listed",
		flags
	};
}
async function checkBlacklists(targets, lookup, opts = {}) {
	const lists = opts.lists ?? DNSBL_CATALOGUE;
	const skipped = [];
	const ips = [];
	for (const raw of targets.ips) {
		const ip = canonicalIp(raw);
		if (ip === null) skipped.push({
			list: "*",
			target: raw,
			reason: `"${raw}" is not an IP address`
		});
		else if (!ips.includes(ip)) ips.push(ip);
	}
	const domains = [];
	for (const raw of targets.domains) {
		const d = normDomain(raw);
		if (d === null) skipped.push({
			list: "*",
			target: raw,
			reason: `"${raw}" is not a domain name`
		});
		else if (!domains.includes(d)) domains.push(d);
	}
	const all = lists.flatMap((list) => questionsFor(list, ips, domains, skipped));
	const questions = all.slice(0, opts.maxQuestions ?? all.length);
	for (const q of all.slice(questions.length)) skipped.push({
		list: q.list.name,
		target: q.target,
		reason: `not asked: an audit asks at most ${questions.length} blacklist questions`
	});
	const outcomes = await mapLimit(questions, opts.concurrency ?? questions.length, (q) => ask(q, lookup, opts.fetchReasons ?? true));
	const flagged = [];
	const unknownLists = [];
	const clean = [];
	let checked = 0;
	for (const list of lists) {
		const mine = outcomes.filter((_, i) => questions[i]?.list === list);
		if (mine.length === 0) continue;
		checked++;
		const flags = mine.flatMap((o) => o.kind === "listed" ? o.flags : []);
		const unknowns = mine.flatMap((o) => o.kind === "unknown" ? [o] : []);
		if (flags.length) flagged.push(...flags);
		else if (unknowns.length) {
			const reason = [...new Set(unknowns.map((o) => o.reason))].join("; ");
			const hint = list.note && unknowns.some((o) => o.noAnswer) ? `. ${list.note}` : "";
			unknownLists.push({
				list: list.name,
				list_id: list.id,
				reason: reason + hint
			});
		} else clean.push(list.name);
	}
	return {
		status: flagged.length ? "error" : checked > 0 && unknownLists.length === checked ? "unknown" : "ok",
		listed: flagged.length > 0,
		checked_lists: checked,
		clean_lists: clean,
		flagged_lists: flagged,
		unknown_lists: unknownLists,
		skipped
	};
}
// electron/core/spf/ip.ts
const QNUM = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)";
const STRICT_V4 = new RegExp(`^${QNUM}\\.${QNUM}\\.${QNUM}\\.${QNUM}$`);
function v4Bytes(text) {
	return STRICT_V4.test(text) ? text.split(".").map(Number) : null;
}
function v6Bytes(text) {
	if (!isIPv6(text)) return null;
	let s = text.toLowerCase();
	const lastColon = s.lastIndexOf(":");
	const last = s.slice(lastColon + 1);
	if (last.includes(".")) {
		const v4 = v4Bytes(last);
		if (!v4) return null;
		const [a = 0, b = 0, c = 0, d = 0] = v4;
		s = `${s.slice(0, lastColon + 1)}${(a << 8 | b).toString(16)}:${(c << 8 | d).toString(16)}`;
	}
	const halves = s.split("::");
	const split = (h) => h ? h.split(":") : [];
	const left = split(halves[0]);
	const right = split(halves[1]);
	const groups = halves.length > 1 ? [
		...left,
		...Array(8 - left.length - right.length).fill("0"),
		...right
	] : left;
	if (groups.length !== 8) return null;
	return groups.flatMap((g) => {
		const n = parseInt(g, 16);
		return [n >> 8, n & 255];
	});
}
/** Parse an address; IPv4-mapped IPv6 (::ffff:a.b.c.d) becomes IPv4. */
function parseIp(text) {
	const v4 = v4Bytes(text);
	if (v4) return {
		family: 4,
		bytes: v4
	};
	const v6 = v6Bytes(text);
	if (!v6) return null;
	return v6.slice(0, 10).every((b) => b === 0) && v6[10] === 255 && v6[11] === 255 ? {
		family: 4,
		bytes: v6.slice(12)
	} : {
		family: 6,
		bytes: v6
	};
}
/** Strict network parsers for ip4:/ip6: terms. */
const parseIp4Network = (text) => v4Bytes(text);
const parseIp6Network = (text) => v6Bytes(text);
function inNetwork(ip, network, prefix) {
	if (ip.length !== network.length) return false;
	for (let bit = 0; bit < prefix; bit += 8) {
		const mask = 255 << 8 - Math.min(8, prefix - bit) & 255;
		const i = bit / 8;
		if (((ip[i] ?? 0) & mask) !== ((network[i] ?? 0) & mask)) return false;
	}
	return true;
}
const nibbles = (bytes) => bytes.flatMap((b) => [(b >> 4).toString(16), (b & 15).toString(16)]);
/** %{i}: dotted quad, or 32 dot-separated nibbles for IPv6 (RFC 7208 §7.3). */
const macroIp = (ip) => ip.family === 4 ? ip.bytes.join(".") : nibbles(ip.bytes).join(".");
/** %{v}. */
const macroV = (ip) => ip.family === 4 ? "in-addr" : "ip6";
/** %{c}: dotted quad, or IPv6 in the compressed form of RFC 5952. */
function readableIp(ip) {
	if (ip.family === 4) return ip.bytes.join(".");
	const groups = Array.from({ length: 8 }, (_, i) => (ip.bytes[2 * i] ?? 0) << 8 | (ip.bytes[2 * i + 1] ?? 0));
	let best = {
		at: -1,
		len: 0
	};
	for (let i = 0; i < 8;) {
		let j = i;
		while (j < 8 && groups[j] === 0) j += 1;
		if (j - i > best.len && j - i > 1) best = {
			at: i,
			len: j - i
		};
		i = j === i ? i + 1 : j;
	}
	const hex = groups.map((g) => g.toString(16));
	if (best.at < 0) return hex.join(":");
	return `${hex.slice(0, best.at).join(":")}::${hex.slice(best.at + best.len).join(":")}`;
}
/** The name a PTR question for this address is asked under. */
const reverseName = (ip) => ip.family === 4 ? `${[...ip.bytes].reverse().join(".")}.in-addr.arpa` : `${nibbles(ip.bytes).reverse().join(".")}.ip6.arpa`;
const sameIp = (a, b) => a.family === b.family && a.bytes.every((x, i) => x === b.bytes[i]);
// electron/core/spf/macro.ts
var SpfSyntaxError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "SpfSyntaxError";
	}
};
const LETTERS = "slodiphv";
const EXP_ONLY_LETTERS = "crt";
const MACRO = /^%\{([a-zA-Z])(\d*)([rR]?)([.\-+,/_=]*)\}/;
/**
* Parse a macro-string. In explanation text (exp= TXT) spaces and the c, r, t letters are
* allowed; elsewhere they are syntax errors.
*/
function parseMacroString(text, opts = {}) {
	const tokens = [];
	const literal = (t) => {
		const last = tokens[tokens.length - 1];
		if (last?.kind === "text") last.text += t;
		else tokens.push({
			kind: "text",
			text: t
		});
	};
	for (let i = 0; i < text.length;) {
		const ch = text[i] ?? "";
		if (ch !== "%") {
			const code = ch.charCodeAt(0);
			if (!(code >= 33 && code <= 126) && !(opts.explanation && ch === " ")) throw new SpfSyntaxError(`character ${JSON.stringify(ch)} is not allowed in "${text}"`);
			literal(ch);
			i += 1;
			continue;
		}
		const next = text[i + 1];
		if (next === "%" || next === "_" || next === "-") {
			literal(next === "%" ? "%" : next === "_" ? " " : "%20");
			i += 2;
			continue;
		}
		const m = MACRO.exec(text.slice(i));
		if (!m) throw new SpfSyntaxError(`bad macro at "${text.slice(i, i + 12)}" in "${text}"`);
		const [whole, letterRaw = "", digits = "", reverse = "", delimiters = ""] = m;
		const letter = letterRaw.toLowerCase();
		if (!(LETTERS + (opts.explanation ? EXP_ONLY_LETTERS : "")).includes(letter)) throw new SpfSyntaxError(`macro letter "${letterRaw}" is not allowed in "${text}"`);
		if (digits !== "" && Number(digits) === 0) throw new SpfSyntaxError(`macro "${whole}" keeps zero labels`);
		tokens.push({
			kind: "macro",
			letter,
			upper: letterRaw !== letter,
			...digits !== "" ? { digits: Number(digits) } : {},
			reverse: reverse !== "",
			delimiters
		});
		i += whole.length;
	}
	return tokens;
}
const urlEscape = (s) => Array.from(Buffer.from(s, "utf8")).map((b) => /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
async function letterValue(letter, ctx) {
	switch (letter) {
		case "s": return ctx.sender;
		case "l": return ctx.local;
		case "o": return ctx.senderDomain;
		case "d": return ctx.domain;
		case "i": return macroIp(ctx.ip);
		case "p": return ctx.validatedName();
		case "v": return macroV(ctx.ip);
		case "h": return ctx.helo;
		case "c": return readableIp(ctx.ip);
		case "r": return ctx.receiver;
		default: return String(Math.floor(ctx.now.getTime() / 1e3));
	}
}
function transform(value, t) {
	if (t.digits === void 0 && !t.reverse && t.delimiters === "") return value;
	const delims = t.delimiters || ".";
	let parts = value.split(new RegExp(`[${delims.replace(/[-\\\]^]/g, "\\$&")}]`));
	if (t.reverse) parts = parts.reverse();
	if (t.digits !== void 0 && t.digits < parts.length) parts = parts.slice(parts.length - t.digits);
	return parts.join(".");
}
async function expandMacros(tokens, ctx) {
	let out = "";
	for (const t of tokens) {
		if (t.kind === "text") {
			out += t.text;
			continue;
		}
		const value = transform(await letterValue(t.letter, ctx), t);
		out += t.upper ? urlEscape(value) : value;
	}
	return out;
}
/** RFC 7208 §7.3: a domain over 253 characters loses labels from the left until it fits. */
function truncateDomain(name) {
	let out = name.replace(/\.$/, "");
	while (out.length > 253 && out.includes(".")) out = out.slice(out.indexOf(".") + 1);
	return out;
}
// electron/core/spf/parse.ts
/** A TXT record is an SPF record when it starts with "v=spf1" followed by a space or its end. */
const isSpfRecord = (txt) => /^v=spf1( |$)/i.test(txt);
/** Mechanisms that cost one of the 10 DNS lookups (redirect costs one too). */
const LOOKUP_MECHANISMS = /* @__PURE__ */ new Set([
	"include",
	"a",
	"mx",
	"ptr",
	"exists"
]);
const TOPLABEL = /\.([a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])\.?$/i;
const MODIFIER = /^([a-z][a-z0-9_.-]*)=(.*)$/is;
const MECHANISM = /^([+\-~?]?)([a-z][a-z0-9]*)(.*)$/is;
const CIDR = "(0|[1-9]\\d{0,2})";
const DUAL_CIDR = new RegExp(`(?:/${CIDR})?(?://${CIDR})?$`);
function parseDomainSpec(text) {
	if (text === "") throw new SpfSyntaxError("empty domain");
	const tokens = parseMacroString(text);
	if (!(tokens[tokens.length - 1]?.kind === "macro" && text.endsWith("}")) && !TOPLABEL.test(text)) throw new SpfSyntaxError(`"${text}" does not end in a valid top-level label`);
	return tokens;
}
function cidrValue(text, max, term) {
	if (text === void 0) return max;
	const n = Number(text);
	if (n > max) throw new SpfSyntaxError(`prefix length /${text} is out of range in "${term}"`);
	return n;
}
function parseMechanism(name, rest, term) {
	switch (name) {
		case "all":
			if (rest !== "") break;
			return { kind: "all" };
		case "include":
		case "exists":
			if (!rest.startsWith(":")) break;
			return {
				kind: name,
				domain: parseDomainSpec(rest.slice(1))
			};
		case "ptr":
			if (rest === "") return { kind: "ptr" };
			if (!rest.startsWith(":")) break;
			return {
				kind: "ptr",
				domain: parseDomainSpec(rest.slice(1))
			};
		case "a":
		case "mx": {
			const m = DUAL_CIDR.exec(rest);
			const head = m ? rest.slice(0, m.index) : rest;
			if (head !== "" && !head.startsWith(":")) break;
			const cidr4 = cidrValue(m?.[1], 32, term);
			const cidr6 = cidrValue(m?.[2], 128, term);
			return head === "" ? {
				kind: name,
				cidr4,
				cidr6
			} : {
				kind: name,
				domain: parseDomainSpec(head.slice(1)),
				cidr4,
				cidr6
			};
		}
		case "ip4":
		case "ip6": {
			const m = new RegExp(`^:([^/]+)(?:/${CIDR})?$`).exec(rest);
			if (!m) break;
			const network = name === "ip4" ? parseIp4Network(m[1] ?? "") : parseIp6Network(m[1] ?? "");
			if (!network) throw new SpfSyntaxError(`"${m[1]}" is not an ${name === "ip4" ? "IPv4" : "IPv6"} address in "${term}"`);
			return {
				kind: name,
				network,
				cidr: cidrValue(m[2], name === "ip4" ? 32 : 128, term)
			};
		}
		default: throw new SpfSyntaxError(`unknown mechanism "${term}"`);
	}
	throw new SpfSyntaxError(`bad syntax in "${term}"`);
}
/** Parse a whole record (which must start with v=spf1); throws SpfSyntaxError. */
function parseSpfRecord(record) {
	if (!isSpfRecord(record)) throw new SpfSyntaxError("not an SPF record");
	const out = { directives: [] };
	for (const term of record.slice(6).split(" ")) {
		if (term === "") continue;
		const mod = MODIFIER.exec(term);
		if (mod) {
			const name = (mod[1] ?? "").toLowerCase();
			const value = mod[2] ?? "";
			if (name === "redirect" || name === "exp") {
				if (out[name]) throw new SpfSyntaxError(`"${name}=" appears more than once`);
				out[name] = {
					domain: parseDomainSpec(value),
					text: term
				};
			} else parseMacroString(value);
			continue;
		}
		const m = MECHANISM.exec(term);
		if (!m) throw new SpfSyntaxError(`bad term "${term}"`);
		const qualifier = m[1] || "+";
		const mechanism = parseMechanism((m[2] ?? "").toLowerCase(), m[3] ?? "", term);
		out.directives.push({
			qualifier,
			mechanism,
			text: term
		});
	}
	return out;
}
// electron/core/spf/problems.ts
function recordProblems(domain, record) {
	const out = [];
	for (const d of record.directives) {
		if (d.mechanism.kind === "all" && d.qualifier === "+") out.push(`${domain}: "${d.text}" lets every server on the internet pass SPF; use "~all" or "-all"`);
		if (d.mechanism.kind === "all" && d.qualifier === "?") out.push(`${domain}: "${d.text}" gives no protection; use "~all" or "-all"`);
		if (d.mechanism.kind === "ptr") out.push(`${domain}: "${d.text}" is deprecated (RFC 7208 §5.5): slow, unreliable, and some receivers ignore it`);
	}
	return out;
}
const QUALIFIER_RESULT = {
	"+": "pass",
	"-": "fail",
	"~": "softfail",
	"?": "neutral"
};
var SpfAbort = class extends Error {
	result;
	path;
	constructor(result, message, path = []) {
		super(message);
		this.result = result;
		this.path = path;
	}
};
/** A name SPF may look up: ≤ 253 characters, labels of 1–63, at least two labels. */
function isValidDomain(name) {
	const d = name.replace(/\.$/, "");
	if (d.length === 0 || d.length > 253 || d.startsWith("[")) return false;
	const labels = d.split(".");
	return labels.length >= 2 && labels.every((l) => l.length >= 1 && l.length <= 63);
}
/** Split MAIL FROM per RFC 7208 §4.3: no local-part means postmaster. */
function splitSender(sender) {
	const at = sender.lastIndexOf("@");
	if (at < 0) return {
		local: "postmaster",
		domain: sender
	};
	return {
		local: sender.slice(0, at) || "postmaster",
		domain: sender.slice(at + 1)
	};
}
var Evaluation = class {
	lookup;
	ip;
	ctx;
	lookups = 0;
	voidLookups = 0;
	problems = [];
	/** The checked domain's own record, once read. */
	topRecord;
	validated;
	ptrNames;
	constructor(lookup, ip, ctx) {
		this.lookup = lookup;
		this.ip = ip;
		this.ctx = ctx;
	}
	problem(text) {
		if (!this.problems.includes(text)) this.problems.push(text);
	}
	/** A lookup whose failure makes the whole check a temperror. */
	async ask(name, type) {
		try {
			return await this.lookup.query(name, type);
		} catch (err) {
			const why = `DNS ${type} lookup for ${name} failed (${err instanceof DnsError ? err.kind : "error"})`;
			this.problem(why);
			throw new SpfAbort("temperror", why);
		}
	}
	/** A lookup whose failure only means "no records" (ptr and %{p} validation). */
	async tryAsk(name, type) {
		try {
			return (await this.lookup.query(name, type)).records;
		} catch {
			return [];
		}
	}
	countLookup(domain, term) {
		this.lookups += 1;
		if (this.lookups > 10) {
			this.problem(`More than 10 DNS lookups (reached at ${domain}: ${term}); receivers return permerror`);
			throw new SpfAbort("permerror", `more than 10 DNS lookups at ${term}`);
		}
	}
	countVoid(domain, term) {
		this.voidLookups += 1;
		if (this.voidLookups > 2) {
			this.problem(`More than 2 lookups found nothing (last at ${domain}: ${term}); receivers return permerror`);
			throw new SpfAbort("permerror", `more than 2 void lookups at ${term}`);
		}
	}
	macroContext(domain) {
		return {
			...this.ctx,
			domain,
			validatedName: () => this.validated ??= this.validatedName(domain)
		};
	}
	async target(spec, domain) {
		if (!spec) return domain;
		return truncateDomain(await expandMacros(spec, this.macroContext(domain)));
	}
	async addresses(name) {
		const ans = await this.ask(name, this.ip.family === 4 ? "A" : "AAAA");
		return {
			ips: ans.records.map((r) => parseIp(r)).filter((x) => x !== null),
			void: ans.records.length === 0
		};
	}
	matchesCidr(ips, cidr4, cidr6) {
		const prefix = this.ip.family === 4 ? cidr4 : cidr6;
		return ips.some((a) => a.family === this.ip.family && inNetwork(this.ip.bytes, a.bytes, prefix));
	}
	/** Names from the client's PTR records whose addresses include the client (first 10 only). */
	validatedNames() {
		return this.ptrNames ??= this.findValidatedNames();
	}
	async findValidatedNames() {
		const names = (await this.tryAsk(reverseName(this.ip), "PTR")).slice(0, 10);
		const out = [];
		for (const raw of names) {
			const name = raw.replace(/\.$/, "");
			if ((await this.tryAsk(name, this.ip.family === 4 ? "A" : "AAAA")).some((a) => {
				const p = parseIp(a);
				return p !== null && sameIp(p, this.ip);
			})) out.push(name);
		}
		return out;
	}
	async validatedName(domain) {
		const names = await this.validatedNames();
		const d = domain.toLowerCase();
		return names.find((n) => n.toLowerCase() === d) ?? names.find((n) => n.toLowerCase().endsWith(`.${d}`)) ?? names[0] ?? "unknown";
	}
	async matches(dir, domain, chain, stack) {
		const m = dir.mechanism;
		if (LOOKUP_MECHANISMS.has(m.kind)) this.countLookup(domain, dir.text);
		switch (m.kind) {
			case "all": return { hit: true };
			case "ip4":
			case "ip6": return { hit: m.kind === "ip4" === (this.ip.family === 4) && inNetwork(this.ip.bytes, m.network, m.cidr) };
			case "a": {
				const { ips, void: isVoid } = await this.addresses(await this.target(m.domain, domain));
				if (isVoid) this.countVoid(domain, dir.text);
				return { hit: this.matchesCidr(ips, m.cidr4, m.cidr6) };
			}
			case "mx": {
				const mxs = (await this.ask(await this.target(m.domain, domain), "MX")).records;
				if (mxs.length === 0) this.countVoid(domain, dir.text);
				if (mxs.length > 10) {
					this.problem(`${domain}: ${dir.text} has ${mxs.length} MX hosts; more than 10 is a permerror`);
					throw new SpfAbort("permerror", `${dir.text}: more than 10 MX hosts`);
				}
				for (const mx of mxs) {
					const host = mx.exchange.replace(/\.$/, "");
					if (host === "") continue;
					if (this.matchesCidr((await this.addresses(host)).ips, m.cidr4, m.cidr6)) return { hit: true };
				}
				return { hit: false };
			}
			case "ptr": {
				const target = (await this.target(m.domain, domain)).toLowerCase();
				return { hit: (await this.validatedNames()).some((n) => n.toLowerCase() === target || n.toLowerCase().endsWith(`.${target}`)) };
			}
			case "exists": {
				const ans = await this.ask(await this.target(m.domain, domain), "A");
				if (ans.records.length === 0) this.countVoid(domain, dir.text);
				return { hit: ans.records.length > 0 };
			}
			case "include": {
				const target = await this.target(m.domain, domain);
				const sub = await this.checkHost(target, [...chain, `${domain}: ${dir.text}`], false, stack);
				if (sub.result === "none") {
					this.problem(`${domain}: ${dir.text} — ${target} has no SPF record`);
					throw new SpfAbort("permerror", `${dir.text}: ${target} has no SPF record`, sub.path);
				}
				return sub.result === "pass" ? {
					hit: true,
					path: sub.path
				} : { hit: false };
			}
		}
	}
	async explain(exp, domain) {
		try {
			const name = await this.target(exp, domain);
			const txt = await this.tryAsk(name, "TXT");
			if (txt.length !== 1) return void 0;
			return await expandMacros(parseMacroString(txt[0] ?? "", { explanation: true }), this.macroContext(domain));
		} catch {
			return;
		}
	}
	async checkHost(domain, chain, wantExp, stack = []) {
		const here = (text) => [...chain, `${domain}: ${text}`];
		const key = domain.toLowerCase();
		if (stack.includes(key)) {
			this.problem(`Include/redirect loop: ${[...stack, key].join(" → ")}`);
			throw new SpfAbort("permerror", `loop back to ${domain}`, here("loop"));
		}
		if (!isValidDomain(domain)) return {
			result: "none",
			path: here("not a valid domain name")
		};
		let spf;
		try {
			spf = (await this.ask(domain, "TXT")).records.filter(isSpfRecord);
		} catch (err) {
			if (err instanceof SpfAbort) err.path = here(err.message);
			throw err;
		}
		if (spf.length === 0) return {
			result: "none",
			path: here("no SPF record")
		};
		if (spf.length > 1) {
			this.problem(`${domain} has ${spf.length} SPF records; it must have exactly one`);
			throw new SpfAbort("permerror", `${spf.length} SPF records`, here(`${spf.length} SPF records`));
		}
		const text = spf[0] ?? "";
		if (chain.length === 0) this.topRecord = text;
		let record;
		try {
			record = parseSpfRecord(text);
		} catch (err) {
			const why = err instanceof SpfSyntaxError ? err.message : String(err);
			this.problem(`${domain}: syntax error in SPF record: ${why}`);
			throw new SpfAbort("permerror", `syntax error: ${why}`, here(`syntax error: ${why}`));
		}
		for (const p of recordProblems(domain, record)) this.problem(p);
		const inner = [...stack, key];
		try {
			for (const dir of record.directives) {
				const { hit, path } = await this.matches(dir, domain, chain, inner);
				if (!hit) continue;
				const result = QUALIFIER_RESULT[dir.qualifier];
				const out = {
					result,
					path: path ?? here(`${dir.text} matched`)
				};
				if (result === "fail" && wantExp && record.exp) {
					const explanation = await this.explain(record.exp.domain, domain);
					if (explanation !== void 0) out.explanation = explanation;
				}
				return out;
			}
			if (record.redirect) {
				this.countLookup(domain, record.redirect.text);
				const target = await this.target(record.redirect.domain, domain);
				const sub = await this.checkHost(target, [...chain, `${domain}: ${record.redirect.text}`], wantExp, inner);
				if (sub.result === "none") {
					this.problem(`${domain}: ${record.redirect.text} — ${target} has no SPF record`);
					throw new SpfAbort("permerror", `${record.redirect.text}: ${target} has no SPF record`, sub.path);
				}
				return sub;
			}
		} catch (err) {
			if (err instanceof SpfAbort && err.path.length === 0) err.path = here(err.message);
			throw err;
		}
		return {
			result: "neutral",
			path: here("no mechanism matched (neutral)")
		};
	}
};
/** RFC 7208 check_host() for one client address and domain. Never throws for DNS trouble. */
async function evaluateSpf(input) {
	const helo = (input.helo ?? "").replace(/\.$/, "");
	const { local, domain: senderDomain } = splitSender(input.sender ? input.sender : `postmaster@${helo}`);
	const domain = (input.domain ?? (senderDomain || helo)).replace(/\.$/, "");
	const base = {
		lookups: 0,
		voidLookups: 0
	};
	const ip = parseIp(input.ip);
	if (!ip) {
		const why = `"${input.ip}" is not an IP address`;
		return {
			result: "permerror",
			path: [why],
			problems: [why],
			...base
		};
	}
	const ev = new Evaluation(input.lookup, ip, {
		sender: `${local}@${senderDomain}`,
		local,
		senderDomain,
		ip,
		helo,
		receiver: input.receiver ?? "unknown",
		now: input.now?.() ?? /* @__PURE__ */ new Date()
	});
	const done = (o) => ({
		result: o.result,
		...o.explanation !== void 0 ? { explanation: o.explanation } : {},
		...ev.topRecord !== void 0 ? { record: ev.topRecord } : {},
		path: o.path,
		lookups: ev.lookups,
		voidLookups: ev.voidLookups,
		problems: ev.problems
	});
	try {
		return done(await ev.checkHost(domain, [], true));
	} catch (err) {
		if (!(err instanceof SpfAbort)) throw err;
		return done({
			result: err.result,
			path: err.path.length ? err.path : [err.message]
		});
	}
}
// electron/core/spf/providers.ts
const SPF_PROVIDER_INCLUDES = {
	google: "_spf.google.com",
	microsoft: "spf.protection.outlook.com"
};
/** Which provider an include target belongs to, if it is one of the big ones. */
function providerOfInclude(domain) {
	const d = domain.toLowerCase().replace(/\.$/, "");
	return Object.keys(SPF_PROVIDER_INCLUDES).find((p) => SPF_PROVIDER_INCLUDES[p] === d);
}
const terms = (record) => record.trim().split(/ +/).slice(1).filter(Boolean);
const bare = (term) => term.replace(/^[+\-~?]/, "").toLowerCase();
const isAll = (term) => bare(term) === "all";
const isModifier = (term) => /^[a-z][a-z0-9_.-]*=/i.test(term);
/**
* The record with the provider's include added, or null when it already has it (directly) or
* when the provider has no universal include ('smtp': check the SMTP host's address with
* evaluateSpf instead). No record ('' or not v=spf1) gets a new one.
*/
function missingProviderInclude(record, provider) {
	if (provider === "smtp") return null;
	const include = `include:${SPF_PROVIDER_INCLUDES[provider]}`;
	if (!isSpfRecord(record.trim())) return `v=spf1 ${include} ~all`;
	const list = terms(record);
	if (list.some((t) => bare(t) === include)) return null;
	let at = list.findIndex(isAll);
	if (at < 0) at = list.findIndex(isModifier);
	if (at < 0) at = list.length;
	list.splice(at, 0, include);
	return ["v=spf1", ...list].join(" ");
}
/**
* One record with every mechanism of the given ones, in order, without repeats. The final "all"
* is "-all" if any record had it, else "~all" ("+all" and "?all" are not carried over); with no
* "all" anywhere the first redirect is kept and the other redirects become includes.
*/
function mergeSpfRecords(records) {
	const spf = records.map((r) => r.trim()).filter(isSpfRecord);
	const mechanisms = [];
	const modifiers = /* @__PURE__ */ new Map();
	const redirects = [];
	const alls = [];
	const addMechanism = (t) => {
		const key = t.replace(/^\+/, "").toLowerCase();
		if (!mechanisms.some((m) => m.replace(/^\+/, "").toLowerCase() === key)) mechanisms.push(t);
	};
	for (const record of spf) for (const t of terms(record)) if (isAll(t)) alls.push(t.slice(0, 1));
	else if (/^redirect=/i.test(t)) redirects.push(t.slice(t.indexOf("=") + 1));
	else if (isModifier(t)) {
		const name = t.slice(0, t.indexOf("=")).toLowerCase();
		if (!modifiers.has(name)) modifiers.set(name, t);
	} else addMechanism(t);
	const out = ["v=spf1", ...mechanisms];
	if (alls.length > 0) out.push(alls.includes("-") ? "-all" : "~all");
	else if (redirects.length > 0) {
		for (const r of redirects.slice(1)) if (!out.includes(`include:${r}`)) out.splice(out.length, 0, `include:${r}`);
		modifiers.set("redirect", `redirect=${redirects[0]}`);
	}
	return [...out, ...modifiers.values()].join(" ");
}
// electron/core/spf/analyze.ts
const norm$1 = (d) => d.toLowerCase().replace(/\.$/, "");
/** A literal include/redirect target, or undefined when it uses macros (its cost is unknown). */
const literalTarget = (tokens) => tokens.every((t) => t.kind === "text") ? norm$1(tokens.map((t) => t.text ?? "").join("")) : void 0;
var Analyzer = class {
	lookup;
	loops = [];
	problems = [];
	providers = /* @__PURE__ */ new Set();
	memo = /* @__PURE__ */ new Map();
	constructor(lookup) {
		this.lookup = lookup;
	}
	problem(text) {
		if (!this.problems.includes(text)) this.problems.push(text);
	}
	/** Lookups the terms of a parsed record cost, with per-include costs. */
	async recordCost(domain, record, stack) {
		for (const p of recordProblems(domain, record)) this.problem(p);
		const includes = [];
		let total = 0;
		const linked = async (term, spec) => {
			const target = literalTarget(spec);
			if (target === void 0) {
				this.problem(`${domain}: "${term}" uses macros, so its own lookups cannot be counted ahead of time`);
				return 1;
			}
			const provider = providerOfInclude(target);
			if (provider) this.providers.add(provider);
			const cost = 1 + await this.targetCost(target, stack, `${domain}: ${term}`);
			includes.push({
				term,
				domain: target,
				lookups: cost,
				...provider ? { provider } : {}
			});
			return cost;
		};
		for (const d of record.directives) {
			const m = d.mechanism;
			if (m.kind === "include") total += await linked(d.text, m.domain);
			else if (LOOKUP_MECHANISMS.has(m.kind)) total += 1;
		}
		if (record.redirect) total += await linked(record.redirect.text, record.redirect.domain);
		return {
			total,
			includes
		};
	}
	targetCost(target, stack, via) {
		if (stack.includes(target)) {
			const loop = [...stack, target].join(" → ");
			if (!this.loops.includes(loop)) this.loops.push(loop);
			this.problem(`Include loop: ${loop}; receivers return permerror`);
			return Promise.resolve(0);
		}
		let cost = this.memo.get(target);
		if (!cost) {
			cost = this.computeCost(target, [...stack, target], via);
			this.memo.set(target, cost);
		}
		return cost;
	}
	async computeCost(target, stack, via) {
		const found = await fetchSpf(target, this.lookup);
		if ("error" in found) {
			this.problem(`${via}: ${found.error}`);
			return 0;
		}
		if (found.records.length !== 1) {
			this.problem(found.records.length === 0 ? `${via}: ${target} has no SPF record; receivers return permerror` : `${via}: ${target} has ${found.records.length} SPF records; receivers return permerror`);
			if (found.records.length === 0) return 0;
		}
		try {
			return (await this.recordCost(target, parseSpfRecord(found.records[0] ?? ""), stack)).total;
		} catch (err) {
			if (!(err instanceof SpfSyntaxError)) throw err;
			this.problem(`${via}: syntax error in ${target}'s record: ${err.message}; receivers return permerror`);
			return 0;
		}
	}
};
/** Literal include and redirect targets of a record; none when it does not parse. */
function linkedTargets(text) {
	let record;
	try {
		record = parseSpfRecord(text);
	} catch {
		return [];
	}
	const specs = record.directives.flatMap((d) => d.mechanism.kind === "include" ? [d.mechanism.domain] : []);
	if (record.redirect) specs.push(record.redirect.domain);
	return specs.map(literalTarget).filter((t) => t !== void 0);
}
/** Asks for every SPF record the analysis will read, all at once; answers land in `lookup`'s cache. */
async function prefetchIncludes(text, lookup, seen) {
	const fresh = linkedTargets(text).filter((t) => !seen.has(t));
	for (const t of fresh) seen.add(t);
	await Promise.all(fresh.map(async (target) => {
		const found = await fetchSpf(target, lookup);
		if ("records" in found && found.records[0] !== void 0) await prefetchIncludes(found.records[0], lookup, seen);
	}));
}
async function fetchSpf(domain, lookup) {
	try {
		return { records: (await lookup.query(domain, "TXT")).records.filter(isSpfRecord) };
	} catch (err) {
		return { error: `DNS TXT lookup for ${domain} failed (${err instanceof DnsError ? err.kind : "error"})` };
	}
}
async function analyzeSpfRecord(domain, given) {
	const name = norm$1(domain);
	const lookup = withSessionCache(given);
	const empty = {
		domain: name,
		records: [],
		lookups: 0,
		includes: [],
		loops: [],
		providers: []
	};
	const found = await fetchSpf(name, lookup);
	if ("error" in found) return {
		...empty,
		status: "temperror",
		problems: [found.error]
	};
	if (found.records.length === 0) return {
		...empty,
		status: "none",
		problems: [`${name} has no SPF record`]
	};
	const a = new Analyzer(lookup);
	const multiple = found.records.length > 1;
	if (multiple) a.problem(`${name} has ${found.records.length} SPF records; receivers return permerror. Merge them into one`);
	const text = multiple ? mergeSpfRecords(found.records) : found.records[0] ?? "";
	prefetchIncludes(text, lookup, /* @__PURE__ */ new Set([name]));
	let cost = {
		total: 0,
		includes: []
	};
	let invalid = false;
	try {
		cost = await a.recordCost(name, parseSpfRecord(text), [name]);
	} catch (err) {
		if (!(err instanceof SpfSyntaxError)) throw err;
		invalid = true;
		a.problem(`${name}: syntax error in SPF record: ${err.message}; receivers return permerror`);
	}
	if (cost.total > 10) {
		const costliest = [...cost.includes].sort((x, y) => y.lookups - x.lookups).map((i) => `${i.term} costs ${i.lookups}`).join(", ");
		a.problem(`${name}'s SPF record needs ${cost.total} DNS lookups; receivers stop at 10 (permerror)` + (costliest ? `. ${costliest}` : ""));
	}
	return {
		domain: name,
		status: multiple ? "multiple" : invalid ? "invalid" : "ok",
		...multiple ? {} : { record: text },
		records: found.records,
		lookups: cost.total,
		includes: cost.includes,
		loops: a.loops,
		providers: [...a.providers],
		problems: a.problems
	};
}
// electron/core/domains/spf-check.ts
async function checkSpf(domain, sendingIps, provider, lookup) {
	const evaluations = Promise.resolve(sendingIps).then((list) => Promise.all(list.map(async (ip) => {
		const r = await evaluateSpf({
			ip,
			domain,
			sender: `postmaster@${domain}`,
			lookup
		});
		return {
			ip,
			result: r.result,
			path: r.path
		};
	})));
	const [analysis, results, ips] = await Promise.all([
		analyzeSpfRecord(domain, lookup),
		evaluations,
		sendingIps
	]);
	const findings = analysis.problems.map((message) => ({
		severity: !/lookup for \S+ failed \(/.test(message) && /\+all|limit|several|syntax|loop|permerror/i.test(message) ? "error" : "warning",
		code: "spf_problem",
		message
	}));
	const fixes = [];
	const fix = (value, note) => fixes.push({
		record_name: domain,
		record_type: "TXT",
		value,
		note
	});
	if (analysis.status === "none") {
		findings.push({
			severity: "error",
			code: "spf_missing",
			message: `${domain} has no SPF record: receivers cannot tell which servers may send as it`
		});
		const include = provider === "google" || provider === "microsoft" ? ` include:${SPF_PROVIDER_INCLUDES[provider]}` : "";
		const ip4 = ips.filter((ip) => ip.includes(".")).map((ip) => ` ip4:${ip}`).join("");
		fix(`v=spf1${include}${include ? "" : ip4} ~all`, "Publish this TXT record; move ~all to -all once all your senders pass");
	}
	if (analysis.status === "multiple") fix(mergeSpfRecords(analysis.records), `Replace the ${analysis.records.length} SPF records with this single merged one: two records make SPF fail (permerror) everywhere`);
	if (analysis.lookups > 10) {
		const costly = [...analysis.includes].sort((a, b) => b.lookups - a.lookups).map((i) => `${i.term} costs ${i.lookups}`).join(", ");
		findings.push({
			severity: "error",
			code: "spf_too_many_lookups",
			message: `SPF needs ${analysis.lookups} DNS lookups (the limit is 10, so receivers return permerror): ${costly}. Remove includes you no longer use or replace them with ip4:/ip6: ranges`
		});
	}
	if (analysis.record && (provider === "google" || provider === "microsoft") && !analysis.providers.includes(provider)) {
		const corrected = missingProviderInclude(analysis.record, provider);
		if (corrected) {
			findings.push({
				severity: "error",
				code: "spf_provider_missing",
				message: `${domain} sends through ${provider === "google" ? "Google Workspace" : "Microsoft 365"} but its SPF record does not include ${SPF_PROVIDER_INCLUDES[provider]}`
			});
			fix(corrected, `Adds ${provider === "google" ? "Google" : "Microsoft"}'s senders to the record`);
		}
	}
	for (const r of results) {
		if (r.result === "fail" || r.result === "softfail") findings.push({
			severity: "error",
			code: "spf_ip_not_allowed",
			message: `Sending IP ${r.ip} is not allowed by ${domain}'s SPF (${r.result}); add it (ip4:${r.ip}) or the provider's include`
		});
		if (r.result === "neutral") findings.push({
			severity: "warning",
			code: "spf_neutral",
			message: `SPF says nothing about sending IP ${r.ip} (neutral)`
		});
	}
	return {
		status: (analysis.status === "temperror" || results.some((r) => r.result === "temperror")) && findings.every((f) => f.severity !== "error") ? "unknown" : statusOf(findings),
		record: analysis.record ?? null,
		records: analysis.records,
		lookups: analysis.lookups,
		void_lookups: 0,
		includes: analysis.includes.map((i) => ({
			term: i.term,
			lookups: i.lookups,
			...i.provider ? { provider: i.provider } : {}
		})),
		results,
		findings,
		fixes
	};
}
// electron/core/domains/audit.ts
async function addressesOf(host, lookup, notes) {
	if (net.isIP(host)) return [host];
	return (await Promise.all(["A", "AAAA"].map((type) => lookup.query(host, type).then((a) => a.records, (err) => {
		if (!(err instanceof DnsError)) throw err;
		return err;
	})))).flatMap((r, i) => {
		if (!(r instanceof DnsError)) return r;
		notes.push({
			severity: "warning",
			code: "sending_host_unresolved",
			message: `The ${i === 0 ? "A" : "AAAA"} lookup of the sending host ${host} failed (${r.kind}); checks of its IP addresses may be missing.`
		});
		return [];
	});
}
async function auditDomain(input, lookup, now) {
	const domain = input.domain.toLowerCase();
	const notes = [];
	const hosts = [...new Set(input.smtpHosts.map((h) => h.toLowerCase()))];
	const kinds = new Set(input.providers);
	const provider = kinds.size === 1 ? [...kinds][0] : "mixed";
	const sending = Promise.all(hosts.map((h) => addressesOf(h, lookup, notes))).then((addresses) => {
		const allIps = [...new Set(addresses.flat())];
		const ips = allIps.slice(0, DNS_LIMITS.sendingIps);
		if (ips.length < allIps.length) notes.push({
			severity: "warning",
			code: "sending_ips_capped",
			message: `The inboxes' SMTP hosts resolve to ${allIps.length} addresses; the audit checked the first ${ips.length}.`
		});
		return {
			sendingHosts: Object.fromEntries(hosts.map((h, i) => [h, addresses[i]])),
			ips
		};
	});
	const afterIps = (fn) => sending.then((s) => fn(s.ips));
	const [{ sendingHosts, ips }, spf, dkim, dmarc, mx, ptr, blacklist] = await Promise.all([
		sending,
		checkSpf(domain, sending.then((s) => s.ips), provider, lookup),
		checkDkim(domain, lookup, { selectors: input.dkimSelectors }),
		checkDmarc(domain, lookup),
		checkMx(domain, lookup),
		afterIps((list) => Promise.all(list.map((ip) => checkReverseDns(ip, lookup)))),
		afterIps((list) => checkBlacklists({
			ips: list,
			domains: [domain, ...input.trackingDomains]
		}, lookup, { maxQuestions: DNS_LIMITS.dnsblQuestions }))
	]);
	const unasked = blacklist.skipped.filter((s) => s.reason.startsWith("not asked")).length;
	if (unasked) notes.push({
		severity: "warning",
		code: "dnsbl_capped",
		message: `${unasked} blacklist questions were not asked (an audit asks at most ${DNS_LIMITS.dnsblQuestions}).`
	});
	notes.push(...limitFindings(lookup.limits()));
	const c = lookup.counters();
	return {
		domain,
		checked_at: now.toISOString(),
		sending_ips: ips,
		sending_hosts: sendingHosts,
		provider,
		spf,
		dkim,
		dmarc,
		mx,
		ptr,
		blacklist,
		dns: {
			questions: c.questions,
			cache_hits: c.cacheHits
		},
		notes
	};
}
// electron/core/domains/repo.ts
const domainOf$1 = sql`lower(substr(email, instr(email, '@') + 1))`;
/** Sending domains and their inbox counts; with a client, only its domains and inboxes. */
async function domainsWithCounts(db, clientId) {
	let q = db.selectFrom("accounts").select([domainOf$1.as("domain"), (eb) => eb.fn.countAll().as("account_count")]);
	if (clientId === "none") q = q.where("client_id", "is", null);
	else if (clientId) q = q.where("client_id", "=", clientId);
	return (await q.groupBy(domainOf$1).orderBy(domainOf$1).execute()).map((r) => ({
		domain: r.domain,
		account_count: Number(r.account_count)
	}));
}
async function accountsOfDomain(db, domain) {
	return db.selectFrom("accounts").select([
		"smtp_host",
		"tracking_domain",
		"provider"
	]).where(domainOf$1, "=", domain).execute();
}
const parse$2 = (json, fallback) => {
	if (json === null) return fallback;
	try {
		return JSON.parse(json);
	} catch {
		return fallback;
	}
};
async function storedDomains(db, domains) {
	let q = db.selectFrom("domains").selectAll();
	if (domains) {
		if (domains.length === 0) return /* @__PURE__ */ new Map();
		q = q.where("domain", "in", domains);
	}
	const rows = await q.execute();
	return new Map(rows.map((r) => [r.domain, {
		domain: r.domain,
		dkim_selectors: parse$2(r.dkim_selectors, []),
		report: parse$2(r.report, null)
	}]));
}
async function saveReport(db, report) {
	const json = JSON.stringify(report);
	await db.insertInto("domains").values({
		domain: report.domain,
		report: json,
		checked_at: report.checked_at
	}).onConflict((oc) => oc.column("domain").doUpdateSet({
		report: json,
		checked_at: report.checked_at
	})).execute();
}
async function saveSelectors(db, domain, selectors) {
	const json = JSON.stringify(selectors);
	await db.insertInto("domains").values({
		domain,
		dkim_selectors: json
	}).onConflict((oc) => oc.column("domain").doUpdateSet({ dkim_selectors: json })).execute();
}
/** Domains whose inboxes' health has this reason (and detail, e.g. the list of a listing). */
async function domainsWithReason(db, code, detail) {
	let q = db.selectFrom("health_reasons").select("domain").distinct().where("code", "=", code);
	if (detail !== void 0) q = q.where("detail", "=", detail);
	return new Set((await q.execute()).map((r) => r.domain));
}
/** Inboxes per client sending from the domain; with a reason, only the inboxes it hits. */
async function sendersOf(db, domain, reason) {
	let q = db.selectFrom("accounts").leftJoin("clients", "clients.id", "accounts.client_id").select([
		"accounts.client_id",
		"clients.name",
		(eb) => eb.fn.countAll().as("inboxes")
	]).where(sql`lower(substr(accounts.email, instr(accounts.email, '@') + 1))`, "=", domain);
	if (reason) {
		const { code, detail } = reason;
		q = q.where((eb) => eb.exists(eb.selectFrom("health_reasons").select("health_reasons.code").whereRef("health_reasons.account_id", "=", "accounts.id").where("health_reasons.code", "=", code).where("health_reasons.detail", "=", detail)));
	}
	return (await q.groupBy("accounts.client_id").orderBy(sql`count(*)`, "desc").execute()).map((r) => ({
		client_id: r.client_id,
		name: r.name ?? "No client",
		inboxes: Number(r.inboxes)
	}));
}
// electron/core/domains/index.ts
const FRESH_MS$2 = 36e5;
/**
* Domains audited at once. The resolver's bound on questions in flight is what protects the
* network; this only has to keep that bound busy. An audit's widest round is ~15–35 questions
* and its first round ~6, so a quarter of the bound (16 at the default 64) keeps the slots
* full between rounds, while each domain still finishes soon after it starts (steady progress).
*/
const domainsAtOnce = (maxInFlight) => Math.min(64, Math.max(4, Math.ceil(maxInFlight / 4)));
function summarize$1(domain, accountCount, report) {
	if (!report) return {
		domain,
		account_count: accountCount,
		checked_at: null,
		spf: null,
		dkim: null,
		dmarc: null,
		mx: null,
		ptr: null,
		blacklist: null,
		overall: null
	};
	const ptr = report.ptr.length ? worst(report.ptr.map((p) => p.status)) : "unknown";
	const parts = {
		spf: report.spf.status,
		dkim: report.dkim.status,
		dmarc: report.dmarc.status,
		mx: report.mx.status,
		ptr,
		blacklist: report.blacklist.status
	};
	return {
		domain,
		account_count: accountCount,
		checked_at: report.checked_at,
		...parts,
		overall: worst(Object.values(parts))
	};
}
/** Domain summaries with domains.list's filters (also the Client page's domains). */
async function listDomains(db, { problems_only = false, issue, listed_on, client_id }) {
	let counts = await domainsWithCounts(db, client_id);
	if (issue || listed_on) {
		const keep = await domainsWithReason(db, listed_on ? "listed" : issue, listed_on);
		counts = counts.filter((c) => keep.has(c.domain));
	}
	const stored = await storedDomains(db, counts.map((c) => c.domain));
	const all = counts.map((c) => summarize$1(c.domain, c.account_count, stored.get(c.domain)?.report ?? null));
	return problems_only ? all.filter((d) => d.overall === "error" || d.overall === "warning") : all;
}
function createDomainService(deps) {
	const { db, clock, events, jobs, dns } = deps;
	const limiter = createLimiter(() => ({
		overall: domainsAtOnce(dns().maxInFlight ?? DEFAULT_SETTINGS.dns_max_in_flight),
		perHost: 1
	}));
	async function mustHaveInboxes(domain) {
		const accounts = await accountsOfDomain(db, domain);
		if (accounts.length === 0) throw new AppError("not_found", `No inbox uses the domain ${domain}`, { field: "domain" });
		return accounts;
	}
	async function check(domain, force, signal, session) {
		const accounts = await mustHaveInboxes(domain);
		const stored = (await storedDomains(db, [domain])).get(domain);
		const last = stored?.report;
		if (!force && last && clock.now().getTime() - Date.parse(last.checked_at) < FRESH_MS$2) return last;
		const report = await limiter.run(domain, async () => {
			const resolver = dns();
			const lookup = auditSession(session ? session.scope() : resolver.session(), {
				deadlineMs: resolver.questionMs * DNS_LIMITS.auditDeadlineFactor,
				signal
			});
			try {
				return await auditDomain({
					domain,
					smtpHosts: [...new Set(accounts.map((a) => a.smtp_host))],
					trackingDomains: [...new Set(accounts.map((a) => a.tracking_domain).filter((d) => !!d))],
					providers: [...new Set(accounts.map((a) => a.provider))],
					dkimSelectors: stored?.dkim_selectors ?? []
				}, lookup, clock.now());
			} finally {
				lookup.close();
			}
		}, signal);
		if (signal?.aborted) throw new Cancelled();
		await saveReport(db, report);
		await deps.onAudited?.(domain);
		events.emit("domains.changed", { domains: [domain] });
		return report;
	}
	const run = () => {
		const session = dns().session();
		return { check: (domain, force, signal) => check(domain, force, signal, session) };
	};
	return {
		check: (domain, force, signal) => check(domain, force, signal),
		run,
		handlers: {
			"domains.list": (filter) => listDomains(db, filter),
			"domains.get": async ({ domain }) => {
				const accounts = await mustHaveInboxes(domain);
				const stored = (await storedDomains(db, [domain])).get(domain);
				const report = stored?.report ?? null;
				const lists = [...new Set(report?.blacklist.flagged_lists.map((f) => f.list) ?? [])];
				const listings = await Promise.all(lists.map(async (list) => {
					const targets = [...new Set(report.blacklist.flagged_lists.filter((f) => f.list === list).map((f) => f.target ?? domain))];
					const hosts = Object.entries(report.sending_hosts ?? {}).filter(([, ips]) => ips.some((ip) => targets.includes(ip))).map(([host]) => host);
					const clients = await sendersOf(db, domain, {
						code: "listed",
						detail: list
					});
					return {
						list,
						target: targets.join(", "),
						hosts,
						inboxes: clients.reduce((n, c) => n + c.inboxes, 0),
						clients
					};
				}));
				return {
					summary: summarize$1(domain, accounts.length, report),
					report,
					dkim_selectors: stored?.dkim_selectors ?? [],
					clients: await sendersOf(db, domain),
					listings
				};
			},
			"domains.check": ({ domain, force }) => check(domain, force),
			"domains.checkAll": async ({ force }) => {
				const domains = (await domainsWithCounts(db)).map((d) => d.domain);
				const audits = run();
				return {
					job_id: jobs.start("domains.check", domains, async (domain, signal) => {
						const report = await audits.check(domain, force, signal);
						return {
							result: {
								domain,
								overall: summarize$1(domain, 0, report).overall,
								checked_at: report.checked_at
							},
							failed: false
						};
					}).id,
					total: domains.length
				};
			},
			"domains.setSelectors": async ({ domain, selectors }) => {
				await mustHaveInboxes(domain);
				const unique = [...new Set(selectors)];
				await saveSelectors(db, domain, unique);
				return { dkim_selectors: unique };
			}
		}
	};
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
// electron/core/csv/sniff.ts
const MAGIC = [
	{
		bytes: [
			80,
			75,
			3,
			4
		],
		message: "This is an Excel workbook or a ZIP archive, not a CSV file. In Excel choose File → Save As → \"CSV UTF-8\", then import that file."
	},
	{
		bytes: [
			208,
			207,
			17,
			224
		],
		message: "This is an old Excel (.xls) workbook, not a CSV file. In Excel choose File → Save As → \"CSV UTF-8\", then import that file."
	},
	{
		bytes: [
			37,
			80,
			68,
			70
		],
		message: "This is a PDF document, not a CSV file. Export the inboxes from your provider as CSV and import that file."
	}
];
const NOT_TEXT = "This file is not text (it looks like a program, image or archive). Choose the CSV file your provider exported.";
const startsWith = (head, bytes) => bytes.every((b, i) => head[i] === b);
/** UTF-16 without a byte order mark: every other byte is zero (ASCII-range text). */
function bomlessUtf16(head) {
	const n = Math.min(head.length, 4096) & -2;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (head[i] === 0) evenZero++;
		if (head[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero > pairs * .4 && evenZero < pairs * .05) return "utf-16le";
	if (evenZero > pairs * .4 && oddZero < pairs * .05) return "utf-16be";
	return null;
}
function isUtf8(head) {
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
		return true;
	} catch {
		return false;
	}
}
/** The legacy encoding chardet rates best among those iconv-lite can decode; ISO-8859-1 read as its superset Windows-1252. */
function legacyEncoding(head) {
	for (const match of chardet.analyse(head.subarray(0, 262144))) {
		const name = match.name.toLowerCase();
		if (name === "iso-8859-1" || name === "ascii") return "windows-1252";
		if (iconv.encodingExists(name) && !name.startsWith("utf-32")) return name;
	}
	return "windows-1252";
}
/** Share of characters that no spreadsheet writes (controls other than tab, CR, LF, FF). */
function controlShare(text) {
	if (text.length === 0) return 0;
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 || c === 127) controls++;
	}
	return controls / text.length;
}
function sniffFile(head) {
	const magic = MAGIC.find((m) => startsWith(head, m.bytes));
	if (magic) return {
		kind: "binary",
		message: magic.message
	};
	let encoding;
	if (startsWith(head, [
		239,
		187,
		191
	])) encoding = "utf-8";
	else if (startsWith(head, [255, 254])) encoding = "utf-16le";
	else if (startsWith(head, [254, 255])) encoding = "utf-16be";
	else encoding = bomlessUtf16(head) ?? (isUtf8(head) ? "utf-8" : legacyEncoding(head));
	const text = iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.byteLength), encoding);
	if (text.trim() === "") return { kind: "empty" };
	if (text.includes("\0") || controlShare(text) > .02) return {
		kind: "binary",
		message: NOT_TEXT
	};
	return {
		kind: "text",
		encoding
	};
}
const CANDIDATES = [
	",",
	";",
	"	",
	"|"
];
/** The delimiter used most often, outside quotes, on the header line (comma when there is none). */
function sniffDelimiter(text) {
	const counts = new Map(CANDIDATES.map((c) => [c, 0]));
	let quoted = false;
	for (const ch of text) if (ch === "\"") quoted = !quoted;
	else if (!quoted && (ch === "\n" || ch === "\r")) break;
	else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch) + 1);
	let best = ",";
	for (const c of CANDIDATES) if (counts.get(c) > counts.get(best)) best = c;
	return best;
}
// electron/core/csv/read-csv.ts
const SNIFF_BYTES = 1048576;
const fileProblem = (message) => new AppError("invalid_input", message, { field: "source" });
/** csv-parse's errors in words a user can act on, naming the line where the bad record starts. */
function csvProblem(err, start, limits) {
	switch (err.code) {
		case "CSV_QUOTE_NOT_CLOSED": return fileProblem(`A quoted field on line ${start} is never closed, so the rest of the file cannot be read. Check the quotes (") on that line.`);
		case "CSV_MAX_RECORD_SIZE": return fileProblem(`The record starting on line ${start} is too long (more than ${limits.maxRecordChars.toLocaleString("en-US")} characters) — usually a quote (") that is never closed. Check the quotes on that line.`);
		case "CSV_INVALID_CLOSING_QUOTE": return fileProblem(`Line ${err.lines ?? start} has a quote (") in the middle of a quoted field. Double it ("") or remove it.`);
		default: return fileProblem(`The file cannot be read as CSV near line ${err.lines ?? start}: ${err.message.split(":")[0]}.`);
	}
}
/** Every non-blank record, numbered by the line where it starts. */
async function* numbered(bytes, encoding, delimiter, limits) {
	let prevEnd = 0;
	let prevEmpty = 0;
	const startOf = (emptyLines) => prevEnd + 1 + (emptyLines - prevEmpty);
	const source = bytes.stream();
	const decoder = iconv.decodeStream(encoding);
	const options = {
		delimiter,
		bom: true,
		skip_empty_lines: true,
		relax_column_count: true,
		relax_quotes: true,
		max_record_size: limits.maxRecordChars,
		on_record: (cells, ctx) => {
			const line = startOf(ctx.empty_lines);
			prevEnd = ctx.lines;
			prevEmpty = ctx.empty_lines;
			return {
				line,
				cells
			};
		}
	};
	const parser = source.pipe(decoder).pipe(parse(options));
	try {
		for await (const record of parser) {
			if (record.cells.every((c) => c.trim() === "")) continue;
			yield record;
		}
	} catch (err) {
		const e = err;
		if (e.code?.startsWith("CSV_")) throw csvProblem(e, startOf(e.empty_lines ?? prevEmpty), limits);
		throw err;
	} finally {
		for (const s of [
			parser,
			decoder,
			source
		]) s.destroy();
	}
}
/** Opens a CSV file: refuses empty, binary, header-only and oversized files with one clear message each. */
async function openCsv(bytes, limits) {
	const head = await bytes.head(SNIFF_BYTES);
	const kind = sniffFile(head);
	if (kind.kind === "empty") throw fileProblem("The file is empty: there is nothing to import.");
	if (kind.kind === "binary") throw fileProblem(kind.message);
	const { encoding } = kind;
	const delimiter = sniffDelimiter(iconv.decode(head.subarray(0, 65536), encoding));
	const first = numbered(bytes, encoding, delimiter, limits);
	const header = (await first.next()).value;
	const firstRow = await first.next();
	await first.return(void 0);
	if (!header) throw fileProblem("The file is empty: there is nothing to import.");
	if (firstRow.done) throw fileProblem("The file has a header row but no inbox rows below it.");
	header.cells = header.cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, "") : c).trim());
	async function* records() {
		let rows = 0;
		let skippedHeader = false;
		for await (const record of numbered(bytes, encoding, delimiter, limits)) {
			if (!skippedHeader) {
				skippedHeader = true;
				continue;
			}
			if (++rows > limits.maxRows) throw fileProblem(limits.tooManyRows);
			yield record;
		}
	}
	return {
		encoding,
		delimiter,
		header,
		records
	};
}
/** Bytes already in memory (pasted text, a dropped file). */
function bufferBytes(buffer) {
	return {
		head: async (n) => buffer.subarray(0, n),
		stream: () => Readable.from([buffer])
	};
}
/** A file on disk, read again from the start for each pass. */
function fileBytes(path) {
	return {
		async head(n) {
			const fh = await open(path, "r");
			try {
				const buf = Buffer.alloc(n);
				const { bytesRead } = await fh.read(buf, 0, n, 0);
				return buf.subarray(0, bytesRead);
			} finally {
				await fh.close();
			}
		},
		stream: () => createReadStream(path, { highWaterMark: 262144 })
	};
}
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
/** At start: removes the temporary files of exports that never finished (the app was killed). */
async function removeLeftoverPartials(db) {
	const rows = await db.selectFrom("export_partials").select("path").execute();
	for (const { path: p } of rows) if (p.endsWith(".partial")) await rm(p, { force: true }).catch(() => void 0);
	await db.deleteFrom("export_partials").execute();
	return rows.length;
}
// electron/core/history/snapshots.ts
const EMPTY = {
	sent: 0,
	hard_bounces: 0,
	soft_bounces: 0,
	blocks: 0,
	delays: 0,
	complaints: 0,
	replies: 0
};
const EVENT_FIELD = {
	hard_bounce: "hard_bounces",
	soft_bounce: "soft_bounces",
	block: "blocks",
	delay: "delays",
	complaint: "complaints",
	reply: "replies"
};
const rate = (n, sent) => sent > 0 ? n / sent : 0;
/** Counts per day (YYYY-MM-DD) between from and to inclusive. */
async function dailyCounts(db, accountId, from = "0000-01-01", to = "9999-12-31") {
	const days = /* @__PURE__ */ new Map();
	const at = (d) => days.get(d) ?? (days.set(d, { ...EMPTY }), days.get(d));
	const sent = await db.selectFrom("sent_messages").select(["date", (eb) => eb.fn.countAll().as("n")]).where("account_id", "=", accountId).where("date", ">=", from).where("date", "<=", to).groupBy("date").execute();
	for (const r of sent) at(r.date).sent = Number(r.n);
	const events = await db.selectFrom("mailbox_events").select([
		"date",
		"kind",
		(eb) => eb.fn.countAll().as("n")
	]).where("account_id", "=", accountId).where("date", ">=", from).where("date", "<=", to).groupBy(["date", "kind"]).execute();
	for (const r of events) {
		const field = EVENT_FIELD[r.kind];
		if (field) at(r.date)[field] += Number(r.n);
	}
	return days;
}
function totals(days) {
	const t = { ...EMPTY };
	for (const d of days.values()) for (const k of Object.keys(t)) t[k] += d[k];
	return t;
}
/** Upserts one row per day with sends; returns how many rows were written. */
async function writeSnapshots(db, accountId, scoreOfDay) {
	const days = await dailyCounts(db, accountId);
	let written = 0;
	for (const [date, c] of days) {
		if (c.sent === 0) continue;
		const row = {
			account_id: accountId,
			date,
			...c,
			bounce_rate: rate(c.hard_bounces + c.soft_bounces, c.sent),
			block_rate: rate(c.blocks, c.sent),
			complaint_rate: rate(c.complaints, c.sent),
			reply_rate: rate(c.replies, c.sent),
			score: scoreOfDay(date, c)
		};
		const { account_id: _a, date: _d, ...update } = row;
		await db.insertInto("snapshots").values(row).onConflict((oc) => oc.columns(["account_id", "date"]).doUpdateSet(update)).execute();
		written++;
	}
	return written;
}
const isoDay = (d) => d.toISOString().slice(0, 10);
const daysBefore = (d, n) => isoDay(/* @__PURE__ */ new Date(d.getTime() - n * 864e5));
/** Snapshot points of the last `days` days up to today, ascending by date. */
async function history(db, accountId, days, today) {
	return (await db.selectFrom("snapshots").selectAll().where("account_id", "=", accountId).where("date", ">", daysBefore(today, days)).where("date", "<=", isoDay(today)).orderBy("date", "asc").execute()).map(({ account_id: _a, ...p }) => p);
}
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
const BOUNCE_LINES = {
	elevated: .02,
	high: .05,
	rise: .01
};
const COMPLAINT_LINES = {
	elevated: .001,
	high: .003,
	rise: .001
};
/** The score's lines for blocks (report/score.ts): under 1 % good, over 3 % bad. */
const BLOCK_LINES = {
	elevated: .01,
	high: .03,
	rise: .01
};
/** Probe errors that say the inbox is not signed in: its sign-in state speaks for them. */
const SIGN_IN_ERRORS$1 = /* @__PURE__ */ new Set(["sign_in_expired", "needs_sign_in"]);
/** Lists that major receivers reject on: one listing there is enough to fail. */
const MAJOR_LISTS = [
	"Spamhaus ZEN",
	"Spamhaus DBL",
	"Barracuda BRBL",
	"SpamCop"
];
const DAY_MS = 864e5;
const pct$2 = (r) => `${Number((r * 100).toFixed(2))} %`;
const day = (iso) => iso.slice(0, 10);
function signInReasons(s) {
	if (s?.state === "expired") return [{
		code: "sign_in_expired",
		level: "sign_in_expired",
		detail: "",
		scope: "inbox",
		message: `Sign-in expired — sign in again: the provider refused this inbox's sign-in${s.expired_at ? ` on ${day(s.expired_at)}` : ""}`
	}];
	if (s?.state === "needs_sign_in") return [{
		code: "needs_sign_in",
		level: "unknown",
		detail: "",
		scope: "inbox",
		message: "Not connected yet: sign in to connect this inbox"
	}];
	return [];
}
function connectionReasons(f, now, stale) {
	const out = signInReasons(f.sign_in);
	const signedIn = (p) => p && !p.ok && SIGN_IN_ERRORS$1.has(p.error ?? "") ? null : p;
	const probes = [["SMTP", signedIn(f.smtp)], ["IMAP", signedIn(f.imap)]];
	const untested = probes.filter(([, p]) => !p).map(([name]) => name);
	if (untested.length && out.length === 0) out.push({
		code: "not_tested",
		level: "unknown",
		detail: "",
		scope: "inbox",
		message: `${untested.join(" and ")} not tested yet`
	});
	const failed = /* @__PURE__ */ new Map();
	for (const [name, p] of probes) if (p && !p.ok) {
		const code = p.error ?? "protocol_error";
		failed.set(code, [...failed.get(code) ?? [], `${name} (tested ${day(p.tested_at)})`]);
	}
	for (const [code, names] of failed) out.push({
		code: "login_failed",
		level: "failing",
		detail: code,
		scope: "inbox",
		message: `Cannot log in: ${names.join(" and ")} — ${PROBE_ERROR_LABEL[code] ?? code}`
	});
	for (const [name, p] of probes) if (p?.ok && now.getTime() - Date.parse(p.tested_at) > 7 * DAY_MS) stale.push(`${name} last tested ${day(p.tested_at)}`);
	return out;
}
function domainReasons(d, now, stale) {
	if (!d) return [{
		code: "domain_not_checked",
		level: "unknown",
		detail: "",
		scope: "domain",
		message: "The domain has not been checked yet"
	}];
	const out = [];
	const add = (code, level, message, detail = "") => out.push({
		code,
		level,
		detail,
		scope: "domain",
		message
	});
	if (!d.answered) add("domain_not_checked", "unknown", `DNS gave no usable answer for ${d.domain} at the last check (${day(d.checked_at)})`);
	else if (now.getTime() - Date.parse(d.checked_at) > 7 * DAY_MS) stale.push(`domain last checked ${day(d.checked_at)}`);
	const lists = [...new Set(d.listings.map((l) => l.list))];
	for (const list of lists) {
		const hits = d.listings.filter((l) => l.list === list);
		add("listed", lists.length >= 2 || hits.some((l) => l.major) ? "failing" : "at_risk", `${hits.map((l) => l.target).join(", ")} listed on ${list}`, list);
	}
	if (d.spf === "none") add("spf_missing", "at_risk", `${d.domain} has no SPF record`);
	else if (d.spf === "fail" || d.spf === "permerror") add("spf_fail", "at_risk", `SPF ${d.spf === "fail" ? "fails" : "is broken (permerror)"} for this inbox's sending server`);
	else if (d.spf === "softfail" || d.spf === "neutral") add("spf_weak", "watch", `SPF does not vouch for this inbox's sending server (${d.spf})`);
	if (d.dkim === "missing") add("dkim_missing", "at_risk", `No DKIM key found for ${d.domain}`);
	else if (d.dkim === "weak") add("dkim_weak", "watch", `The DKIM key of ${d.domain} is shorter than 2048 bits`);
	if (d.dmarc === "missing" || d.dmarc === "invalid") add("dmarc_missing", "watch", `${d.domain} has ${d.dmarc === "missing" ? "no" : "an invalid"} DMARC record`);
	return out;
}
function rateReasons(r) {
	if (!r) return [];
	const out = [];
	const kinds = [
		[
			"bounces",
			"bounce",
			BOUNCE_LINES,
			(c) => c.bounced
		],
		[
			"complaints",
			"complaint",
			COMPLAINT_LINES,
			(c) => c.complaints
		],
		[
			"blocks",
			"block",
			BLOCK_LINES,
			(c) => c.blocked
		]
	];
	for (const [noun, what, lines, count] of kinds) {
		const w = r.window;
		if (w.sent >= 20) {
			const rate = count(w) / w.sent;
			const evidence = `${count(w)} ${count(w) === 1 ? what : noun} of ${w.sent} sent in 30 days (${pct$2(rate)})`;
			if (rate > lines.high) out.push({
				code: `${noun}_high`,
				level: "failing",
				detail: "",
				scope: "inbox",
				message: `${what[0].toUpperCase()}${what.slice(1)} rate over ${pct$2(lines.high)}: ${evidence}`
			});
			else if (rate >= lines.elevated) out.push({
				code: `${noun}_elevated`,
				level: "at_risk",
				detail: "",
				scope: "inbox",
				message: `${what[0].toUpperCase()}${what.slice(1)} rate ${pct$2(lines.elevated)} or more: ${evidence}`
			});
		}
		const recent = r.recent;
		const earlier = {
			sent: w.sent - recent.sent,
			n: count(w) - count(recent)
		};
		if (recent.sent >= 20 && earlier.sent >= 20) {
			const now = count(recent) / recent.sent;
			const before = earlier.n / earlier.sent;
			if (now >= 2 * before && now - before >= lines.rise) out.push({
				code: `${noun}_rising`,
				level: now >= lines.elevated ? "at_risk" : "watch",
				detail: "",
				scope: "inbox",
				message: `${what[0].toUpperCase()}${what.slice(1)} rate rising: ${pct$2(now)} in the last 7 days against ${pct$2(before)} in the 23 days before`
			});
		}
	}
	return out;
}
/** The verdict for one inbox at `now`. */
function computeHealth(f, now) {
	const stale = [];
	const reasons = [
		...connectionReasons(f, now, stale),
		...domainReasons(f.domain, now, stale),
		...rateReasons(f.rates)
	];
	if (stale.length) reasons.push({
		code: "stale",
		level: "unknown",
		detail: "",
		scope: "inbox",
		message: `Not checked for over 7 days: ${stale.join("; ")}`
	});
	const order = (l) => l === "sign_in_expired" ? -1 : HEALTHS.indexOf(l);
	reasons.sort((a, b) => order(a.level) - order(b.level));
	const health = reasons[0]?.level ?? "healthy";
	const fresh = [
		f.smtp?.ok ? f.smtp.tested_at : null,
		f.imap?.ok ? f.imap.tested_at : null,
		f.domain?.answered ? f.domain.checked_at : null
	].filter((t) => t !== null).map((t) => Date.parse(t) + 7 * DAY_MS).filter((t) => t > now.getTime());
	return {
		health,
		reasons,
		expires_at: fresh.length ? new Date(Math.min(...fresh)).toISOString() : null
	};
}
const part = (status, points, evidence, advice) => advice ? {
	status,
	points,
	evidence,
	advice
} : {
	status,
	points,
	evidence
};
const percent = (ratio) => `${Number((ratio * 100).toFixed(2))} %`;
const txtRecord = (fix) => `a TXT record at ${fix.record_name}: ${fix.value}`;
function spfPart(spf, inputs) {
	const fix = inputs.fixes?.spf;
	const at = inputs.domain ?? "your domain";
	const publish = {
		title: "Authorise your sending servers in SPF",
		action: fix ? `Publish the SPF record as ${txtRecord(fix)}` : `Publish one SPF TXT record at ${at} that includes your mail provider, ending in ~all or -all.`
	};
	switch (spf) {
		case "pass": return part("good", 10, "SPF passes for the sending IP.");
		case "softfail": return part("warning", 4, "SPF softfails for the sending IP: it is not listed in the record.", publish);
		case "neutral": return part("warning", 2, "SPF is neutral (?all) for the sending IP: the record vouches for nothing.", publish);
		case "fail": return part("bad", 0, "SPF fails for the sending IP: receivers may reject the mail.", publish);
		case "none": return part("bad", 0, `No SPF record at ${at}.`, publish);
		case "permerror": return part("bad", 0, "The SPF record is broken (syntax error or more than 10 DNS lookups): receivers treat it as a fail.", {
			title: "Fix the SPF record",
			action: fix ? `Replace it with ${txtRecord(fix)}` : "Merge duplicate SPF records and cut includes until it needs at most 10 DNS lookups."
		});
		case "temperror": return part("unknown", 0, "SPF could not be checked: DNS did not answer.", rerun("SPF"));
		default: return part("unknown", 0, "SPF has not been checked.", rerun("SPF"));
	}
}
function rerun(what) {
	return {
		title: `Check ${what}`,
		action: `Run the domain check for this inbox so ${what} can be scored.`
	};
}
function dkimPart(dkim, inputs) {
	if (!dkim) return part("unknown", 0, "DKIM has not been checked.", rerun("DKIM"));
	const fix = inputs.fixes?.dkim;
	if (!dkim.found) return part("bad", 0, "No DKIM key was found for the domain: mail is not signed, or signed with an unpublished key.", {
		title: "Turn on DKIM signing",
		action: fix ? `Enable DKIM signing at your mail provider and publish its key as ${txtRecord(fix)}` : "Enable DKIM signing at your mail provider (Google Workspace: Admin › Gmail › Authenticate email; Microsoft 365: Defender › DKIM) and publish the key it gives you."
	});
	if (dkim.weak_key) return part("warning", 5, "A DKIM key is published but it is weak (shorter than 2048 bits).", {
		title: "Rotate DKIM to a 2048-bit key",
		action: fix ? `Generate a 2048-bit key and publish it as ${txtRecord(fix)}` : "Generate a 2048-bit DKIM key at your mail provider, publish it, then retire the old selector."
	});
	return part("good", 10, "A DKIM key is published for the domain.");
}
function dmarcPart(dmarc, inputs) {
	if (!dmarc) return part("unknown", 0, "DMARC has not been checked.", rerun("DMARC"));
	const fix = inputs.fixes?.dmarc;
	const domain = inputs.domain ?? "example.com";
	const record = fix ? txtRecord(fix) : `a TXT record at _dmarc.${domain}: v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain} (a mailbox you read)`;
	if (dmarc.invalid) return part("bad", 0, "The DMARC record is invalid, so receivers ignore it.", {
		title: "Fix the DMARC record",
		action: `Replace it with ${record}`
	});
	switch (dmarc.policy) {
		case "reject":
		case "quarantine": return part("good", 10, `DMARC is enforced (p=${dmarc.policy}).`);
		case "none": return part("warning", 5, "DMARC is published but only monitors (p=none).", {
			title: "Enforce DMARC",
			action: "Once DMARC reports show your own mail passing, change the policy to p=quarantine (later p=reject)."
		});
		default: return part("bad", 0, `No DMARC record at _dmarc.${domain}: Gmail and Yahoo require one from bulk senders.`, {
			title: "Publish a DMARC record",
			action: `Publish a DMARC record as ${record}`
		});
	}
}
function blacklistPart(bl) {
	if (!bl || bl.checked === 0 && bl.listed === 0) return part("unknown", 0, "Blacklists have not been checked.", {
		title: "Check blacklists",
		action: "Run the blacklist check for this inbox’s domain and sending IPs."
	});
	if (bl.listed > 0) {
		const flagged = bl.flagged ?? [];
		const names = flagged.map((f) => f.list).join(", ");
		const delist = flagged.map((f) => f.removal_url ? `${f.list} at ${f.removal_url}` : f.list).join("; ");
		return part("bad", bl.listed === 1 ? 6 : 0, `Listed on ${bl.listed} of ${bl.checked} blacklists${names ? ` (${names})` : ""}.`, {
			title: bl.listed === 1 && flagged[0] ? `Get delisted from ${flagged[0].list}` : "Get delisted from the blacklists",
			action: `Stop what caused the listing (compromised account, bad list, sudden volume), then request delisting from ${delist || "each list that flags you"}.`
		});
	}
	if (bl.unknown > 0) {
		const measured = 20 - Math.ceil(20 * bl.unknown / (bl.checked + bl.unknown));
		return {
			...part("good", measured, `Not listed on the ${bl.checked} lists that answered; ${bl.unknown} did not answer.`, {
				title: "Recheck the blacklists that did not answer",
				action: "Run the blacklist check again; some lists timed out or refused the query (Spamhaus refuses public resolvers: use your own DNS server)."
			}),
			measured
		};
	}
	return part("good", 20, `Not listed on any of ${bl.checked} blacklists.`);
}
function ratePart(what, count, sent, minSample, [good, bad], advice) {
	const noun = "complaints";
	if (sent < minSample) return part("unknown", 0, `Only ${sent} sent in the window; the ${what} rate counts from ${minSample} sends.`, {
		title: `Wait for enough sends to measure ${noun}`,
		action: `Keep sending normally; the ${what} rate is scored once ${minSample} messages have been sent.`
	});
	const rate = Math.min(1, count / sent);
	const evidence = `${count} ${noun} of ${sent} sent (${percent(rate)}).`;
	if (rate < good) return part("good", 15, evidence);
	if (rate <= bad) return part("warning", 7, `${evidence} Aim below ${percent(good)}.`, advice);
	return part("bad", 0, `${evidence} Above ${percent(bad)} receivers throttle or block.`, advice);
}
const band = (rate, [good, bad]) => rate < good ? "good" : rate <= bad ? "warning" : "bad";
const POINTS = {
	good: 15,
	warning: 7,
	bad: 0,
	unknown: 0
};
const WORSE = [
	"bad",
	"warning",
	"good"
];
function bouncePart(b, minSample) {
	const { sent, hard_bounces: hard, blocks } = b;
	if (sent < minSample) return part("unknown", 0, `Only ${sent} sent in the window; bounces and blocks count from ${minSample} sends.`, {
		title: "Wait for enough sends to measure bounces",
		action: `Keep sending normally; the hard-bounce and block rates are scored once ${minSample} messages have been sent.`
	});
	const hardRate = Math.min(1, hard / sent);
	const blockRate = Math.min(1, blocks / sent);
	const hardStatus = band(hardRate, [.02, .05]);
	const blockStatus = band(blockRate, [.01, .03]);
	const status = WORSE.find((x) => x === hardStatus || x === blockStatus);
	const evidence = `${hard} hard bounce${hard === 1 ? "" : "s"} (${percent(hardRate)}) and ${blocks} block${blocks === 1 ? "" : "s"} (${percent(blockRate)}) of ${sent} sent.`;
	if (status === "good") return part("good", 15, evidence);
	const blocksWorse = WORSE.indexOf(blockStatus) <= WORSE.indexOf(hardStatus);
	const advice = blocksWorse ? b.block_advice ?? {
		title: "Find out why receivers refuse your mail",
		action: "Open the bounces by reason on this inbox’s page and fix the most frequent block first."
	} : {
		title: "Lower the hard-bounce rate",
		action: "Remove addresses that hard-bounced, verify lists before sending, and stop sending to old or bought lists."
	};
	const lines = blocksWorse ? "Aim below 1 % blocks; above 3 % receivers are refusing you." : "Aim below 2 % hard bounces; above 5 % receivers throttle or block.";
	return part(status, POINTS[status], `${evidence} ${lines}`, advice);
}
const SIGN_IN_AGAIN = {
	title: "Sign in again",
	action: "The provider refused this inbox’s sign-in (revoked or expired). Open the inbox and choose “Sign in again”; no password is needed."
};
const SIGN_IN_FIRST = {
	title: "Sign in",
	action: "Open the inbox and sign in with Google or Microsoft to connect it."
};
function connectionPart(ok, proto, points, error, code) {
	if (code === "needs_sign_in") return part("unknown", 0, `${proto} is not connected yet: the inbox has not been signed in.`, SIGN_IN_FIRST);
	if (ok == null) return part("unknown", 0, `${proto} has not been tested.`, {
		title: `Test ${proto}`,
		action: `Run the connection test for this inbox.`
	});
	if (ok) return part("good", points, `${proto} connects and logs in.`);
	const why = error ? `: ${error}` : ".";
	if (code === "sign_in_expired") return part("bad", 0, `${proto} fails${why}`, SIGN_IN_AGAIN);
	return part("bad", 0, `${proto} fails${why}`, {
		title: `Fix the ${proto} connection`,
		action: `Check the ${proto} host, port, security and password in the inbox settings (app password if the provider requires one), then run the connection test again.`
	});
}
function volumePart(volume) {
	if (!volume) return part("unknown", 0, "Sending volume is not known yet.", {
		title: "Measure volume",
		action: "Read the mailbox so sends of the last day are counted."
	});
	const { sent_last_day: sent, daily_limit: limit } = volume;
	if (limit == null || limit <= 0) return part("unknown", 0, `${sent} sent in the last day; no daily limit is set.`, {
		title: "Set a daily sending limit",
		action: "Set a daily limit for this inbox (new inboxes: 20–50 a day, warmed inboxes rarely above 100–200)."
	});
	const evidence = `${sent} sent in the last day of a ${limit} limit.`;
	if (sent > limit) return part("bad", 0, evidence, {
		title: "Send within the daily limit",
		action: `Send at most ${limit} a day from this inbox; spread the rest over other inboxes.`
	});
	if (sent > .8 * limit) return part("warning", 7, `${evidence} Close to the limit.`, {
		title: "Leave headroom under the daily limit",
		action: `Keep sends below ${Math.floor(.8 * limit)} a day (80 % of the limit).`
	});
	return part("good", 10, evidence);
}
function computeScore(inputs) {
	const minSample = inputs.min_sample ?? 20;
	const conn = inputs.connection ?? null;
	const components = [
		[
			"spf",
			"authentication",
			"SPF",
			10,
			spfPart(inputs.spf, inputs)
		],
		[
			"dkim",
			"authentication",
			"DKIM",
			10,
			dkimPart(inputs.dkim, inputs)
		],
		[
			"dmarc",
			"authentication",
			"DMARC",
			10,
			dmarcPart(inputs.dmarc, inputs)
		],
		[
			"blacklist",
			"blacklists",
			"Blacklists",
			20,
			blacklistPart(inputs.blacklist)
		],
		[
			"bounces",
			"bounces",
			"Bounces and blocks",
			15,
			inputs.bounces ? bouncePart(inputs.bounces, minSample) : part("unknown", 0, "Bounces have not been measured.", {
				title: "Measure bounces",
				action: "Read this inbox’s mailbox so bounces are counted."
			})
		],
		[
			"complaints",
			"complaints",
			"Complaint rate",
			15,
			inputs.complaints ? ratePart("complaint", inputs.complaints.complaints, inputs.complaints.sent, minSample, [.001, .003], {
				title: "Lower the complaint rate",
				action: "Send only to people who expect your mail, add a one-click unsubscribe (List-Unsubscribe), and remove everyone who complained."
			}) : part("unknown", 0, "Complaints have not been measured.", {
				title: "Measure complaints",
				action: "Read this inbox’s mailbox so feedback-loop reports are counted."
			})
		],
		[
			"smtp",
			"connection",
			"SMTP connection",
			6,
			connectionPart(conn?.smtp_ok, "SMTP", 6, conn?.smtp_error, conn?.smtp_code)
		],
		[
			"imap",
			"connection",
			"IMAP connection",
			4,
			connectionPart(conn?.imap_ok, "IMAP", 4, conn?.imap_error, conn?.imap_code)
		],
		[
			"volume",
			"volume",
			"Daily volume",
			10,
			volumePart(inputs.volume)
		]
	].map(([key, group, label, max, { measured, ...p }]) => ({
		key,
		group,
		label,
		max,
		measured: measured ?? (p.status === "unknown" ? 0 : max),
		...p
	}));
	const points = components.reduce((sum, c) => sum + c.points, 0);
	const max = components.reduce((sum, c) => sum + c.max, 0);
	const knownMax = components.reduce((sum, c) => sum + c.measured, 0);
	const measured = Math.round(100 * knownMax / max);
	const capped = !(conn?.smtp_ok === false && conn.smtp_code !== "needs_sign_in") ? null : conn.smtp_code === "sign_in_expired" ? `The sign-in expired, so this inbox cannot send: its score stays at 20 or below until it is signed in again.` : `SMTP login fails, so this inbox cannot send: its score stays at 20 or below until the login works.`;
	let score = null;
	if (measured >= 70 && knownMax > 0) {
		score = Math.round(100 * points / knownMax);
		if (capped) score = Math.min(score, 20);
	}
	return {
		score,
		points,
		max,
		known_max: knownMax,
		measured,
		capped,
		components
	};
}
/** Urgency of each part's fix: connection, listings, DNS, rates, volume. */
const FIX_ORDER = {
	smtp: 0,
	imap: 0,
	blacklist: 1,
	spf: 2,
	dkim: 2,
	dmarc: 2,
	bounces: 3,
	complaints: 3,
	volume: 4
};
/** "Fix first": only problems the user can act on, most urgent area first, then by points. */
function recommendations(result) {
	return result.components.filter((c) => (c.status === "warning" || c.status === "bad") && c.points < c.measured && c.advice !== void 0).map((c) => ({
		key: c.key,
		impact: c.measured - c.points,
		title: c.advice.title,
		action: c.advice.action
	})).sort((a, b) => FIX_ORDER[a.key] - FIX_ORDER[b.key] || b.impact - a.impact);
}
/** What is not measured yet and how to measure it, most points first. */
function notMeasured(result) {
	return result.components.filter((c) => c.measured < c.max && c.advice !== void 0).map((c) => ({
		key: c.key,
		points: c.max - c.measured,
		title: c.advice.title,
		action: c.advice.action
	})).sort((a, b) => b.points - a.points);
}
// electron/core/report/bounce-reasons.ts
const EXAMPLES$1 = 3;
const KIND_CATEGORY = {
	hard_bounce: "hard",
	soft_bounce: "soft",
	block: "block",
	delay: "delay"
};
const asReason = (r) => BOUNCE_REASONS.includes(r ?? "") ? r : "unknown";
/** Counts per (reason, category) from the stored events between two days, with recent examples. */
async function reasonCounts$1(db, accountId, from, to) {
	const rows = await db.selectFrom("mailbox_events").select([
		"date",
		"kind",
		"reason",
		"detail"
	]).where("account_id", "=", accountId).where("kind", "in", Object.keys(KIND_CATEGORY)).where("date", ">=", from).where("date", "<=", to).orderBy("date", "desc").execute();
	const groups = /* @__PURE__ */ new Map();
	for (const row of rows) {
		const reason = asReason(row.reason);
		const category = KIND_CATEGORY[row.kind];
		const key = `${category}:${reason}`;
		const group = groups.get(key) ?? groups.set(key, {
			reason,
			category,
			count: 0,
			examples: [],
			lists: []
		}).get(key);
		group.count++;
		const info = parseDetail(row.detail);
		if (group.examples.length < EXAMPLES$1) group.examples.push(...examplesOf(info, reason, row.date));
		for (const r of info.recipients ?? []) if (r.list && !group.lists.includes(r.list)) group.lists.push(r.list);
	}
	return [...groups.values()].sort((a, b) => b.count - a.count);
}
function parseDetail(detail) {
	try {
		return JSON.parse(detail);
	} catch {
		return {};
	}
}
function examplesOf(info, reason, date) {
	return (info.recipients ?? []).filter((r) => r.reason === reason).slice(0, 1).map((r) => {
		const ex = {
			address: r.address,
			date,
			status: r.status ?? ""
		};
		if (r.reply_code) ex.reply_code = r.reply_code;
		if (r.diagnostic) ex.diagnostic = r.diagnostic;
		if (r.remote_mta) ex.remote_mta = r.remote_mta;
		if (info.reporting_mta) ex.reporting_mta = info.reporting_mta;
		return ex;
	});
}
/** What to do about a reason, from the domain's audit where it has the record or the listing. */
function fixFor(reason, domain, d, lists) {
	const page = `#/domains/${encodeURIComponent(domain)}`;
	switch (reason) {
		case "auth_failed": {
			const fix = d?.dmarc.fixes[0] ?? d?.spf.fixes[0] ?? d?.dkim.fixes[0];
			return {
				kind: "dns",
				href: page,
				title: `Fix SPF, DKIM and DMARC for ${domain}`,
				action: "Receivers refused the mail because it failed authentication. Publish the records the domain check suggests, make DKIM sign with the From domain, and check again.",
				...fix ? { record: {
					record_name: fix.record_name,
					value: fix.value
				} } : {}
			};
		}
		case "blocked_listed": {
			const flagged = d?.blacklist.flagged_lists ?? [];
			const named = lists.map((l) => l.toLowerCase());
			const entry = flagged.find((f) => named.some((n) => f.list.toLowerCase().includes(n) || n.includes(f.list.toLowerCase()))) ?? flagged[0];
			const list = entry?.list ?? lists[0];
			return {
				kind: "blacklist",
				href: page,
				title: list ? `Get delisted from ${list}` : "Get delisted",
				action: "Receivers refused the mail because the sending IP or domain is on a blacklist. Stop what caused the listing, then request removal.",
				...list ? { list } : {},
				...entry?.removal_url ? { removal_url: entry.removal_url } : {}
			};
		}
		case "rdns_missing": return {
			kind: "ptr",
			href: page,
			title: "Set reverse DNS (PTR) for the sending IP",
			action: "Ask whoever runs the sending server to set a PTR record for its IP to a host name that resolves back to that IP (e.g. mail." + domain + ")."
		};
		case "tls_required": return {
			kind: "tls",
			title: "Send over TLS",
			action: "The receiver accepts only encrypted connections: turn on STARTTLS on the sending server or use a provider that does."
		};
		case "blocked_ip_reputation": return {
			kind: "sending",
			title: "Rebuild sending reputation",
			action: "Lower the daily volume, send only to people who expect your mail, warm the inbox up again, and check the IP with the receiver’s postmaster tools."
		};
		case "rate_limited":
		case "too_many_connections": return {
			kind: "sending",
			title: "Send more slowly",
			action: "Spread sends over the day and lower the daily limit for this inbox; the receiver throttles bursts."
		};
		case "spam_content": return {
			kind: "content",
			title: "Change the content",
			action: "The receiver’s filter refused the message itself: cut links and images, avoid URL shorteners and spammy wording, and send plain, personal text."
		};
		case "policy": return {
			kind: "content",
			title: "Check the receiver’s policy",
			action: "The receiver refused by its own rules (recipient filters, closed lists, attachments). Read the replies below; send fewer, plainer messages."
		};
		case "user_unknown":
		case "host_unknown":
		case "mailbox_disabled":
		case "has_moved": return {
			kind: "list",
			title: "Remove these addresses",
			action: "The address is bad: take it off every list and sequence, and verify lists before sending."
		};
		case "mailbox_full": return {
			kind: "wait",
			title: "Try again later",
			action: "The mailbox is full; if it bounces again in a week, remove the address."
		};
		case "message_too_big": return {
			kind: "content",
			title: "Send smaller messages",
			action: "Drop attachments; link to files instead."
		};
		case "relay_denied": return {
			kind: "list",
			title: "Check the domain’s mail servers",
			action: "The server refused to accept mail for that domain: the address’s domain may have moved its mail elsewhere. Verify the address."
		};
		default: return {
			kind: "wait",
			title: "Nothing to do yet",
			action: "The sending server could not deliver for a reason outside your control; it may retry. Watch whether it repeats."
		};
	}
}
/** The report's summary: counts with their labels and fixes. */
function summarize(counts, domain, d) {
	return counts.map(({ lists, ...c }) => ({
		...c,
		label: BOUNCE_REASON_LABELS[c.reason],
		fix: fixFor(c.reason, domain, d, lists)
	}));
}
const SPF_ORDER = [
	"permerror",
	"fail",
	"softfail",
	"none",
	"neutral",
	"temperror",
	"pass"
];
/** The worst SPF result over the inbox's own sending IPs (its SMTP host's addresses). */
function spfFor(account, d) {
	const ips = new Set(d.sending_hosts?.[account.smtp_host.toLowerCase()] ?? d.sending_ips);
	const results = d.spf.results.filter((r) => ips.has(r.ip)).map((r) => r.result);
	if (results.length === 0) return d.spf.status === "unknown" ? "temperror" : d.spf.record ? null : "none";
	return SPF_ORDER.find((r) => results.includes(r)) ?? null;
}
const COMPLAINTS_NOTE = "Complaints count feedback-loop reports (ARF) from Yahoo, AOL, Outlook.com/Hotmail (JMRP) and other providers that send them. Gmail sends no per-message complaints: complaint rates for Gmail recipients come only from Google Postmaster Tools, so a 0 % here says nothing about Gmail users.";
function scoreInputs(account, d, window, sentLastDay, blockAdvice) {
	const smtp = account.smtp_test;
	const imap = account.imap_test;
	return {
		domain: d?.domain ?? account.email.split("@")[1] ?? null,
		spf: d ? spfFor(account, d) : null,
		dkim: !d || d.dkim.status === "unknown" ? null : {
			found: d.dkim.found,
			weak_key: d.dkim.keys.some((k) => !k.revoked && k.key_type === "rsa" && (k.bits ?? 2048) < 2048)
		},
		dmarc: !d || d.dmarc.status === "unknown" ? null : {
			policy: d.dmarc.effective_policy ?? d.dmarc.policy,
			invalid: d.dmarc.record !== null && d.dmarc.policy === null
		},
		blacklist: !d ? null : {
			listed: new Set(d.blacklist.flagged_lists.map((f) => f.list)).size,
			checked: d.blacklist.checked_lists - d.blacklist.unknown_lists.length,
			unknown: d.blacklist.unknown_lists.length,
			flagged: d.blacklist.flagged_lists.map((f) => ({
				list: f.list,
				removal_url: f.removal_url
			}))
		},
		bounces: {
			sent: window.sent,
			hard_bounces: window.hard_bounces,
			blocks: window.blocks,
			...blockAdvice ? { block_advice: blockAdvice } : {}
		},
		complaints: {
			sent: window.sent,
			complaints: window.complaints
		},
		connection: {
			smtp_ok: smtp ? smtp.ok : null,
			imap_ok: imap ? imap.ok : null,
			...smtp && !smtp.ok ? {
				smtp_error: smtp.message,
				smtp_code: smtp.error
			} : {},
			...imap && !imap.ok ? {
				imap_error: imap.message,
				imap_code: imap.error
			} : {}
		},
		volume: {
			sent_last_day: sentLastDay,
			daily_limit: account.daily_limit
		},
		fixes: {
			...d?.spf.fixes[0] ? { spf: d.spf.fixes[0] } : {},
			...d?.dmarc.fixes[0] ? { dmarc: d.dmarc.fixes[0] } : {}
		}
	};
}
function buildReport(args) {
	const { account, domain: d, window: w } = args;
	const domainName = account.email.split("@")[1] ?? "";
	const byReason = summarize(args.reasons, domainName, d);
	const topBlock = byReason.find((r) => r.category === "block");
	const blockAdvice = topBlock ? {
		title: topBlock.fix.title,
		action: `Most blocks: ${topBlock.label.toLowerCase()} (${topBlock.count}). ${topBlock.fix.action}`
	} : void 0;
	const result = computeScore(scoreInputs(account, d, w, args.sentLastDay, blockAdvice));
	const rate = (n) => w.sent > 0 ? n / w.sent : null;
	return {
		account_id: account.id,
		email: account.email,
		domain: domainName,
		overall_score: result.score,
		points: result.points,
		known_max: result.known_max,
		measured: result.measured,
		score_floor: 70,
		capped: result.capped,
		checked_at: args.now.toISOString(),
		components: result.components,
		dns_authentication: {
			spf: {
				passed: d ? d.spf.status === "ok" : null,
				record: d?.spf.record ?? null,
				details: d ? d.spf.findings.map((f) => f.message).join(" ") || "SPF is in order." : "Not checked yet."
			},
			dkim: {
				passed: d ? d.dkim.status === "ok" : null,
				record: d?.dkim.keys[0]?.record ?? null,
				details: d ? d.dkim.findings.map((f) => f.message).join(" ") || `DKIM key found (${d.dkim.keys.map((k) => k.selector).join(", ")}).` : "Not checked yet."
			},
			dmarc: {
				passed: d ? d.dmarc.status === "ok" : null,
				record: d?.dmarc.record ?? null,
				details: d ? d.dmarc.findings.map((f) => f.message).join(" ") || `DMARC policy ${d.dmarc.policy}.` : "Not checked yet."
			}
		},
		blacklist_check: {
			listed: d?.blacklist.listed ?? false,
			checked_lists: d?.blacklist.checked_lists ?? 0,
			clean_lists: d?.blacklist.clean_lists ?? [],
			flagged_lists: (d?.blacklist.flagged_lists ?? []).map(({ list, answer, meaning, removal_url }) => ({
				list,
				answer,
				meaning,
				removal_url
			}))
		},
		reputation: {
			window_days: 30,
			sent: w.sent,
			hard_bounces: w.hard_bounces,
			soft_bounces: w.soft_bounces,
			blocks: w.blocks,
			delays: w.delays,
			complaints: w.complaints,
			replies: w.replies,
			bounce_rate: rate(w.hard_bounces + w.soft_bounces),
			hard_bounce_rate: rate(w.hard_bounces),
			block_rate: rate(w.blocks),
			complaint_rate: rate(w.complaints),
			reply_rate: rate(w.replies)
		},
		bounces_by_reason: byReason,
		complaints_note: COMPLAINTS_NOTE,
		recommendations: recommendations(result),
		not_measured: notMeasured(result),
		mailbox: args.mailbox
	};
}
// electron/core/health/facts.ts
/** The sign-in columns health reads (besides those the domain and probes need). */
const SIGN_IN_COLUMNS = [
	"auth_method",
	"sign_in_expired_at",
	"oauth_token_stored",
	"oauth_app_id"
];
const domainOfEmail$1 = (email) => (email.split("@").pop() ?? "").toLowerCase();
function probeFact(json) {
	if (json === null) return null;
	try {
		const p = JSON.parse(json);
		return {
			ok: p.ok === true,
			error: p.ok ? null : p.error ?? "protocol_error",
			tested_at: p.tested_at ?? "1970-01-01T00:00:00.000Z"
		};
	} catch {
		return null;
	}
}
/** The flags that hit this inbox: its domain (or a parent), its tracking domain, its own sending IPs. */
function listingsFor(subject, report) {
	const domain = domainOfEmail$1(subject.email);
	const ips = new Set(report.sending_hosts?.[subject.smtp_host.toLowerCase()] ?? report.sending_ips);
	const tracking = subject.tracking_domain?.toLowerCase() ?? null;
	return report.blacklist.flagged_lists.map((f) => ({
		...f,
		target: f.target ?? domain
	})).filter((f) => net.isIP(f.target) ? ips.has(f.target) : f.target === domain || domain.endsWith(`.${f.target}`) || f.target === tracking).map((f) => ({
		list: f.list,
		target: f.target,
		major: MAJOR_LISTS.includes(f.list) && !f.meaning.startsWith("PBL")
	}));
}
function domainFacts$1(subject, report) {
	const weak = report.dkim.keys.some((k) => !k.revoked && k.key_type === "rsa" && (k.bits ?? 2048) < 2048);
	const dmarcPolicy = report.dmarc.effective_policy ?? report.dmarc.policy;
	return {
		domain: report.domain,
		checked_at: report.checked_at,
		answered: [
			report.spf.status,
			report.dkim.status,
			report.dmarc.status
		].some((s) => s !== "unknown"),
		spf: spfFor(subject, report) ?? null,
		dkim: report.dkim.status === "unknown" ? null : !report.dkim.found ? "missing" : weak ? "weak" : "ok",
		dmarc: report.dmarc.status === "unknown" ? null : report.dmarc.record === null ? "missing" : dmarcPolicy === null ? "invalid" : "ok",
		listings: listingsFor(subject, report)
	};
}
function healthFacts(subject, report, rates) {
	const state = subject.auth_method === "oauth" ? signInState({
		auth_method: "oauth",
		sign_in_expired_at: subject.sign_in_expired_at ?? null,
		oauth_token_stored: subject.oauth_token_stored ?? 0,
		oauth_app_id: subject.oauth_app_id ?? null
	}) : null;
	return {
		sign_in: state && {
			state,
			expired_at: subject.sign_in_expired_at ?? null
		},
		smtp: probeFact(subject.smtp_test),
		imap: probeFact(subject.imap_test),
		domain: report ? domainFacts$1(subject, report) : null,
		rates: rates && {
			measured_at: rates.measured_at,
			window: {
				sent: rates.sent_30d,
				bounced: rates.bounced_30d,
				blocked: rates.blocked_30d,
				complaints: rates.complaints_30d
			},
			recent: {
				sent: rates.sent_7d,
				bounced: rates.bounced_7d,
				blocked: rates.blocked_7d,
				complaints: rates.complaints_7d
			}
		}
	};
}
// electron/core/health/service.ts
/** Rows per transaction: short enough that tests and refreshes are never held up for long. */
const CHUNK = 500;
const parseReport = (json) => {
	if (json === null) return null;
	try {
		return JSON.parse(json);
	} catch {
		return null;
	}
};
function createHealthService(deps) {
	const { db, clock } = deps;
	async function computeChunk(ids) {
		if (ids.length === 0) return;
		await db.transaction().execute(async (trx) => {
			const rows = await trx.selectFrom("accounts").select([
				"id",
				"email",
				"smtp_host",
				"tracking_domain",
				"smtp_test",
				"imap_test",
				...SIGN_IN_COLUMNS
			]).where("id", "in", ids).execute();
			if (rows.length === 0) return;
			const rates = new Map((await trx.selectFrom("account_rates").selectAll().where("account_id", "in", ids).execute()).map((r) => [r.account_id, r]));
			const domains = [...new Set(rows.map((r) => domainOfEmail$1(r.email)))];
			const reports = new Map((await trx.selectFrom("domains").select(["domain", "report"]).where("domain", "in", domains).execute()).map((d) => [d.domain, parseReport(d.report)]));
			const now = clock.now();
			const at = now.toISOString();
			await trx.deleteFrom("health_reasons").where("account_id", "in", rows.map((r) => r.id)).execute();
			for (const row of rows) {
				const domain = domainOfEmail$1(row.email);
				const verdict = computeHealth(healthFacts(row, reports.get(domain) ?? null, rates.get(row.id) ?? null), now);
				const smtp = probeFact(row.smtp_test);
				const imap = probeFact(row.imap_test);
				await trx.updateTable("accounts").set({
					health: verdict.health,
					health_rank: HEALTH_RANK[verdict.health],
					health_reasons: JSON.stringify(verdict.reasons),
					health_at: at,
					health_expires_at: verdict.expires_at,
					smtp_error: smtp && !smtp.ok ? smtp.error : null,
					imap_error: imap && !imap.ok ? imap.error : null
				}).where("id", "=", row.id).execute();
				if (verdict.reasons.length) await trx.insertInto("health_reasons").values(verdict.reasons.map((r) => ({
					account_id: row.id,
					code: r.code,
					detail: r.detail,
					level: r.level,
					domain
				}))).onConflict((oc) => oc.doNothing()).execute();
			}
		});
	}
	async function recompute(ids) {
		const unique = [...new Set(ids)];
		for (let i = 0; i < unique.length; i += CHUNK) await computeChunk(unique.slice(i, i + CHUNK));
	}
	return {
		recompute,
		async recomputeDomain(domain) {
			const ids = await db.selectFrom("accounts").select("id").where(sql`lower(substr(email, instr(email, '@') + 1))`, "=", domain.toLowerCase()).execute();
			await recompute(ids.map((r) => r.id));
			if (ids.length) deps.events.emit("accounts.changed", { ids: ids.map((r) => r.id) });
		},
		async saveRates(id, rates) {
			const row = {
				account_id: id,
				measured_at: clock.now().toISOString(),
				...rates
			};
			const { account_id: _id, ...update } = row;
			await db.insertInto("account_rates").values(row).onConflict((oc) => oc.column("account_id").doUpdateSet(update)).execute();
			await recompute([id]);
		},
		async sweep() {
			const now = clock.now().toISOString();
			const ids = (await db.selectFrom("accounts").select("id").where((eb) => eb.or([eb("health_at", "is", null), eb("health_expires_at", "<=", now)])).execute()).map((r) => r.id);
			await recompute(ids);
			if (ids.length) deps.log.info("health recomputed", { count: ids.length });
			return ids.length;
		}
	};
}
// electron/core/overview/problems.ts
const n = (count, one, many = `${one}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
const inboxes = (c) => n(c, "inbox", "inboxes");
const domains = (c) => n(c, "domain");
const have = (c) => c === 1 ? "has" : "have";
/** Label and link of each cause; domain causes count domains and link to the Domains screen. */
const WORDS$1 = {
	login_failed: (r) => ({
		label: `${inboxes(r.inboxes)} cannot log in (${PROBE_ERROR_LABEL[r.detail] ?? r.detail})`,
		link: {
			screen: "accounts",
			filter: { connection: r.detail }
		}
	}),
	listed: (r) => ({
		label: `${domains(r.domains)} listed on ${r.detail} (${inboxes(r.inboxes)})`,
		link: {
			screen: "domains",
			filter: { listed_on: r.detail }
		}
	}),
	spf_missing: (r) => ({
		label: `${domains(r.domains)} ${have(r.domains)} no SPF record`,
		link: {
			screen: "domains",
			filter: { issue: r.code }
		}
	}),
	spf_fail: (r) => ({
		label: `${domains(r.domains)} fail SPF for their sending server (${inboxes(r.inboxes)})`,
		link: {
			screen: "domains",
			filter: { issue: r.code }
		}
	}),
	dkim_missing: (r) => ({
		label: `${domains(r.domains)} ${have(r.domains)} no DKIM key`,
		link: {
			screen: "domains",
			filter: { issue: r.code }
		}
	}),
	dmarc_missing: (r) => ({
		label: `${domains(r.domains)} ${have(r.domains)} no DMARC record`,
		link: {
			screen: "domains",
			filter: { issue: r.code }
		}
	}),
	spf_weak: (r) => ({
		label: `${domains(r.domains)} with SPF that does not vouch for the sending server`,
		link: {
			screen: "domains",
			filter: { issue: r.code }
		}
	}),
	dkim_weak: (r) => ({
		label: `${domains(r.domains)} with a DKIM key under 2048 bits`,
		link: {
			screen: "domains",
			filter: { issue: r.code }
		}
	}),
	bounces_high: (r) => ({
		label: `${inboxes(r.inboxes)} over 5 % bounces`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	complaints_high: (r) => ({
		label: `${inboxes(r.inboxes)} over 0.3 % complaints`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	bounces_elevated: (r) => ({
		label: `${inboxes(r.inboxes)} at 2–5 % bounces`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	complaints_elevated: (r) => ({
		label: `${inboxes(r.inboxes)} at 0.1–0.3 % complaints`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	sign_in_expired: (r) => ({
		label: `${inboxes(r.inboxes)} need${r.inboxes === 1 ? "s" : ""} signing in again`,
		link: {
			screen: "accounts",
			filter: { health: "sign_in_expired" }
		}
	}),
	needs_sign_in: (r) => ({
		label: `${inboxes(r.inboxes)} not connected yet (sign in)`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	blocks_high: (r) => ({
		label: `${inboxes(r.inboxes)} over 3 % blocks`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	blocks_elevated: (r) => ({
		label: `${inboxes(r.inboxes)} at 1–3 % blocks`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	blocks_rising: (r) => ({
		label: `${inboxes(r.inboxes)} with a rising block rate`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	bounces_rising: (r) => ({
		label: `${inboxes(r.inboxes)} with a rising bounce rate`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	complaints_rising: (r) => ({
		label: `${inboxes(r.inboxes)} with a rising complaint rate`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	not_tested: (r) => ({
		label: `${inboxes(r.inboxes)} not tested yet`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	}),
	domain_not_checked: (r) => ({
		label: `${domains(r.domains)} not checked yet (${inboxes(r.inboxes)})`,
		link: {
			screen: "domains",
			filter: { issue: r.code }
		}
	}),
	stale: (r) => ({
		label: `${inboxes(r.inboxes)} not checked for over a week`,
		link: {
			screen: "accounts",
			filter: { reason: r.code }
		}
	})
};
/** Problems worst first (then by inboxes hit) and, apart, what is not measured yet. */
function describeProblems(counts, clientId) {
	const all = counts.filter((c) => c.code in WORDS$1).map((c) => {
		const { label, link } = WORDS$1[c.code](c);
		const filter = clientId ? {
			...link.filter,
			client_id: clientId
		} : link.filter;
		return {
			code: c.code,
			detail: c.detail,
			level: c.level,
			label,
			inboxes: c.inboxes,
			domains: c.domains,
			link: {
				...link,
				filter
			}
		};
	}).sort((a, b) => HEALTH_RANK[a.level] - HEALTH_RANK[b.level] || b.inboxes - a.inboxes || a.label.localeCompare(b.label));
	return {
		problems: all.filter((p) => p.level !== "unknown"),
		unmeasured: all.filter((p) => p.level === "unknown")
	};
}
const emptyCounts = () => Object.fromEntries(HEALTHS.map((h) => [h, 0]));
const asHealth = (h) => HEALTHS.includes(h) ? h : "unknown";
/** Inboxes that cannot send until the user acts: failing or sign-in expired (same rank). */
const broken = (c) => c.failing + c.sign_in_expired;
async function healthByClient(db, clientId) {
	let q = db.selectFrom("accounts").select([
		"client_id",
		"health_rank",
		"health",
		(eb) => eb.fn.countAll().as("n")
	]);
	if (clientId) q = q.where("client_id", "=", clientId);
	const rows = await q.groupBy([
		"client_id",
		"health_rank",
		"health"
	]).execute();
	const out = /* @__PURE__ */ new Map();
	for (const r of rows) {
		const counts = out.get(r.client_id) ?? emptyCounts();
		counts[asHealth(r.health)] += Number(r.n);
		out.set(r.client_id, counts);
	}
	return out;
}
async function reasonCounts(db, clientId) {
	const worst = sql`min(case health_reasons.level ${sql.join(HEALTHS.map((h, i) => sql`when ${h} then ${i}`), sql` `)} else ${HEALTHS.length - 1} end)`;
	let q = db.selectFrom("health_reasons").select([
		"health_reasons.code",
		"health_reasons.detail",
		worst.as("rank")
	]).select(sql`count(*)`.as("inboxes")).select(sql`count(distinct health_reasons.domain)`.as("domains"));
	if (clientId) q = q.innerJoin("accounts", "accounts.id", "health_reasons.account_id").where("accounts.client_id", "=", clientId);
	return (await q.groupBy(["health_reasons.code", "health_reasons.detail"]).execute()).map((r) => ({
		code: r.code,
		detail: r.detail,
		level: HEALTHS[r.rank] ?? "unknown",
		inboxes: Number(r.inboxes),
		domains: Number(r.domains)
	}));
}
/** One point per day of the range; days without sends have null rates (a gap in the chart). */
async function trend(db, clientId, now) {
	const from = daysBefore(now, 29);
	const to = isoDay(now);
	const rows = clientId ? await db.selectFrom("snapshots").innerJoin("accounts", "accounts.id", "snapshots.account_id").select(["snapshots.date as date"]).select(sql`sum(snapshots.sent)`.as("sent")).select(sql`sum(snapshots.hard_bounces + snapshots.soft_bounces)`.as("bounced")).select(sql`sum(snapshots.complaints)`.as("complaints")).where("accounts.client_id", "=", clientId).where("snapshots.date", ">=", from).where("snapshots.date", "<=", to).groupBy("snapshots.date").execute() : await db.selectFrom("fleet_daily").selectAll().where("date", ">=", from).where("date", "<=", to).execute();
	const byDate = new Map(rows.map((r) => [r.date, r]));
	return Array.from({ length: 30 }, (_, i) => {
		const date = daysBefore(now, 29 - i);
		const r = byDate.get(date);
		const sent = Number(r?.sent ?? 0);
		return {
			date,
			sent,
			bounce_rate: sent > 0 ? Number(r.bounced) / sent : null,
			complaint_rate: sent > 0 ? Number(r.complaints) / sent : null
		};
	});
}
async function lastChecked(db, clientId, domains) {
	let tested = db.selectFrom("accounts").select((eb) => eb.fn.max("last_tested_at").as("at"));
	let read = db.selectFrom("reports").innerJoin("accounts", "accounts.id", "reports.account_id").select((eb) => eb.fn.max("reports.created_at").as("at"));
	let audited = db.selectFrom("domains").select((eb) => eb.fn.max("checked_at").as("at"));
	if (clientId) {
		tested = tested.where("client_id", "=", clientId);
		read = read.where("accounts.client_id", "=", clientId);
		audited = audited.where("domain", "in", domains?.length ? domains : [""]);
	}
	const [t, r, a] = await Promise.all([
		tested.executeTakeFirst(),
		read.executeTakeFirst(),
		audited.executeTakeFirst()
	]);
	return {
		connections: t?.at ?? null,
		mailboxes: r?.at ?? null,
		domains: a?.at ?? null
	};
}
async function overview(db, input, clock) {
	const clientId = input.client_id ?? null;
	const client = clientId ? await getClient(db, clientId) : null;
	if (clientId && !client) throw new AppError("not_found", "That client no longer exists", { field: "client_id" });
	const now = clock.now();
	const byClient = await healthByClient(db, clientId);
	const health = emptyCounts();
	for (const counts of byClient.values()) for (const h of HEALTHS) health[h] += counts[h];
	const total = HEALTHS.reduce((sum, h) => sum + health[h], 0);
	let pausedQ = db.selectFrom("accounts").select((eb) => eb.fn.countAll().as("n")).where("status", "=", "paused");
	if (clientId) pausedQ = pausedQ.where("client_id", "=", clientId);
	const paused = Number((await pausedQ.executeTakeFirstOrThrow()).n);
	let clients = [];
	if (!clientId) clients = [...(await db.selectFrom("clients").select(["id", "name"]).orderBy("name").execute()).map((c) => ({
		client_id: c.id,
		name: c.name,
		health: byClient.get(c.id) ?? emptyCounts()
	})), ...byClient.has(null) ? [{
		client_id: null,
		name: "No client",
		health: byClient.get(null)
	}] : []].map((c) => ({
		...c,
		total: HEALTHS.reduce((sum, h) => sum + c.health[h], 0)
	})).sort((a, b) => broken(b.health) - broken(a.health) || b.health.at_risk - a.health.at_risk || b.health.watch - a.health.watch || a.name.localeCompare(b.name));
	const domainRows = clientId ? await listDomains(db, { client_id: clientId }) : [];
	const { problems, unmeasured } = describeProblems(await reasonCounts(db, clientId), clientId);
	return {
		client: client ? {
			id: client.id,
			name: client.name
		} : null,
		total,
		paused,
		health,
		clients,
		problems,
		unmeasured,
		domains: domainRows.map((d) => ({
			domain: d.domain,
			inboxes: d.account_count,
			checked_at: d.checked_at,
			overall: d.overall,
			spf: d.spf,
			dkim: d.dkim,
			dmarc: d.dmarc,
			blacklist: d.blacklist
		})),
		trend: await trend(db, clientId, now),
		last_checked: await lastChecked(db, clientId, clientId ? domainRows.map((d) => d.domain) : null)
	};
}
// electron/core/exports/client-report-html.ts
const ESCAPES = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\"": "&quot;",
	"'": "&#39;"
};
const esc = (v) => String(v ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
const pct$1 = (r) => r === null ? "—" : `${Number((r * 100).toFixed(2))} %`;
const num = (n) => n === null ? "—" : n.toLocaleString("en-US");
const chip = (h, text = HEALTH_LABEL[h]) => `<span class="chip ${h}">${esc(text)}</span>`;
const CHECK_LABEL = {
	ok: "OK",
	warning: "Warning",
	error: "Problem",
	unknown: "Unknown"
};
const check = (s) => `<span class="chip ${s === "ok" ? "healthy" : s === "error" ? "failing" : s === "warning" ? "watch" : "unknown"}">${esc(s ? CHECK_LABEL[s] : "Not checked")}</span>`;
const CSS = `
*{box-sizing:border-box}body{margin:0;font:13px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2330;background:#fff}
main{max-width:960px;margin:0 auto;padding:28px 32px}h1{font-size:22px;margin:0 0 2px}h2{font-size:16px;margin:26px 0 8px;border-bottom:1px solid #e2e5eb;padding-bottom:4px}
.muted{color:#5b6475}.tiles{display:flex;gap:10px;flex-wrap:wrap}.tile{border:1px solid #e2e5eb;border-radius:8px;padding:8px 14px;min-width:110px}
.tile b{display:block;font-size:22px}table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e2e5eb;vertical-align:top}
th{background:#f3f4f7;font-weight:600}td.n,th.n{text-align:right;white-space:nowrap}.chip{display:inline-block;padding:0 7px;border-radius:6px;font-size:11px;font-weight:600;white-space:nowrap}
.failing{background:#fde8e8;color:#a4161a}.at_risk{background:#ffedd5;color:#9a3412}.watch{background:#fef3c7;color:#854d0e}.healthy{background:#dcfce7;color:#166534}.unknown{background:#eef0f4;color:#475467}
ul.problems{padding-left:0;list-style:none}ul.problems li{margin:4px 0}.chart{margin:6px 0 2px;width:100%;max-width:720px;height:auto}.legend span{margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
footer{margin-top:30px;font-size:11px}
@page{size:A4;margin:14mm}
@media print{main{max-width:none;padding:0}body{font-size:11px}h2{break-after:avoid}tr,.tile,.chart,li{break-inside:avoid}thead{display:table-header-group}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;
const W = 720;
const PAD = {
	left: 44,
	right: 10,
	top: 10,
	bottom: 22
};
/** Round up to 1, 2 or 5 × a power of ten, so the axis reads well. */
function niceMax(v) {
	if (v <= 0) return 1;
	const p = 10 ** Math.floor(Math.log10(v));
	return ([
		1,
		2,
		5,
		10
	].find((m) => m * p >= v) ?? 10) * p;
}
function axes(points, h, top, x) {
	const bottom = h - PAD.bottom;
	const ticks = [
		0,
		Math.floor((points.length - 1) / 2),
		points.length - 1
	];
	return `<line x1="${PAD.left}" y1="${bottom}" x2="${W - PAD.right}" y2="${bottom}" stroke="#c4c9d4"/><text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end" font-size="10" fill="#5b6475">${esc(top)}</text><text x="${PAD.left - 6}" y="${bottom}" text-anchor="end" font-size="10" fill="#5b6475">0</text>` + ticks.map((i) => `<text x="${x(i)}" y="${h - 6}" text-anchor="middle" font-size="10" fill="#5b6475">${esc(points[i]?.date.slice(5) ?? "")}</text>`).join("");
}
/** Sends per day as bars. */
function sentChart(points) {
	const h = 130;
	const max = niceMax(Math.max(0, ...points.map((p) => p.sent)));
	const step = (W - PAD.left - PAD.right) / Math.max(1, points.length);
	const x = (i) => PAD.left + step * (i + .5);
	const y = (v) => h - PAD.bottom - (h - PAD.bottom - PAD.top) * v / max;
	const bars = points.map((p, i) => p.sent > 0 ? `<rect x="${(x(i) - step * .35).toFixed(1)}" y="${y(p.sent).toFixed(1)}" width="${(step * .7).toFixed(1)}" height="${(h - PAD.bottom - y(p.sent)).toFixed(1)}" fill="#4a6cf0"/>` : "").join("");
	const total = points.reduce((n, p) => n + p.sent, 0);
	return `<svg class="chart" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" role="img" aria-label="Messages sent per day: ${total} in ${points.length} days"><title>Messages sent per day</title>${axes(points, h, String(max), x)}${bars}</svg>`;
}
/** Bounce and complaint rates as lines, broken on days without sends (a gap, not a zero). */
function ratesChart(points) {
	const h = 150;
	const values = points.flatMap((p) => [p.bounce_rate ?? 0, p.complaint_rate ?? 0]);
	const max = niceMax(Math.max(.01, ...values) * 100) / 100;
	const step = (W - PAD.left - PAD.right) / Math.max(1, points.length);
	const x = (i) => PAD.left + step * (i + .5);
	const y = (v) => h - PAD.bottom - (h - PAD.bottom - PAD.top) * v / max;
	const line = (pick, color) => {
		let d = "";
		let pen = false;
		const dots = [];
		points.forEach((p, i) => {
			const v = pick(p);
			if (v === null) {
				pen = false;
				return;
			}
			d += `${pen ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
			pen = true;
			dots.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2" fill="${color}"/>`);
		});
		return `${d ? `<path d="${d.trim()}" fill="none" stroke="${color}" stroke-width="1.6"/>` : ""}${dots.join("")}`;
	};
	return `<svg class="chart" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" role="img" aria-label="Bounce and complaint rates per day, gaps on days without sends"><title>Bounce and complaint rates per day</title>${axes(points, h, pct$1(max), x)}${line((p) => p.bounce_rate, "#c8333a")}${line((p) => p.complaint_rate, "#b7791f")}</svg><div class="legend muted"><span><i style="background:#c8333a"></i>Bounce %</span><span><i style="background:#b7791f"></i>Complaint %</span><span>Gaps: days without sends</span></div>`;
}
function renderClientReport({ overview: o, inboxes, generatedAt }) {
	const name = o.client?.name ?? "All clients";
	const day = generatedAt.toISOString().slice(0, 10);
	const from = o.trend[0]?.date ?? day;
	const sent = o.trend.reduce((n, p) => n + p.sent, 0);
	const tiles = HEALTHS.map((h) => `<div class="tile"><b>${o.health[h]}</b>${chip(h)}</div>`).join("");
	const problems = o.problems.length ? `<ul class="problems">${o.problems.map((p) => `<li>${chip(p.level)} ${esc(p.label)}</li>`).join("")}</ul>` : "<p>No problems found at the last checks.</p>";
	const unmeasured = o.unmeasured.length ? `<p class="muted">Not measured yet: ${o.unmeasured.map((p) => esc(p.label)).join("; ")}.</p>` : "";
	const domains = o.domains.length ? `<table><thead><tr><th>Domain</th><th class="n">Inboxes</th><th>SPF</th><th>DKIM</th><th>DMARC</th><th>Blacklists</th><th>Checked</th></tr></thead><tbody>${o.domains.map((d) => `<tr><td>${esc(d.domain)}</td><td class="n">${d.inboxes}</td><td>${check(d.spf)}</td><td>${check(d.dkim)}</td><td>${check(d.dmarc)}</td><td>${check(d.blacklist)}</td><td>${esc(d.checked_at?.slice(0, 10) ?? "never")}</td></tr>`).join("")}</tbody></table>` : "<p>No domains.</p>";
	const rows = inboxes.map(({ account: a, sent: s, bounce_rate, complaint_rate }) => {
		const why = a.health_reasons.filter((r) => r.level !== "unknown").slice(0, 2).map((r) => esc(r.message)).join("<br>");
		return `<tr><td>${esc(a.email)}${a.status === "paused" ? " <span class=\"muted\">(paused)</span>" : ""}</td><td>${chip(a.health)}</td><td>${esc(scoreText(a.score, a.score_measured))}</td><td class="n">${num(s)}</td><td class="n">${pct$1(bounce_rate)}</td><td class="n">${pct$1(complaint_rate)}</td><td>${why}</td></tr>`;
	}).join("");
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deliverability report — ${esc(name)} — ${day}</title>
<style>${CSS}</style></head>
<body><main>
<header><h1>Deliverability report: ${esc(name)}</h1>
<p class="muted">${from} to ${day} · ${o.total} inbox${o.total === 1 ? "" : "es"}${o.paused ? ` (${o.paused} paused)` : ""} · ${o.domains.length} domain${o.domains.length === 1 ? "" : "s"}</p></header>
<h2>Health</h2><div class="tiles">${tiles}</div>
<h2>Problems</h2>${problems}${unmeasured}
<h2>Last 30 days</h2><p>${sent.toLocaleString("en-US")} messages sent.</p>${sentChart(o.trend)}${ratesChart(o.trend)}
<h2>Domains</h2>${domains}
<h2>Inboxes</h2>
<table><thead><tr><th>Inbox</th><th>Health</th><th>Score</th><th class="n">Sent 30 d</th><th class="n">Bounces</th><th class="n">Complaints</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table>
<footer class="muted">Generated ${esc(generatedAt.toISOString().replace("T", " ").slice(0, 16))} UTC by Inboxfleet. Connections last tested ${esc(o.last_checked.connections?.slice(0, 10) ?? "never")}; domains last checked ${esc(o.last_checked.domains?.slice(0, 10) ?? "never")}; mailboxes last read ${esc(o.last_checked.mailboxes?.slice(0, 10) ?? "never")}.</footer>
</main></body></html>
`;
}
// electron/core/exports/client-report.ts
const CSV_COLUMNS = [
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
async function inboxesOf(db, clientId) {
	const accounts = [];
	for await (const a of streamAccounts(db, {
		client_id: clientId,
		sort: "health",
		order: "asc"
	})) accounts.push(a);
	const rates = new Map((await db.selectFrom("account_rates").innerJoin("accounts", "accounts.id", "account_rates.account_id").selectAll("account_rates").where("accounts.client_id", "=", clientId).execute()).map((r) => [r.account_id, r]));
	return accounts.map((a) => {
		const r = rates.get(a.id);
		return {
			account: a,
			domain: domainOfEmail$1(a.email),
			sent: r?.sent_30d ?? null,
			bounce_rate: r && r.sent_30d > 0 ? r.bounced_30d / r.sent_30d : null,
			complaint_rate: r && r.sent_30d > 0 ? r.complaints_30d / r.sent_30d : null
		};
	});
}
/** Writes the text under its temporary name, then renames it into place: never a half-written report. */
async function writeText(partial, target, text) {
	try {
		await writeFile(partial, text, "utf8");
		await rename(partial, target);
	} catch (err) {
		await rm(partial, { force: true });
		throw err;
	}
	return Buffer.byteLength(text);
}
async function exportClientReport(db, input, clock, dataDir) {
	const summary = await overview(db, { client_id: input.client_id }, clock);
	const target = checkDestination(input.path, dataDir);
	const inboxes = await inboxesOf(db, input.client_id);
	const partials = partialFiles(db, () => clock.now());
	const partialPath = await partials.begin(target);
	try {
		if (input.format === "html") {
			const bytes = await writeText(partialPath, target, renderClientReport({
				overview: summary,
				inboxes,
				generatedAt: clock.now()
			}));
			return {
				path: target,
				rows: inboxes.length,
				bytes
			};
		}
		const rows = inboxes.map(({ account: a, domain, sent, bounce_rate, complaint_rate }) => ({
			email: a.email,
			display_name: a.display_name,
			domain,
			status: a.status,
			health: a.health,
			health_reasons: a.health_reasons.map((r) => r.message).join("; "),
			score: a.score,
			score_measured_percent: a.score_measured,
			sent_30d: sent,
			bounce_rate_30d: bounce_rate,
			complaint_rate_30d: complaint_rate,
			smtp_check: a.smtp_test ? a.smtp_test.error ?? "ok" : "",
			imap_check: a.imap_test ? a.imap_test.error ?? "ok" : "",
			last_tested_at: a.last_tested_at
		}));
		return {
			path: target,
			...await writeCsvFile(target, CSV_COLUMNS, rows, { partialPath })
		};
	} catch (err) {
		throw pathError(err, target);
	} finally {
		await partials.end(partialPath);
	}
}
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
// electron/core/import/formats.ts
/** "SMTP Port", "smtp_port" and "smtpPort" all become "smtpport". */
const normHeader = (h) => h.toLowerCase().replace(/[^a-z0-9]/g, "");
const SMARTLEAD = {
	fromname: "display_name",
	fromemail: "email",
	username: "smtp_username",
	password: "smtp_password",
	smtphost: "smtp_host",
	smtpport: "smtp_port",
	imaphost: "imap_host",
	imapport: "imap_port",
	maxemailperday: "daily_limit",
	customtrackingurl: "tracking_domain",
	warmupenabled: "warmup_enabled",
	totalwarmupperday: "warmup_per_day",
	dailyrampup: "warmup_daily_rampup",
	replyratepercentage: "warmup_target_reply_rate",
	bcc: "bcc",
	signature: "signature_html",
	differentreplytoaddress: "reply_to",
	imapusername: "imap_username",
	imappassword: "imap_password",
	type: "provider",
	timetowaitinmins: "min_minutes_between_sends",
	clientid: null
};
const INSTANTLY = {
	email: "email",
	firstname: "first_name",
	lastname: "last_name",
	imapusername: "imap_username",
	imappassword: "imap_password",
	imaphost: "imap_host",
	imapport: "imap_port",
	smtpusername: "smtp_username",
	smtppassword: "smtp_password",
	smtphost: "smtp_host",
	smtpport: "smtp_port",
	dailylimit: "daily_limit",
	warmupenabled: "warmup_enabled",
	warmuplimit: "warmup_per_day",
	warmupincrement: "warmup_daily_rampup",
	warmupreplyrate: "warmup_target_reply_rate",
	trackingdomain: "tracking_domain",
	warmupfiltertag: null,
	warmuponweekdays: null,
	warmupopenrate: null,
	warmupspamprotectionrate: null,
	warmupmarkasimportantrate: null
};
const EMAILBISON = {
	name: "display_name",
	email: "email",
	password: "smtp_password",
	imapserver: "imap_host",
	imapport: "imap_port",
	smtpserver: "smtp_host",
	smtpport: "smtp_port",
	dailylimit: "daily_limit",
	smtpsecure: "smtp_security",
	imapsecure: "imap_security"
};
/** Our own export: every field under its own name, plus the columns we compute (not imported). */
const INBOXFLEET = {
	...Object.fromEntries(IMPORT_FIELDS.map((f) => [normHeader(f), f])),
	status: null,
	score: null,
	smtpcheck: null,
	imapcheck: null,
	lasttestedat: null,
	createdat: null
};
const FORMAT_ALIASES = {
	smartlead: SMARTLEAD,
	instantly: INSTANTLY,
	emailbison: EMAILBISON,
	inboxfleet: INBOXFLEET,
	generic: {
		...SMARTLEAD,
		...EMAILBISON,
		...INSTANTLY,
		...INBOXFLEET,
		emailaddress: "email",
		mailbox: "email",
		inbox: "email",
		sender: "email",
		senderemail: "email",
		fromaddress: "email",
		fullname: "display_name",
		sendername: "display_name",
		displayname: "display_name",
		smtphostname: "smtp_host",
		smtp: "smtp_host",
		smtpuser: "smtp_username",
		smtplogin: "smtp_username",
		smtppass: "smtp_password",
		pass: "smtp_password",
		imaphostname: "imap_host",
		imap: "imap_host",
		imapuser: "imap_username",
		imaplogin: "imap_username",
		imappass: "imap_password",
		login: "smtp_username",
		smtpssl: "smtp_security",
		smtptls: "smtp_security",
		smtpencryption: "smtp_security",
		encryption: "smtp_security",
		security: "smtp_security",
		imapssl: "imap_security",
		imaptls: "imap_security",
		imapencryption: "imap_security",
		dailysendlimit: "daily_limit",
		sendinglimit: "daily_limit",
		limit: "daily_limit",
		perday: "daily_limit",
		replyto: "reply_to",
		tag: "tags",
		labels: "tags",
		clientname: "client",
		customer: "client",
		provider: "provider",
		esp: "provider",
		warmup: "warmup_enabled",
		clientid: null,
		loginmethod: "auth_method",
		authtype: "auth_method",
		auth: "auth_method"
	}
};
/** Headers that identify a format: all must be present. */
const SIGNATURES = [
	["inboxfleet", [
		"email",
		"displayname",
		"smtpsecurity",
		"imapsecurity"
	]],
	["smartlead", [
		"fromemail",
		"smtphost",
		"imaphost"
	]],
	["emailbison", [
		"email",
		"smtpserver",
		"imapserver"
	]],
	["instantly", [
		"email",
		"smtphost",
		"smtpusername",
		"imapusername"
	]]
];
const IGNORED_NOTES = {
	clientid: "the vendor's own client id: choose an Inboxfleet client for the import instead",
	status: "not imported: new inboxes start active; pause them after the import if you like",
	score: "computed by Inboxfleet, not imported",
	scoremeasured: "computed by Inboxfleet, not imported",
	health: "computed by Inboxfleet, not imported",
	smtpcheck: "computed by Inboxfleet, not imported",
	imapcheck: "computed by Inboxfleet, not imported",
	lasttestedat: "computed by Inboxfleet, not imported",
	createdat: "computed by Inboxfleet, not imported"
};
function detectFormat(headers) {
	const present = new Set(headers.map(normHeader));
	for (const [format, required] of SIGNATURES) if (required.every((h) => present.has(h))) return format;
	return "generic";
}
/** A stable key for "files with these headers", for remembering a user's mapping. */
const headerSetKey = (headers) => headers.map(normHeader).join("");
/**
* Each column's field: the user's choice (or a remembered one) first, then the format's alias.
* A field claimed by an earlier column leaves later ones ignored, with a note saying so.
*/
function mapColumns(headers, format, chosen) {
	const aliases = FORMAT_ALIASES[format];
	const taken = /* @__PURE__ */ new Map();
	const seenHeaders = /* @__PURE__ */ new Set();
	return headers.map((header, index) => {
		const key = normHeader(header);
		let note = null;
		let field;
		if (chosen && Object.prototype.hasOwnProperty.call(chosen, header) && !seenHeaders.has(header)) field = chosen[header] ?? null;
		else if (key in aliases) {
			field = aliases[key] ?? null;
			if (field === null) note = IGNORED_NOTES[key] ?? "Inboxfleet has no setting for this, so it is not imported";
		} else {
			field = null;
			note = header === "" ? "column without a header" : "not recognised: choose a field for it, or leave it ignored";
		}
		seenHeaders.add(header);
		if (field && taken.has(field)) {
			note = `ignored: "${taken.get(field)}" is already read as this field`;
			field = null;
		}
		if (field) taken.set(field, header);
		return {
			index,
			header,
			field,
			note
		};
	});
}
// electron/core/import/mapping-memory.ts
const keyOf = (headers) => `import_mapping:${createHash("sha256").update(headerSetKey(headers)).digest("hex").slice(0, 32)}`;
const FIELDS = new Set(IMPORT_FIELDS);
async function recallMapping(db, headers) {
	const row = await db.selectFrom("settings").select("value").where("key", "=", keyOf(headers)).executeTakeFirst();
	if (!row) return void 0;
	try {
		const value = JSON.parse(row.value);
		return Object.fromEntries(Object.entries(value).filter(([, f]) => f === null || typeof f === "string" && FIELDS.has(f)));
	} catch {
		return;
	}
}
async function rememberMapping(db, headers, mapping) {
	const value = JSON.stringify(mapping);
	await db.insertInto("settings").values({
		key: keyOf(headers),
		value
	}).onConflict((oc) => oc.column("key").doUpdateSet({ value })).execute();
}
// electron/core/import/cells.ts
const TRUE = /* @__PURE__ */ new Set([
	"true",
	"yes",
	"y",
	"1",
	"on",
	"enabled",
	"active",
	"x",
	"wahr",
	"ja",
	"vrai",
	"oui",
	"verdadero",
	"si",
	"sí",
	"waar"
]);
const FALSE = /* @__PURE__ */ new Set([
	"false",
	"no",
	"n",
	"0",
	"off",
	"disabled",
	"inactive",
	"falsch",
	"nein",
	"faux",
	"non",
	"falso",
	"onwaar"
]);
/** What a quoted preview of a cell may show (short, one line). */
const shown = (raw) => {
	const one = raw.replace(/\s+/g, " ").trim();
	return one.length > 40 ? `${one.slice(0, 40)}…` : one;
};
function boolCell(raw, what) {
	const v = raw.trim().toLowerCase();
	if (v === "") return void 0;
	if (TRUE.has(v)) return { value: true };
	if (FALSE.has(v)) return { value: false };
	return { reason: `${what} must be true or false (the file says "${shown(raw)}")` };
}
/** Whole numbers, also as spreadsheets write them: "587.0", "1,000", " 50 ". */
function intCell(raw, what) {
	const v = raw.trim().replace(/(?<=\d)[,_ ](?=\d{3}\b)/g, "");
	if (v === "") return void 0;
	if (!/^-?\d+(\.0+)?$/.test(v)) return { reason: `${what} must be a whole number (the file says "${shown(raw)}")` };
	return { value: Number.parseInt(v, 10) };
}
/**
* A security column: explicit words, or a boolean "secure" flag as nodemailer-based tools write
* it (true = TLS from the first byte, false = upgrade with STARTTLS). A bare "TLS" is read by port,
* because some tools say TLS for STARTTLS on 587.
*/
function securityCell(raw, what, port, implicitPort) {
	const v = raw.trim().toLowerCase().replace(/[^a-z0-9/]/g, "");
	if (v === "") return void 0;
	if ([
		"ssl",
		"ssltls",
		"implicit",
		"implicittls",
		"true",
		"yes",
		"1",
		"secure",
		"on"
	].includes(v)) return { value: "tls" };
	if ([
		"starttls",
		"false",
		"no",
		"0",
		"off"
	].includes(v)) return { value: "starttls" };
	if ([
		"none",
		"plain",
		"plaintext",
		"unencrypted",
		"insecure"
	].includes(v)) return { value: "none" };
	if (v === "tls") return { value: port === void 0 || port === implicitPort ? "tls" : "starttls" };
	return { reason: `${what} must be SSL/TLS, STARTTLS or none (the file says "${shown(raw)}")` };
}
/** Security the port implies when no column says it: 465/993 implicit TLS, 587/25/2525/143 STARTTLS. */
function securityFromPort(port) {
	if (port === 465 || port === 993) return "tls";
	if (port === 587 || port === 25 || port === 2525 || port === 143) return "starttls";
}
/** Smartlead's custom_tracking_url may be a URL; the tracking domain is its host. */
function domainCell(raw) {
	const v = raw.trim();
	if (v === "") return void 0;
	return (v.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split(/[/?#:]/)[0] ?? "").toLowerCase();
}
/** Tags split on ";" when the cell has one (our export writes "a; b"), else on "," or "|". */
const tagsCell = (raw) => {
	const tags = raw.split(raw.includes(";") ? ";" : /[,|]/).map((t) => t.trim()).filter(Boolean);
	return tags.length ? tags : void 0;
};
/** Undo the leading apostrophe exports put before =, +, -, @ so spreadsheets show text (CSV injection guard). */
const unescapeFormula = (raw) => /^'[=+\-@\t\r＝＋－＠]/.test(raw) ? raw.slice(1) : raw;
const OAUTH_WORDS = /* @__PURE__ */ new Set([
	"oauth",
	"oauth2",
	"xoauth2",
	"signin",
	"sso",
	"modernauth"
]);
const PASSWORD_WORDS = /* @__PURE__ */ new Set([
	"password",
	"basic",
	"basicauth",
	"apppassword",
	"plain",
	"login"
]);
/** The login method as Inboxfleet exports it (password, oauth) or in a few common words. */
function authMethodCell(raw) {
	const v = raw.trim().toLowerCase().replace(/[^a-z0-9]/g, "");
	if (v === "") return void 0;
	if (OAUTH_WORDS.has(v)) return { value: "oauth" };
	if (PASSWORD_WORDS.has(v)) return { value: "password" };
	return { reason: `login method must be password or oauth (the file says "${shown(raw)}")` };
}
// electron/core/import/provider.ts
const PROVIDER_HOSTS = {
	google: {
		smtp_host: "smtp.gmail.com",
		imap_host: "imap.gmail.com"
	},
	microsoft: {
		smtp_host: "smtp.office365.com",
		imap_host: "outlook.office365.com"
	}
};
const WORDS = {
	google: "google",
	gmail: "google",
	gsuite: "google",
	googleworkspace: "google",
	workspace: "google",
	microsoft: "microsoft",
	outlook: "microsoft",
	office365: "microsoft",
	o365: "microsoft",
	m365: "microsoft",
	microsoft365: "microsoft",
	exchange: "microsoft",
	hotmail: "microsoft",
	smtp: "smtp",
	imap: "smtp",
	other: "smtp",
	custom: "smtp",
	smtpimap: "smtp"
};
/** A provider cell ("GMAIL", "Outlook", "SMTP"…) as a provider; undefined when it names none we know. */
const providerFromWord = (word) => WORDS[word.toLowerCase().replace(/[^a-z0-9]/g, "")];
function providerOfHost(host) {
	const h = host.toLowerCase().replace(/\.$/, "");
	if (h === "smtp.gmail.com" || h === "imap.gmail.com" || h.endsWith(".gmail.com") || h.endsWith(".googlemail.com") || h.endsWith(".google.com")) return "google";
	if (h.endsWith(".office365.com") || h.endsWith(".outlook.com") || h === "outlook.com" || h.endsWith(".office365.us")) return "microsoft";
	return null;
}
/** The provider of an imported inbox: stated, else from its hosts, else from MX, else plain SMTP. */
function inferProvider(e) {
	if (e.stated) return e.stated;
	const byHost = [e.smtp_host, e.imap_host].map((h) => h ? providerOfHost(h) : null).find((p) => p !== null);
	if (byHost) return byHost;
	return e.mx ?? "smtp";
}
// electron/core/import/row.ts
/** Passed through the schema in place of a password the file leaves empty for an existing inbox. */
const KEEP_STORED_PASSWORD = "\0keep-the-stored-password";
function readRow(line, cells, columns) {
	const problems = [];
	const candidate = { test: false };
	const given = /* @__PURE__ */ new Set();
	const byField = /* @__PURE__ */ new Map();
	for (const c of columns) {
		if (!c.field) continue;
		const raw = cells[c.index] ?? "";
		byField.set(c.field, isPasswordField(c.field) ? raw : unescapeFormula(raw).trim());
	}
	const get = (f) => byField.get(f) ?? "";
	const set = (key, value) => {
		candidate[key] = value;
		given.add(key);
	};
	const take = (field, cell) => {
		if (cell === void 0) return void 0;
		if ("reason" in cell) {
			problems.push({
				field,
				reason: cell.reason
			});
			return;
		}
		return cell.value;
	};
	if (cells.slice(columns.length).filter((c) => c.trim() !== "").length > 0) problems.push({
		field: "row",
		reason: `this line has ${cells.length} cells but the header names ${columns.length} columns, so its values may be shifted: check for an unquoted comma or delimiter`
	});
	const email = get("email");
	if (email) set("email", email);
	const name = get("display_name") || [get("first_name"), get("last_name")].filter(Boolean).join(" ");
	if (name) set("display_name", name);
	else if (email.includes("@")) candidate["display_name"] = email.split("@")[0];
	let stated;
	if (get("provider")) {
		stated = providerFromWord(get("provider"));
		if (!stated) problems.push({
			field: "provider",
			reason: `provider must be Google, Microsoft or SMTP (the file says "${get("provider").slice(0, 40)}")`
		});
	}
	for (const proto of ["smtp", "imap"]) {
		const implicitPort = proto === "smtp" ? 465 : 993;
		const host = get(`${proto}_host`);
		if (host) set(`${proto}_host`, host.replace(/\.$/, ""));
		const port = take(`${proto}_port`, intCell(get(`${proto}_port`), `${proto.toUpperCase()} port`));
		const security = take(`${proto}_security`, securityCell(get(`${proto}_security`), `${proto.toUpperCase()} security`, port, implicitPort)) ?? securityFromPort(port);
		if (port !== void 0) set(`${proto}_port`, port);
		if (security) {
			candidate[`${proto}_security`] = security;
			if (get(`${proto}_security`) || port !== void 0) given.add(`${proto}_security`);
		}
		if (proto === "smtp" && port === void 0 && !problems.some((p) => p.field === "smtp_port")) candidate["smtp_port"] = security === "tls" ? 465 : 587;
		const username = get(`${proto}_username`);
		if (username) set(`${proto}_username`, username);
	}
	const smtpPassword = get("smtp_password").trim() === "" ? "" : get("smtp_password");
	const imapPassword = get("imap_password").trim() === "" ? "" : get("imap_password");
	if (smtpPassword || imapPassword) set("smtp_password", smtpPassword || imapPassword);
	if (imapPassword && smtpPassword && imapPassword !== smtpPassword) set("imap_password", imapPassword);
	const imapSameAsSmtp = !!imapPassword && (!smtpPassword || imapPassword === smtpPassword);
	for (const [field, what] of [
		["daily_limit", "daily limit"],
		["min_minutes_between_sends", "minimum minutes between sends"],
		["warmup_per_day", "warmup emails per day"],
		["warmup_daily_rampup", "warmup daily ramp-up"],
		["warmup_target_reply_rate", "warmup target reply rate"]
	]) {
		const v = take(field, intCell(get(field), what));
		if (v !== void 0) set(field, v);
	}
	for (const [field, what] of [["warmup_enabled", "warmup enabled"], ["allow_self_signed", "allow self-signed"]]) {
		const v = take(field, boolCell(get(field), what));
		if (v !== void 0) set(field, v);
	}
	for (const field of [
		"reply_to",
		"bcc",
		"signature_html"
	]) if (get(field)) set(field, get(field));
	const tracking = domainCell(get("tracking_domain"));
	if (tracking) set("tracking_domain", tracking);
	const tags = tagsCell(get("tags"));
	if (tags) set("tags", tags);
	const authMethod = take("auth_method", authMethodCell(get("auth_method")));
	return {
		line,
		email: email || null,
		candidate,
		given,
		problems,
		stated,
		needsMx: !stated && !candidate["smtp_host"] && email.includes("@"),
		client: get("client") || null,
		imapSameAsSmtp,
		authMethod
	};
}
/**
* Settles provider and hosts (Google and Microsoft rows need no host columns) and validates with
* the form's schema. `exists` lets a row for an existing inbox leave the password empty.
*/
function finishRow(draft, opts) {
	const c = { ...draft.candidate };
	const given = new Set(draft.given);
	const provider = inferProvider({
		stated: draft.stated,
		smtp_host: c["smtp_host"],
		imap_host: c["imap_host"],
		mx: opts.mx
	});
	c["provider"] = provider;
	if (draft.stated || given.has("smtp_host") || given.has("imap_host")) given.add("provider");
	if (provider !== "smtp" && !c["smtp_host"]) Object.assign(c, PROVIDER_HOSTS[provider]);
	const passwordMissing = c["smtp_password"] === void 0;
	const stated = draft.authMethod;
	if (passwordMissing && opts.exists) c["smtp_password"] = KEEP_STORED_PASSWORD;
	else if (stated && !opts.exists) c["auth_method"] = stated;
	else if (passwordMissing && provider !== "smtp") c["auth_method"] = "oauth";
	if (stated === "password" && opts.exists) {
		c["auth_method"] = "password";
		given.add("auth_method");
	}
	const problems = [...draft.problems];
	const client = draft.client === null ? null : clientNameSchema.safeParse(draft.client);
	if (client && !client.success) problems.push({
		field: "client",
		reason: client.error.issues[0]?.message ?? "client name is not valid"
	});
	const parsed = accountCreateSchema.safeParse(c);
	if (!parsed.success) {
		const bad = new Set(problems.map((p) => p.field));
		for (const issue of parsed.error.issues) {
			const field = issue.path.length ? String(issue.path[0]) : "row";
			if (bad.has(field)) continue;
			bad.add(field);
			const reason = field === "smtp_host" && !c["smtp_host"] && draft.needsMx ? "SMTP host is missing, and the domain's MX does not point to Google or Microsoft: add the host to the file" : issue.message;
			problems.push({
				field,
				reason
			});
		}
	}
	return {
		line: draft.line,
		email: draft.email,
		input: problems.length === 0 && parsed.success ? parsed.data : null,
		problems,
		given,
		client: draft.client,
		passwordMissing,
		imapSameAsSmtp: draft.imapSameAsSmtp,
		authMethod: stated
	};
}
// electron/core/import/plan.ts
const BATCH = 500;
async function* batches(items, size) {
	let batch = [];
	for await (const item of items) {
		batch.push(item);
		if (batch.length === size) {
			yield batch;
			batch = [];
		}
	}
	if (batch.length) yield batch;
}
async function* planRows(csv, columns, deps) {
	/** First valid line of each address (lower-cased): later rows with it are duplicates. */
	const firstLine = /* @__PURE__ */ new Map();
	const mxByDomain = /* @__PURE__ */ new Map();
	for await (const records of batches(csv.records(), BATCH)) {
		const drafts = records.map((r) => readRow(r.line, r.cells, columns));
		const domains = new Set(drafts.filter((d) => d.needsMx).map((d) => d.email.split("@").pop().toLowerCase()));
		for (const domain of domains) if (!mxByDomain.has(domain)) mxByDomain.set(domain, await deps.mxProvider(`postmaster@${domain}`));
		const emails = [...new Set(drafts.map((d) => d.email).filter((e) => !!e))];
		const existing = new Map((await accountsByEmail(deps.db, emails)).map((a) => [a.email.toLowerCase(), a.id]));
		for (const draft of drafts) {
			const key = draft.email?.toLowerCase() ?? "";
			const existingId = existing.get(key) ?? null;
			const row = finishRow(draft, {
				mx: draft.needsMx ? mxByDomain.get(key.split("@").pop()) : void 0,
				exists: existingId !== null
			});
			const duplicateOf = row.input ? firstLine.get(key) ?? null : null;
			if (duplicateOf !== null) {
				row.problems.push({
					field: "email",
					reason: `the same address is on line ${duplicateOf}, which is the row imported`
				});
				row.input = null;
			} else if (row.input) firstLine.set(key, row.line);
			yield {
				...row,
				existingId,
				duplicateOf
			};
		}
	}
}
// electron/core/import/preview.ts
const SAMPLE_ROWS = 10;
const LOOKS_SECRET = /pass|pwd|secret|token|apikey/;
/** Each column as read, with its first value — never a password's. */
async function describeColumns(prepared) {
	const samples = /* @__PURE__ */ new Map();
	let seen = 0;
	for await (const record of prepared.csv.records()) {
		record.cells.forEach((cell, i) => {
			if (!samples.has(i) && cell.trim() !== "") samples.set(i, cell);
		});
		if (++seen >= 50 || samples.size >= prepared.columns.length) break;
	}
	return prepared.columns.map((c) => {
		const raw = samples.get(c.index);
		let sample = raw === void 0 ? null : raw.trim().slice(0, 80);
		if (raw !== void 0 && isPasswordField(c.field)) sample = "password present";
		else if (raw !== void 0 && !c.field && LOOKS_SECRET.test(normHeader(c.header))) sample = "hidden (may be a password)";
		return {
			header: c.header,
			field: c.field,
			sample,
			note: c.note
		};
	});
}
const rowErrors = (row) => row.problems.map((p) => ({
	line: row.line,
	email: row.email,
	field: p.field,
	reason: p.reason
}));
function previewRow(row, v) {
	const imapHost = v.imap_host ?? v.smtp_host;
	return {
		line: row.line,
		email: v.email,
		display_name: v.display_name,
		provider: v.provider,
		smtp: `${v.smtp_host}:${v.smtp_port} ${v.smtp_security}`,
		imap: `${imapHost}:${v.imap_port ?? defaultImapPort(v.imap_security)} ${v.imap_security}`,
		daily_limit: v.daily_limit,
		password_present: !row.passwordMissing,
		imap_password: v.imap_password !== void 0 ? "own" : "smtp",
		client: row.client,
		exists: row.existingId !== null
	};
}
async function buildPreview(prepared, deps) {
	const preview = {
		format: prepared.format,
		detected_format: prepared.detected,
		remembered_mapping: prepared.remembered,
		file: prepared.file,
		columns: await describeColumns(prepared),
		rows: 0,
		valid: 0,
		errors: [],
		errors_total: 0,
		duplicates: {
			in_file: 0,
			existing: 0,
			existing_emails: []
		},
		new_clients: [],
		sample: [],
		blocking: prepared.blocking
	};
	if (prepared.blocking) {
		for await (const _ of prepared.csv.records()) preview.rows++;
		return preview;
	}
	const known = new Set((await listClients(deps.db)).map((c) => c.name.toLowerCase()));
	const newClients = /* @__PURE__ */ new Map();
	for await (const row of planRows(prepared.csv, prepared.columns, deps)) {
		preview.rows++;
		if (row.duplicateOf !== null) preview.duplicates.in_file++;
		if (!row.input) {
			const errors = rowErrors(row);
			preview.errors_total += errors.length;
			preview.errors.push(...errors.slice(0, Math.max(0, IMPORT_MAX_LISTED_ERRORS - preview.errors.length)));
			continue;
		}
		preview.valid++;
		if (row.existingId) {
			preview.duplicates.existing++;
			if (preview.duplicates.existing_emails.length < 50) preview.duplicates.existing_emails.push(row.input.email);
		}
		if (row.client && !known.has(row.client.toLowerCase()) && newClients.size < 100) newClients.set(row.client.toLowerCase(), row.client);
		if (preview.sample.length < SAMPLE_ROWS) preview.sample.push(previewRow(row, row.input));
	}
	preview.new_clients = [...newClients.values()];
	return preview;
}
// electron/core/import/run-import.ts
/** Only what the file's own cells say: an empty cell (a password above all) keeps the stored value. */
function updateInput(row, current, clientId) {
	if (row.authMethod === "oauth" && current.auth_method !== "oauth") throw new AppError("invalid_input", "This inbox logs in with a password, and an import does not sign in: switch it with “Sign in many…” or on its page", { field: "auth_method" });
	const v = row.input;
	const patch = { id: current.id };
	for (const key of row.given) if (v[key] !== void 0) patch[key] = v[key];
	if (patch["smtp_password"] === "\0keep-the-stored-password") delete patch["smtp_password"];
	if (row.imapSameAsSmtp) patch["imap_password"] = null;
	if (clientId !== void 0) patch["client_id"] = clientId;
	return accountUpdateSchema.parse(patch);
}
async function runImport(prepared, opts, deps, ctx) {
	const { db, writer, events, log, clock } = deps;
	const result = {
		created: 0,
		updated: 0,
		skipped: 0,
		failed: 0,
		errors: [],
		errors_total: 0,
		account_ids: [],
		test_job_id: null,
		cancelled: false,
		stopped_reason: null
	};
	let rows = 0;
	for await (const _ of prepared.csv.records()) {
		if (ctx.signal.aborted) break;
		rows++;
	}
	ctx.setTotal(rows);
	const clients = /* @__PURE__ */ new Map();
	/** The client named in the file, created the first time it is seen. */
	async function clientIdFor(name) {
		if (opts.client_id) return opts.client_id;
		if (!name) return void 0;
		const key = name.toLowerCase();
		let id = clients.get(key) ?? await findClientIdByName(db, name);
		if (!id) {
			id = randomUUID();
			await insertClient(db, {
				id,
				name,
				created_at: isoNow(clock)
			});
			log.info("client created by import", { id });
		}
		clients.set(key, id);
		return id;
	}
	const fail = (errors) => {
		result.failed++;
		result.errors_total += errors.length;
		result.errors.push(...errors.slice(0, Math.max(0, IMPORT_MAX_LISTED_ERRORS - result.errors.length)));
	};
	/** New inboxes wait in a batch: their keychain entries one by one, their rows in one commit. */
	let batch = [];
	let batchStarted = 0;
	const changed = (ids) => ids.length && events.emit("accounts.changed", { ids });
	/** Saves the batch; false when the import must stop (keychain gone, or an unexpected error). */
	async function flush() {
		const rows = batch;
		batch = [];
		if (rows.length === 0) return true;
		const inputs = [];
		for (const row of rows) inputs.push({
			...row.input,
			client_id: await clientIdFor(row.client) ?? null
		});
		const outcomes = await writer.createMany(inputs, ctx.signal);
		const ids = [];
		let failed = 0;
		outcomes.forEach((o, i) => {
			const row = rows[i];
			if (o.ok) {
				result.created++;
				ids.push(o.id);
				return;
			}
			failed++;
			if (o.error instanceof AppError) {
				fail([{
					line: row.line,
					email: row.email,
					field: o.error.code === "keychain_unavailable" ? "smtp_password" : o.error.field ?? "row",
					reason: o.error.message
				}]);
				if (o.error.code === "keychain_unavailable") result.stopped_reason = o.error.message;
			} else {
				log.error("import row failed", {
					line: row.line,
					error: o.error instanceof Error ? o.error.stack : String(o.error)
				});
				result.stopped_reason = "The import stopped on an unexpected error; the log has details. The inboxes saved so far are kept.";
				fail([{
					line: row.line,
					email: row.email,
					field: "row",
					reason: "unexpected error (see the log)"
				}]);
			}
		});
		result.account_ids.push(...ids);
		changed(ids);
		ctx.advance(outcomes.length, failed);
		return result.stopped_reason === null;
	}
	for await (const row of planRows(prepared.csv, prepared.columns, deps)) {
		if (ctx.signal.aborted) break;
		if (row.input && !row.existingId) {
			if (batch.length === 0) batchStarted = performance.now();
			batch.push(row);
			if ((batch.length >= 100 || performance.now() - batchStarted > 500) && !await flush()) break;
			continue;
		}
		const before = result.failed;
		try {
			if (!row.input) fail(rowErrors(row));
			else if (opts.on_duplicate === "skip") result.skipped++;
			else {
				const current = await requireAccount(db, row.existingId);
				await writer.update(updateInput(row, current, await clientIdFor(row.client)));
				result.updated++;
				result.account_ids.push(current.id);
				changed([current.id]);
			}
		} catch (err) {
			fail([{
				line: row.line,
				email: row.email,
				field: err instanceof AppError ? err.field ?? "row" : "row",
				reason: err instanceof AppError ? err.message : "unexpected error (see the log)"
			}]);
			if (!(err instanceof AppError) || err.code === "keychain_unavailable") {
				if (!(err instanceof AppError)) log.error("import row failed", {
					line: row.line,
					error: err instanceof Error ? err.stack : String(err)
				});
				result.stopped_reason = err instanceof AppError ? err.message : "The import stopped on an unexpected error; the log has details. The inboxes saved so far are kept.";
				ctx.advance(1, 1);
				break;
			}
		}
		ctx.advance(1, result.failed - before);
	}
	if (result.stopped_reason === null) await flush();
	result.cancelled = ctx.signal.aborted;
	if (opts.test_after && result.account_ids.length && !result.cancelled) result.test_job_id = await deps.startTests(result.account_ids);
	log.info("import finished", {
		created: result.created,
		updated: result.updated,
		skipped: result.skipped,
		failed: result.failed,
		cancelled: result.cancelled
	});
	return result;
}
// electron/core/import/source.ts
const MB = (n) => (n / 1024 / 1024).toFixed(1);
const problem = (message) => new AppError("invalid_input", message, { field: "source" });
function tooBig(bytes) {
	return problem(`The file is ${MB(bytes)} MB; files up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB can be imported. Split it into smaller files (at most ${IMPORT_MAX_ROWS.toLocaleString("en-US")} rows each).`);
}
async function openBytes(source) {
	if ("text" in source) {
		const buffer = Buffer.from(source.text, "utf8");
		if (buffer.length > 52428800) throw tooBig(buffer.length);
		return {
			bytes: bufferBytes(buffer),
			file: {
				name: null,
				path: null,
				bytes: buffer.length
			}
		};
	}
	if ("bytes" in source) {
		const buffer = Buffer.from(source.bytes, "base64");
		if (buffer.length > 52428800) throw tooBig(buffer.length);
		return {
			bytes: bufferBytes(buffer),
			file: {
				name: source.name ?? null,
				path: null,
				bytes: buffer.length
			}
		};
	}
	const file = source.path;
	if (!path.isAbsolute(file)) throw new AppError("invalid_input", "The file path must be absolute", { field: "source.path" });
	let size;
	try {
		const s = await stat(file);
		if (!s.isFile()) throw new AppError("invalid_input", `${file} is not a file`, { field: "source.path" });
		size = s.size;
	} catch (err) {
		if (err instanceof AppError) throw err;
		const code = err.code ?? "error";
		throw new AppError("invalid_input", code === "ENOENT" ? `${file} does not exist` : `Cannot read ${file} (${code})`, { field: "source.path" });
	}
	if (size > 52428800) throw tooBig(size);
	return {
		bytes: fileBytes(file),
		file: {
			name: path.basename(file),
			path: file,
			bytes: size
		}
	};
}
async function prepareImport(db, input) {
	const { bytes, file } = await openBytes(input.source);
	const csv = await openCsv(bytes, {
		maxRows: IMPORT_MAX_ROWS,
		maxRecordChars: 1e6,
		tooManyRows: `The file has more than ${IMPORT_MAX_ROWS.toLocaleString("en-US")} rows. Split it into files of at most ${IMPORT_MAX_ROWS.toLocaleString("en-US")} rows and import them one after another.`
	});
	const headers = csv.header.cells;
	const detected = detectFormat(headers);
	const format = input.format === "auto" ? detected : input.format;
	const remembered = await recallMapping(db, headers);
	const chosen = remembered || input.mapping ? {
		...remembered,
		...input.mapping
	} : void 0;
	const columns = mapColumns(headers, format, chosen);
	return {
		csv,
		format,
		detected,
		columns,
		blocking: columns.some((c) => c.field === "email") ? null : `No column is read as the email address, so no row can be imported. Choose the email column in the mapping${format === "generic" ? "" : ` (or another format than ${format})`}.`,
		remembered: remembered !== void 0,
		chosen,
		file: {
			...file,
			encoding: csv.encoding,
			delimiter: csv.delimiter
		}
	};
}
// electron/core/import/index.ts
function importHandlers(deps) {
	const { db, jobs, writer } = deps;
	return {
		"accounts.import.preview": async (input) => buildPreview(await prepareImport(db, input), deps),
		"accounts.import.start": async (input) => {
			await writer.mustHaveClient(input.client_id);
			const prepared = await prepareImport(db, input);
			if (prepared.blocking) throw new AppError("invalid_input", prepared.blocking, { field: "mapping" });
			if (input.mapping && prepared.chosen) await rememberMapping(db, prepared.csv.header.cells, prepared.chosen);
			return { job_id: jobs.run("accounts.import", 0, (ctx) => runImport(prepared, input, deps, ctx)).id };
		}
	};
}
// electron/core/report/mailbox-evidence.ts
const EXAMPLES = 5;
const plural$1 = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function scanEvidence(r, deadlineMs) {
	const read = r.folders.reduce((n, f) => n + f.read, 0);
	const skipped = r.unreadable.length ? `; ${plural$1(r.unreadable.length, "message")} could not be read and ${r.unreadable.length === 1 ? "was" : "were"} skipped` : "";
	if (r.timedOut) return {
		scanned: false,
		error: "timeout",
		message: `The mailbox scan stopped at its ${deadlineMs >= 6e4 ? `${Math.round(deadlineMs / 6e4)} min` : `${Math.round(deadlineMs / 1e3)} s`} limit after reading ${plural$1(read, "new message")}${skipped}; the server is slow or stalls. What was read is counted and the next scan goes on from there`
	};
	return {
		scanned: true,
		message: `Read ${plural$1(read, "new message")} in ${r.folders.map((f) => f.folder).join(", ")}${skipped}`
	};
}
/** Messages recorded as unreadable for the inbox (current UIDVALIDITY of each folder), newest first. */
async function unreadableMessages(db, accountId) {
	const base = db.selectFrom("mailbox_events").where("account_id", "=", accountId).where("kind", "=", "unreadable");
	const { n } = await base.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
	if (Number(n) === 0) return void 0;
	const rows = await base.select([
		"folder",
		"uid",
		"detail"
	]).orderBy("uid", "desc").limit(EXAMPLES).execute();
	const reason = (detail) => {
		try {
			return String(JSON.parse(detail).reason ?? "unreadable");
		} catch {
			return "unreadable";
		}
	};
	return {
		count: Number(n),
		examples: rows.map((r) => ({
			folder: r.folder,
			uid: r.uid,
			reason: reason(r.detail)
		}))
	};
}
// electron/core/report/service.ts
const FRESH_MS$1 = 36e5;
function createReportService(deps) {
	const { db, clock, log } = deps;
	const mustGet = (id) => requireAccount(db, id);
	async function storedReport(id) {
		const row = await db.selectFrom("reports").select("report").where("account_id", "=", id).executeTakeFirst();
		const report = row ? JSON.parse(row.report) : null;
		return report && Array.isArray(report.bounces_by_reason) && typeof report.measured === "number" ? report : null;
	}
	async function scan(account) {
		const s = deps.settings.current();
		const scanWith = (login) => deps.limiter.run(account.imap_host, () => scanMailbox({
			db,
			accountId: account.id,
			ownAddress: account.email,
			now: clock.now(),
			env: deps.probeEnv,
			timeouts: probeTimeouts(s),
			deadlineMs: s.scan_deadline_ms,
			target: {
				protocol: "imap",
				host: account.imap_host,
				port: account.imap_port,
				security: account.imap_security,
				username: account.imap_username,
				password: login.password ?? "",
				allowSelfSigned: account.allow_self_signed,
				...login.accessToken !== void 0 ? { accessToken: login.accessToken } : {}
			}
		}));
		let used = {};
		let evidence;
		try {
			evidence = scanEvidence(await deps.credentials.session(account).run("imap", (login) => scanWith(used = login), { error: (err) => classifyProbeError(err, "imap", "connect").code === "auth_failed" }), s.scan_deadline_ms);
		} catch (err) {
			if (err instanceof SignInError) {
				if (err.code === "auth_failed" && account.auth_method === "password") return {
					scanned: false,
					message: "No IMAP password in the keychain: edit the inbox to read its mailbox"
				};
				return {
					scanned: false,
					error: err.code,
					message: err.message
				};
			}
			const c = classifyProbeError(err, "imap", "connect");
			evidence = {
				scanned: false,
				error: c.code,
				message: createScrubber([used.password, used.accessToken]).text(`Mailbox not read: ${c.message}`)
			};
		}
		const unreadable = await unreadableMessages(db, account.id);
		return unreadable ? {
			...evidence,
			unreadable
		} : evidence;
	}
	async function refresh(account, force) {
		const now = clock.now();
		const mailbox = await scan(account);
		const domainName = account.email.split("@")[1].toLowerCase();
		const domain = await deps.domainReport(domainName, force).catch((err) => {
			log.warn("domain audit failed", {
				domain: domainName,
				error: String(err)
			});
			return null;
		});
		try {
			await writeSnapshots(db, account.id, (_date, c) => computeScore(scoreInputs(account, domain, c, c.sent)).score);
			const days = await dailyCounts(db, account.id, daysBefore(now, 29), isoDay(now));
			const window = totals(days);
			const recentFrom = daysBefore(now, 6);
			const recent = totals(new Map([...days].filter(([date]) => date >= recentFrom)));
			const today = days.get(isoDay(now));
			const reasons = await reasonCounts$1(db, account.id, daysBefore(now, 29), isoDay(now));
			const report = buildReport({
				account,
				domain,
				window,
				sentLastDay: today?.sent ?? 0,
				now,
				mailbox,
				reasons
			});
			const json = JSON.stringify(report);
			await db.insertInto("reports").values({
				account_id: account.id,
				report: json,
				created_at: report.checked_at
			}).onConflict((oc) => oc.column("account_id").doUpdateSet({
				report: json,
				created_at: report.checked_at
			})).execute();
			await db.updateTable("accounts").set({
				score: report.overall_score,
				score_measured: report.measured
			}).where("id", "=", account.id).execute();
			await deps.health.saveRates(account.id, {
				sent_30d: window.sent,
				bounced_30d: window.hard_bounces + window.soft_bounces,
				blocked_30d: window.blocks,
				complaints_30d: window.complaints,
				sent_7d: recent.sent,
				bounced_7d: recent.hard_bounces + recent.soft_bounces,
				blocked_7d: recent.blocks,
				complaints_7d: recent.complaints
			});
			deps.events.emit("accounts.changed", { ids: [account.id] });
			return report;
		} catch (err) {
			if (err instanceof Error && /FOREIGN KEY constraint failed/.test(err.message)) throw new AppError("not_found", "That inbox no longer exists", { field: "id" });
			throw err;
		}
	}
	return {
		storedReport,
		async report(id, force) {
			const account = await mustGet(id);
			const stored = await storedReport(id);
			if (!force && stored && clock.now().getTime() - Date.parse(stored.checked_at) < FRESH_MS$1) return stored;
			return refresh(account, force);
		},
		async history(id, days) {
			await mustGet(id);
			return history(db, id, days, clock.now());
		},
		refresh: (account) => refresh(account, false)
	};
}
// electron/core/jobs/handlers.ts
const jobsHandlers = (jobs) => ({
	"jobs.get": async ({ id }) => jobs.get(id),
	"jobs.cancel": async ({ id }) => jobs.cancel(id)
});
// electron/core/timers.ts
/** Node's timers, unref'd: a pending retry or round never keeps a process alive. */
const realTimers = {
	setTimeout: (fn, ms) => {
		const t = setTimeout(fn, Math.min(Math.max(0, ms), 2 ** 31 - 1));
		t.unref?.();
		return t;
	},
	clearTimeout: (h) => clearTimeout(h)
};
const alertLink = (a) => a.account_id ? `#/accounts/${encodeURIComponent(a.account_id)}` : `#/domains/${encodeURIComponent(a.domain)}`;
const digestItem = (a, change) => ({
	alert_id: a.id,
	change,
	kind: a.kind,
	severity: a.severity,
	title: a.title,
	link: alertLink(a)
});
const PHRASES = {
	connection: ["inbox cannot log in or connect", "inboxes cannot log in or connect"],
	listing: ["new blacklist listing", "new blacklist listings"],
	spf_record: ["SPF record changed or removed", "SPF records changed or removed"],
	dkim_record: ["DKIM key changed or removed", "DKIM keys changed or removed"],
	dmarc_record: ["DMARC record changed or removed", "DMARC records changed or removed"],
	bounce_rate: ["inbox over the bounce threshold", "inboxes over the bounce threshold"],
	complaint_rate: ["inbox over the complaint threshold", "inboxes over the complaint threshold"],
	score_drop: ["score drop", "score drops"],
	sign_in_expired: ["inbox needs signing in again", "inboxes need signing in again"],
	block_rate: ["inbox over the block threshold", "inboxes over the block threshold"]
};
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/** Title and body of one digest: one change reads as itself, several as counts by kind. */
function buildDigest(items, now) {
	const opened = items.filter((i) => i.change === "opened");
	const resolved = items.filter((i) => i.change === "resolved");
	let title;
	let lines;
	if (items.length === 1) {
		const only = items[0];
		title = only.change === "opened" ? only.title : `Resolved: ${only.title}`;
		lines = [only.change === "opened" ? "Open Inboxfleet → Alerts for details." : "This alert cleared at the last check."];
	} else {
		title = [opened.length ? plural(opened.length, "new alert", "new alerts") : "", resolved.length ? `${resolved.length} resolved` : ""].filter(Boolean).join(", ");
		const byKind = /* @__PURE__ */ new Map();
		for (const i of opened) byKind.set(i.kind, (byKind.get(i.kind) ?? 0) + 1);
		lines = [...byKind].map(([kind, n]) => plural(n, ...PHRASES[kind]));
		if (resolved.length) lines.push(`${plural(resolved.length, "alert", "alerts")} resolved`);
	}
	return {
		id: randomUUID(),
		created_at: now.toISOString(),
		title,
		body: lines.join("\n"),
		opened: opened.length,
		resolved: resolved.length,
		items
	};
}
/** Slack-compatible body: `text` only, which Slack, Mattermost, Rocket.Chat and Teams workflows all read. */
function webhookBody(d) {
	const MAX = 20;
	const lines = d.items.slice(0, MAX).map((i) => `• ${i.change === "opened" ? "Opened" : "Resolved"}: ${i.title}`);
	if (d.items.length > MAX) lines.push(`• … and ${d.items.length - MAX} more in the app`);
	return { text: `*Inboxfleet: ${d.title}*\n${lines.join("\n")}` };
}
function createDigester(deps) {
	const quiet = deps.quietMs ?? 2e3;
	const maxWait = deps.maxWaitMs ?? 3e5;
	let pending = [];
	let firstAt = 0;
	let timer = null;
	const arm = (ms) => {
		if (timer !== null) deps.timers.clearTimeout(timer);
		timer = deps.timers.setTimeout(onTimer, Math.max(0, ms));
	};
	function onTimer() {
		timer = null;
		const waited = deps.clock.now().getTime() - firstAt;
		if (deps.busy() && waited < maxWait) arm(Math.min(quiet, maxWait - waited));
		else flush();
	}
	function flush() {
		if (timer !== null) deps.timers.clearTimeout(timer);
		timer = null;
		if (pending.length === 0) return;
		const items = pending;
		pending = [];
		deps.send(buildDigest(items, deps.clock.now()));
	}
	return {
		add(items) {
			if (items.length === 0) return;
			if (pending.length === 0) firstAt = deps.clock.now().getTime();
			pending.push(...items);
			const waited = deps.clock.now().getTime() - firstAt;
			arm(Math.min(quiet, Math.max(0, maxWait - waited)));
		},
		flush,
		close() {
			flush();
		}
	};
}
// electron/core/alerts/facts.ts
const parse$1 = (json) => {
	if (!json) return null;
	try {
		return JSON.parse(json);
	} catch {
		return null;
	}
};
const probe = (json) => {
	const p = parse$1(json);
	return p ? {
		ok: p.ok,
		error: p.error,
		message: p.message
	} : null;
};
const domainOf = (email) => (email.split("@")[1] ?? "").toLowerCase();
function domainFacts(r) {
	const unknown = r.blacklist.unknown_lists.map((u) => u.list);
	return {
		domain: r.domain,
		spf: {
			known: r.spf.status !== "unknown",
			record: r.spf.record
		},
		dmarc: {
			known: r.dmarc.status !== "unknown",
			record: r.dmarc.record
		},
		dkim: {
			known: r.dkim.status !== "unknown",
			tried: r.dkim.selectors_tried,
			keys: Object.fromEntries(r.dkim.keys.map((k) => [k.selector, k.record]))
		},
		blacklist: {
			known: r.blacklist.checked_lists > unknown.length,
			flagged: r.blacklist.flagged_lists.map((f) => {
				const target = f.target;
				return {
					list: f.list,
					answer: f.answer,
					meaning: f.meaning,
					removal_url: f.removal_url,
					target: typeof target === "string" ? target : f.query
				};
			}),
			unknown
		}
	};
}
function storedFacts(db) {
	return {
		async account(id) {
			const row = await db.selectFrom("accounts").leftJoin("clients", "clients.id", "accounts.client_id").leftJoin("reports", "reports.account_id", "accounts.id").select([
				"accounts.id",
				"accounts.email",
				"accounts.client_id",
				"clients.name as client_name",
				"accounts.status",
				"accounts.smtp_test",
				"accounts.imap_test",
				"accounts.score",
				"reports.report"
			]).select([
				"accounts.auth_method",
				"accounts.sign_in_expired_at",
				"accounts.oauth_token_stored",
				"accounts.oauth_app_id"
			]).where("accounts.id", "=", id).executeTakeFirst();
			if (!row) return null;
			const rep = parse$1(row.report)?.reputation;
			const state = signInState(row);
			return {
				id: row.id,
				email: row.email,
				domain: domainOf(row.email),
				client_id: row.client_id,
				client_name: row.client_name ?? null,
				status: row.status,
				smtp: probe(row.smtp_test),
				imap: probe(row.imap_test),
				score: row.score,
				window: rep ? {
					sent: rep.sent,
					bounced: rep.hard_bounces + rep.soft_bounces,
					blocked: rep.blocks ?? 0,
					complaints: rep.complaints
				} : null,
				sign_in: state && {
					state,
					expired_at: row.sign_in_expired_at
				}
			};
		},
		async domain(domain) {
			const row = await db.selectFrom("domains").select("report").where("domain", "=", domain).executeTakeFirst();
			const report = parse$1(row?.report);
			return report ? domainFacts(report) : null;
		}
	};
}
// electron/core/alerts/machine.ts
const emptyState = () => ({
	groups: {},
	baselines: {}
});
function step(prev, evals, baselines) {
	const before = prev ?? emptyState();
	const groups = { ...before.groups };
	const opened = [];
	const continuing = [];
	const cleared = [];
	for (const [group, ev] of Object.entries(evals)) {
		if (!ev.known) continue;
		const was = before.groups[group];
		const activeKeys = new Set(ev.active.map((f) => f.key));
		for (const k of ev.keep ?? []) if (was?.includes(k)) activeKeys.add(k);
		groups[group] = [...activeKeys].sort();
		if (was === void 0) continue;
		const wasSet = new Set(was);
		for (const f of ev.active) if (wasSet.has(f.key)) continuing.push(f);
		else if (!f.quiet) opened.push(f);
		for (const k of was) if (!activeKeys.has(k)) cleared.push(k);
	}
	return {
		state: {
			groups,
			baselines: {
				...before.baselines,
				...baselines
			}
		},
		opened,
		continuing,
		cleared
	};
}
/** The state after the user accepted a change: the key is no longer active and its baseline is the new value. */
function accept(state, key, baseline) {
	return {
		groups: Object.fromEntries(Object.entries(state.groups).map(([g, keys]) => [g, keys.filter((k) => k !== key)])),
		baselines: {
			...state.baselines,
			[baseline.name]: baseline.value
		}
	};
}
// electron/core/alerts/repo.ts
const accountSubject = (id, domain) => ({
	subject: `account:${id}`,
	account_id: id,
	domain
});
const domainSubject = (domain) => ({
	subject: `domain:${domain}`,
	account_id: null,
	domain
});
const RESOLVED_BECAUSE = {
	connection: "Works again",
	listing: "Delisted",
	spf_record: "Record back as it was",
	dkim_record: "Key back as it was",
	dmarc_record: "Record back as it was",
	bounce_rate: "Back under the threshold",
	complaint_rate: "Back under the threshold",
	score_drop: "Score recovered",
	sign_in_expired: "Signed in again",
	block_rate: "Back under the threshold"
};
async function loadState(db, subject) {
	const row = await db.selectFrom("alert_state").select(["state", "checked_at"]).where("subject", "=", subject).executeTakeFirst();
	if (!row) return null;
	try {
		return {
			state: JSON.parse(row.state),
			checked_at: row.checked_at
		};
	} catch {
		return null;
	}
}
/** Alerts opened on this inbox or its domain since `since`: they explain a score drop. */
async function openedSince(db, s, since) {
	return !!await db.selectFrom("alerts").select("id").where("kind", "!=", "score_drop").where("opened_at", ">=", since).where((eb) => eb.or([eb("subject", "=", s.subject), eb("subject", "=", `domain:${s.domain}`)])).executeTakeFirst();
}
/** Stores one step: the subject's new state, opened, updated and resolved alerts, in one transaction. */
async function applyStep(db, s, r, now) {
	const ids = await db.transaction().execute(async (trx) => {
		await trx.insertInto("alert_state").values({
			subject: s.subject,
			account_id: s.account_id,
			state: JSON.stringify(r.state),
			checked_at: now
		}).onConflict((oc) => oc.column("subject").doUpdateSet({
			state: JSON.stringify(r.state),
			checked_at: now
		})).execute();
		const opened = [];
		for (const f of r.opened) {
			if (await updateOpen(trx, s, f, now)) continue;
			const id = randomUUID();
			await trx.insertInto("alerts").values({
				id,
				kind: f.kind,
				severity: f.severity,
				subject: s.subject,
				key: f.key,
				account_id: s.account_id,
				domain: s.domain,
				title: f.title,
				detail: f.detail,
				observed: JSON.stringify(f.observed),
				opened_at: now,
				updated_at: now,
				resolved_at: null,
				resolution: null,
				acknowledged_at: null
			}).execute();
			opened.push(id);
		}
		for (const f of r.continuing) await updateOpen(trx, s, f, now);
		const resolved = [];
		for (const key of r.cleared) {
			const row = await trx.selectFrom("alerts").select(["id", "kind"]).where("subject", "=", s.subject).where("key", "=", key).where("resolved_at", "is", null).executeTakeFirst();
			if (!row) continue;
			await resolve(trx, [row.id], RESOLVED_BECAUSE[row.kind] ?? "Cleared", now);
			resolved.push(row.id);
		}
		return {
			opened,
			resolved
		};
	});
	return {
		opened: await getAlerts(db, ids.opened),
		resolved: await getAlerts(db, ids.resolved)
	};
}
async function updateOpen(db, s, f, now) {
	const r = await db.updateTable("alerts").set({
		title: f.title,
		detail: f.detail,
		severity: f.severity,
		observed: JSON.stringify(f.observed),
		updated_at: now
	}).where("subject", "=", s.subject).where("key", "=", f.key).where("resolved_at", "is", null).executeTakeFirst();
	return Number(r.numUpdatedRows) > 0;
}
async function resolve(db, ids, resolution, now) {
	for (let i = 0; i < ids.length; i += 500) await db.updateTable("alerts").set({
		resolved_at: now,
		resolution,
		updated_at: now
	}).where("id", "in", ids.slice(i, i + 500)).where("resolved_at", "is", null).execute();
}
async function saveState(db, subject, state) {
	await db.updateTable("alert_state").set({ state: JSON.stringify(state) }).where("subject", "=", subject).execute();
}
const domainOfEmail = sql`lower(substr(a2.email, instr(a2.email, '@') + 1))`;
function selectAlerts(db) {
	return db.selectFrom("alerts").leftJoin("accounts", "accounts.id", "alerts.account_id").leftJoin("clients", "clients.id", "accounts.client_id").selectAll("alerts").select([
		"accounts.email as email",
		"accounts.client_id as client_id",
		"clients.name as client_name"
	]);
}
function toAlert(r) {
	let observed = {};
	try {
		observed = JSON.parse(r.observed);
	} catch {}
	return {
		id: r.id,
		kind: r.kind,
		severity: r.severity,
		subject_type: r.account_id ? "account" : "domain",
		account_id: r.account_id,
		email: r.email ?? null,
		domain: r.domain,
		client_id: r.client_id ?? null,
		client_name: r.client_name ?? null,
		title: r.title,
		detail: r.detail,
		observed,
		opened_at: r.opened_at,
		updated_at: r.updated_at,
		resolved_at: r.resolved_at,
		resolution: r.resolution,
		acknowledged_at: r.acknowledged_at
	};
}
/** A domain's alerts name the clients that send from it. */
async function withDomainClients(db, alerts) {
	const domains = [...new Set(alerts.filter((a) => !a.account_id).map((a) => a.domain))];
	if (domains.length === 0) return alerts;
	const rows = await sql`
    select distinct ${domainOfEmail} as domain, c.name as name from accounts a2 join clients c on c.id = a2.client_id
    where ${domainOfEmail} in (${sql.join(domains)}) order by c.name`.execute(db);
	const names = /* @__PURE__ */ new Map();
	for (const r of rows.rows) names.set(r.domain, [...names.get(r.domain) ?? [], r.name]);
	return alerts.map((a) => a.account_id ? a : {
		...a,
		client_name: names.get(a.domain)?.join(", ") ?? null
	});
}
async function getAlerts(db, ids) {
	if (ids.length === 0) return [];
	const rows = await selectAlerts(db).where("alerts.id", "in", ids).execute();
	const order = new Map(ids.map((id, i) => [id, i]));
	return withDomainClients(db, rows.map(toAlert).sort((a, b) => order.get(a.id) - order.get(b.id)));
}
/** Open alerts first (newest first), then those resolved since `since` (latest first). */
async function listAlerts(db, q) {
	let query = selectAlerts(db);
	if (q.status === "open") query = query.where("alerts.resolved_at", "is", null);
	else if (q.status === "resolved") query = query.where("alerts.resolved_at", ">=", q.since);
	else query = query.where((eb) => eb.or([eb("alerts.resolved_at", "is", null), eb("alerts.resolved_at", ">=", q.since)]));
	if (q.client_id) {
		const clientId = q.client_id;
		query = query.where((eb) => eb.or([eb.and([eb("alerts.account_id", "is not", null), clientId === "none" ? eb("accounts.client_id", "is", null) : eb("accounts.client_id", "=", clientId)]), eb.and([eb("alerts.account_id", "is", null), eb.exists(eb.selectFrom("accounts as a2").select("a2.id").where(sql`${domainOfEmail} = alerts.domain`).where(clientId === "none" ? sql`a2.client_id is null` : sql`a2.client_id = ${clientId}`))])]));
	}
	return withDomainClients(db, (await query.orderBy(sql`alerts.resolved_at is null`, "desc").orderBy(sql`coalesce(alerts.resolved_at, alerts.opened_at)`, "desc").limit(q.limit).execute()).map(toAlert));
}
async function countAlerts(db) {
	const r = await db.selectFrom("alerts").select((eb) => [eb.fn.countAll().as("open"), eb.fn.sum(sql`acknowledged_at is null`).as("unacknowledged")]).where("resolved_at", "is", null).executeTakeFirstOrThrow();
	return {
		open: Number(r.open),
		unacknowledged: Number(r.unacknowledged ?? 0)
	};
}
async function acknowledge(db, ids, now) {
	let n = 0;
	for (let i = 0; i < ids.length; i += 500) {
		const r = await db.updateTable("alerts").set({ acknowledged_at: now }).where("id", "in", ids.slice(i, i + 500)).where("acknowledged_at", "is", null).executeTakeFirst();
		n += Number(r.numUpdatedRows);
	}
	return n;
}
/** Domains with open alerts or a stored state that no inbox sends from any more. */
async function orphanDomains(db) {
	return (await sql`
    select distinct domain from (
      select domain from alerts where account_id is null and resolved_at is null
      union select substr(subject, 8) as domain from alert_state where subject like 'domain:%'
    ) d
    where not exists (select 1 from accounts a2 where ${domainOfEmail} = d.domain)`.execute(db)).rows.map((r) => r.domain);
}
async function forgetDomain(db, domain, now) {
	return db.transaction().execute(async (trx) => {
		const open = await trx.selectFrom("alerts").select("id").where("subject", "=", `domain:${domain}`).where("resolved_at", "is", null).execute();
		await resolve(trx, open.map((r) => r.id), "No inbox sends from this domain any more", now);
		await trx.deleteFrom("alert_state").where("subject", "=", `domain:${domain}`).execute();
		return open.map((r) => r.id);
	});
}
// electron/core/alerts/rules.ts
const pct = (v) => `${v < 1 ? v.toFixed(2) : v.toFixed(1)} %`;
const CONNECTION_WORDS = [
	["auth_failed", "cannot log in"],
	["tls_error", "fails the TLS check"],
	["protocol_error", "gets unexpected answers from its server"],
	["timeout", "cannot connect (timeout)"],
	["unreachable", "cannot connect"]
];
const withProtocol = (p, message) => message.toUpperCase().startsWith(`${p.toUpperCase()}:`) ? message : `${p.toUpperCase()}: ${message}`;
/** Tests that ended at the sign-in (expired, never signed in) are no login failure: the sign-in group says it. */
const SIGN_IN_ERRORS = /* @__PURE__ */ new Set(["sign_in_expired", "needs_sign_in"]);
const judged = (p) => p !== null && !(!p.ok && SIGN_IN_ERRORS.has(p.error ?? ""));
function connectionFinding(a) {
	const failing = ["smtp", "imap"].filter((p) => judged(a[p]) && !a[p].ok);
	if (failing.length === 0) return null;
	const codes = failing.map((p) => a[p].error ?? "unreachable");
	const words = CONNECTION_WORDS.find(([code]) => codes.includes(code))?.[1] ?? "cannot connect";
	return {
		key: "connection",
		kind: "connection",
		severity: "critical",
		title: `${a.email} ${words}`,
		detail: failing.map((p) => withProtocol(p, a[p].message)).join(" · "),
		observed: Object.fromEntries(failing.map((p) => [p, {
			error: a[p].error,
			message: a[p].message
		}]))
	};
}
function rateFindings(a, t) {
	const w = a.window;
	if (!w || w.sent < t.min_sends) return { known: false };
	const active = [];
	const bounce = w.bounced / w.sent * 100;
	const block = w.blocked / w.sent * 100;
	const complaint = w.complaints / w.sent * 100;
	if (bounce > t.bounce_pct) active.push({
		key: "bounce_rate",
		kind: "bounce_rate",
		severity: "critical",
		title: `${a.email}: bounce rate ${pct(bounce)} (over ${pct(t.bounce_pct)})`,
		detail: `${w.bounced} of ${w.sent} sends bounced (hard and soft; blocks are counted apart) in the last 30 days.`,
		observed: {
			rate_pct: bounce,
			threshold_pct: t.bounce_pct,
			sent: w.sent,
			bounced: w.bounced
		}
	});
	if (block > t.block_pct) active.push({
		key: "block_rate",
		kind: "block_rate",
		severity: "critical",
		title: `${a.email}: block rate ${pct(block)} (over ${pct(t.block_pct)})`,
		detail: `${w.blocked} of ${w.sent} sends were refused by the receiving server for the sender's sake (reputation, listing, authentication, content, policy or rate) in the last 30 days. The inbox's page shows the blocks by reason and their fixes.`,
		observed: {
			rate_pct: block,
			threshold_pct: t.block_pct,
			sent: w.sent,
			blocked: w.blocked
		}
	});
	if (complaint > t.complaint_pct) active.push({
		key: "complaint_rate",
		kind: "complaint_rate",
		severity: "critical",
		title: `${a.email}: complaint rate ${pct(complaint)} (over ${pct(t.complaint_pct)})`,
		detail: `${w.complaints} of ${w.sent} sends were reported as spam in the last 30 days.`,
		observed: {
			rate_pct: complaint,
			threshold_pct: t.complaint_pct,
			sent: w.sent,
			complaints: w.complaints
		}
	});
	return {
		known: true,
		active
	};
}
/** Sign-in expired: opens when the provider refuses a signed-in inbox's token, resolves once it is signed in again. */
function signInFinding(a) {
	if (!a.sign_in) return { known: false };
	if (a.sign_in.state !== "expired") return {
		known: true,
		active: []
	};
	const when = a.sign_in.expired_at ? ` on ${a.sign_in.expired_at.slice(0, 10)}` : "";
	return {
		known: true,
		active: [{
			key: "sign_in_expired",
			kind: "sign_in_expired",
			severity: "critical",
			title: `${a.email}: sign-in expired — sign in again`,
			detail: `The provider refused this inbox's sign-in${when} (revoked, expired or the password changed). Open the inbox and choose “Sign in again”; until then it cannot send or be read.`,
			observed: { expired_at: a.sign_in.expired_at }
		}]
	};
}
/**
* Score drop: against the score before the drop, which stays the baseline while the drop lasts,
* so the alert resolves once the score is back within the threshold of it. `explained`: another
* alert of this inbox or its domain opened since the last check, which says why; the drop is
* then tracked quietly instead of alerting twice.
*/
function scoreFinding(a, baseline, t, explained) {
	if (a.score === null) return {
		ev: { known: false },
		baseline
	};
	const before = typeof baseline === "number" ? baseline : null;
	const drop = before === null ? 0 : before - a.score;
	if (before === null || drop < t.score_drop) return {
		ev: {
			known: true,
			active: []
		},
		baseline: a.score
	};
	return {
		ev: {
			known: true,
			active: [{
				key: "score_drop",
				kind: "score_drop",
				severity: "warning",
				quiet: explained,
				title: `${a.email}: score fell from ${before} to ${a.score}`,
				detail: `The deliverability score dropped ${drop} points since the check before the drop. The inbox's page says which parts lost points.`,
				observed: {
					before,
					now: a.score,
					drop
				}
			}]
		},
		baseline: before
	};
}
function accountEvaluation(a, baselines, t, explained) {
	const connection = connectionFinding(a);
	const score = scoreFinding(a, baselines["score"], t, explained);
	return {
		evals: {
			connection: judged(a.smtp) || judged(a.imap) ? {
				known: true,
				active: connection ? [connection] : []
			} : { known: false },
			sign_in: signInFinding(a),
			rates: rateFindings(a, t),
			score: score.ev
		},
		baselines: score.baseline === void 0 ? {} : { score: score.baseline }
	};
}
const norm = (r) => r === null ? null : r.replace(/\s+/g, " ").trim();
/** SPF or DMARC: a record present at the baseline that is now gone or different. */
function recordFinding(kind, name, label, domain, fact, baseline) {
	if (!fact.known) return {
		ev: { known: false },
		baseline
	};
	const now = norm(fact.record);
	const before = typeof baseline === "string" ? baseline : null;
	if (before === null || now === before) return {
		ev: {
			known: true,
			active: []
		},
		baseline: now
	};
	const removed = now === null;
	return {
		ev: {
			known: true,
			active: [{
				key: name,
				kind,
				severity: removed ? "critical" : "warning",
				title: `${label} record ${removed ? "removed from" : "changed on"} ${domain}`,
				detail: removed ? `Was: ${before}` : `Was: ${before} · Now: ${now}`,
				observed: {
					before,
					now,
					accept: {
						name,
						value: now
					}
				}
			}]
		},
		baseline: before
	};
}
function dkimFinding(domain, fact, baseline) {
	if (!fact.known) return {
		ev: { known: false },
		baseline
	};
	const before = baseline && typeof baseline === "object" ? baseline : null;
	const lost = before ? Object.keys(before).filter((s) => fact.tried.includes(s) && fact.keys[s] !== before[s]).sort() : [];
	if (!before || lost.length === 0) return {
		ev: {
			known: true,
			active: []
		},
		baseline: fact.keys
	};
	const removed = lost.filter((s) => fact.keys[s] === void 0);
	return {
		ev: {
			known: true,
			active: [{
				key: "dkim",
				kind: "dkim_record",
				severity: removed.length ? "critical" : "warning",
				title: `DKIM key ${removed.length ? "removed from" : "changed on"} ${domain} (selector ${lost.join(", ")})`,
				detail: lost.map((s) => `${s}: ${fact.keys[s] === void 0 ? "no longer published" : "published with another key"}`).join(" · "),
				observed: {
					selectors: lost,
					before: Object.fromEntries(lost.map((s) => [s, before[s]])),
					now: Object.fromEntries(lost.map((s) => [s, fact.keys[s] ?? null])),
					accept: {
						name: "dkim",
						value: fact.keys
					}
				}
			}]
		},
		baseline: before
	};
}
function listingFindings(d) {
	if (!d.blacklist.known) return { known: false };
	const byList = /* @__PURE__ */ new Map();
	for (const f of d.blacklist.flagged) byList.set(f.list, [...byList.get(f.list) ?? [], f]);
	return {
		known: true,
		active: [...byList].map(([list, flags]) => ({
			key: `listing:${list}`,
			kind: "listing",
			severity: "critical",
			title: `${d.domain}: ${[...new Set(flags.map((f) => f.target))].join(", ")} listed on ${list}`,
			detail: `${flags.map((f) => `${f.meaning} (answer ${f.answer} for ${f.target})`).join(" · ")}. Removal: ${flags[0].removal_url}`,
			observed: {
				list,
				flags
			}
		})),
		keep: d.blacklist.unknown.map((l) => `listing:${l}`)
	};
}
function domainEvaluation(d, baselines) {
	const spf = recordFinding("spf_record", "spf", "SPF", d.domain, d.spf, baselines["spf"]);
	const dmarc = recordFinding("dmarc_record", "dmarc", "DMARC", d.domain, d.dmarc, baselines["dmarc"]);
	const dkim = dkimFinding(d.domain, d.dkim, baselines["dkim"]);
	const next = {};
	if (spf.baseline !== void 0) next["spf"] = spf.baseline;
	if (dmarc.baseline !== void 0) next["dmarc"] = dmarc.baseline;
	if (dkim.baseline !== void 0) next["dkim"] = dkim.baseline;
	return {
		evals: {
			listing: listingFindings(d),
			spf: spf.ev,
			dmarc: dmarc.ev,
			dkim: dkim.ev
		},
		baselines: next
	};
}
// electron/core/alerts/webhook.ts
const WEBHOOK_KEY = "alerts:webhook-url";
const WEBHOOK_RETRY_MS = [
	3e4,
	12e4,
	6e5,
	18e5,
	72e5,
	216e5
];
const TIMEOUT_MS = 1e4;
const SHOWN_DELIVERIES = 10;
/** When to try again after `attempts` failed tries, or null to give up. */
function retryAt(attempts, now, retryMs = WEBHOOK_RETRY_MS) {
	const wait = retryMs[attempts - 1];
	return wait === void 0 ? null : new Date(now.getTime() + wait).toISOString();
}
/** Scheme, host and "…": enough to recognise the hook, not enough to post to it. */
function urlHint(url) {
	try {
		const u = new URL(url);
		return `${u.protocol}//${u.host}/…`;
	} catch {
		return "…";
	}
}
async function post(url, body, timeoutMs) {
	try {
		const res = await fetch(url, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify(body),
			redirect: "manual",
			signal: AbortSignal.timeout(timeoutMs)
		});
		const text = (await res.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 200);
		if (res.status >= 200 && res.status < 300) return {
			ok: true,
			status: res.status,
			message: `Delivered (HTTP ${res.status})`
		};
		return {
			ok: false,
			status: res.status,
			message: `The webhook answered HTTP ${res.status}${text ? `: ${text}` : ""}`
		};
	} catch (err) {
		const e = err;
		if (e.name === "TimeoutError" || e.name === "AbortError") return {
			ok: false,
			status: null,
			message: `No answer within ${timeoutMs / 1e3} s`
		};
		const code = e.cause?.code;
		return {
			ok: false,
			status: null,
			message: `Could not reach the webhook: ${code ? {
				ECONNREFUSED: "connection refused",
				ENOTFOUND: "host not found",
				ECONNRESET: "connection reset",
				EAI_AGAIN: "DNS lookup failed",
				CERT_HAS_EXPIRED: "TLS certificate expired",
				DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed TLS certificate"
			}[code] ?? code : "network error"}`
		};
	}
}
const pendingRows = (db, now) => db.selectFrom("webhook_deliveries").selectAll().where("status", "=", "pending").where("next_attempt_at", "<=", now).orderBy("created_at").limit(20).execute();
const toDelivery = (r) => ({
	id: r.id,
	created_at: r.created_at,
	title: r.title,
	status: r.status,
	attempts: r.attempts,
	last_attempt_at: r.last_attempt_at,
	next_attempt_at: r.next_attempt_at,
	last_error: r.last_error,
	delivered_at: r.delivered_at
});
function createWebhook(deps) {
	const { db, vault, clock, log, timers } = deps;
	const retryMs = deps.retryMs ?? WEBHOOK_RETRY_MS;
	const timeoutMs = deps.timeoutMs ?? TIMEOUT_MS;
	let timer = null;
	let running = null;
	let again = false;
	let closed = false;
	const url = () => vault.get(WEBHOOK_KEY).catch(() => null);
	async function attempt(row) {
		const target = await url();
		const now = clock.now();
		if (!target) {
			await db.updateTable("webhook_deliveries").set({
				status: "failed",
				last_error: "No webhook URL is set",
				next_attempt_at: null
			}).where("id", "=", row.id).execute();
			return;
		}
		const r = await post(target, JSON.parse(row.payload), timeoutMs);
		const attempts = row.attempts + 1;
		const at = clock.now().toISOString();
		if (r.ok) {
			await db.updateTable("webhook_deliveries").set({
				status: "delivered",
				attempts,
				last_attempt_at: at,
				delivered_at: at,
				next_attempt_at: null,
				last_error: null
			}).where("id", "=", row.id).execute();
			return;
		}
		const next = retryAt(attempts, now, retryMs);
		log.warn("webhook delivery failed", {
			id: row.id,
			attempts,
			error: r.message,
			gave_up: next === null
		});
		await db.updateTable("webhook_deliveries").set({
			status: next ? "pending" : "failed",
			attempts,
			last_attempt_at: at,
			next_attempt_at: next,
			last_error: r.message
		}).where("id", "=", row.id).execute();
	}
	async function drain() {
		do {
			again = false;
			for (;;) {
				const rows = await pendingRows(db, clock.now().toISOString());
				if (rows.length === 0 || closed) break;
				for (const row of rows) await attempt(row);
			}
		} while (again && !closed);
		if (closed) return;
		const next = await db.selectFrom("webhook_deliveries").select("next_attempt_at").where("status", "=", "pending").orderBy("next_attempt_at").executeTakeFirst();
		if (timer !== null) timers.clearTimeout(timer);
		timer = next?.next_attempt_at ? timers.setTimeout(() => {
			timer = null;
			kick();
		}, Date.parse(next.next_attempt_at) - clock.now().getTime()) : null;
	}
	function kick() {
		if (closed) return;
		if (running) {
			again = true;
			return;
		}
		running = drain().catch((err) => log.error("webhook queue failed", { error: err instanceof Error ? err.message : String(err) })).finally(() => running = null);
	}
	async function status() {
		const u = await url();
		const rows = await db.selectFrom("webhook_deliveries").selectAll().orderBy("created_at", "desc").limit(SHOWN_DELIVERIES).execute();
		return {
			configured: !!u,
			url_hint: u ? urlHint(u) : null,
			deliveries: rows.map(toDelivery)
		};
	}
	return {
		async enqueue(d) {
			if (closed || !await url()) return;
			const now = clock.now().toISOString();
			await db.insertInto("webhook_deliveries").values({
				id: randomUUID(),
				created_at: now,
				title: d.title,
				payload: JSON.stringify(webhookBody(d)),
				status: "pending",
				attempts: 0,
				last_attempt_at: null,
				next_attempt_at: now,
				last_error: null,
				delivered_at: null
			}).execute();
			kick();
		},
		status,
		async set(u) {
			if (u === null) await vault.delete(WEBHOOK_KEY);
			else await vault.set(WEBHOOK_KEY, u);
			return status();
		},
		async test() {
			const u = await url();
			if (!u) return {
				ok: false,
				status: null,
				message: "No webhook URL is set"
			};
			return post(u, { text: "*Inboxfleet*: test message. Alerts will arrive here." }, timeoutMs);
		},
		kick,
		async close() {
			closed = true;
			if (timer !== null) timers.clearTimeout(timer);
			await running;
		}
	};
}
// electron/core/alerts/service.ts
/** Rate crossings that pause an inbox whose client asked for it: bounces, blocks, complaints. */
const PAUSING_KINDS = /* @__PURE__ */ new Set([
	"bounce_rate",
	"block_rate",
	"complaint_rate"
]);
function createAlerts(deps) {
	const { db, clock, events, log, settings } = deps;
	const timers = deps.timers ?? realTimers;
	const facts = deps.facts ?? storedFacts(db);
	const webhook = createWebhook({
		db,
		vault: deps.vault,
		clock,
		log,
		timers,
		...deps.webhook
	});
	const sending = /* @__PURE__ */ new Set();
	const digester = createDigester({
		clock,
		timers,
		busy: deps.busy,
		...deps.digest,
		send: (d) => {
			events.emit("alerts.digest", d);
			const p = webhook.enqueue(d).catch((err) => log.error("webhook enqueue failed", { error: String(err) })).finally(() => sending.delete(p));
			sending.add(p);
		}
	});
	const queues = /* @__PURE__ */ new Map();
	function serial(subject, fn) {
		const run = (queues.get(subject) ?? Promise.resolve()).catch(() => void 0).then(fn);
		const tail = run.finally(() => {
			if (queues.get(subject) === tail) queues.delete(subject);
		});
		queues.set(subject, tail);
		return run;
	}
	let lastCounts = null;
	async function publishCounts() {
		const c = await countAlerts(db);
		if (lastCounts && c.open === lastCounts.open && c.unacknowledged === lastCounts.unacknowledged) return;
		lastCounts = c;
		events.emit("alerts.changed", c);
	}
	function tell(applied) {
		const items = [...applied.opened.map((a) => digestItem(a, "opened")), ...applied.resolved.map((a) => digestItem(a, "resolved"))];
		digester.add(items);
		return items.length ? publishCounts() : Promise.resolve();
	}
	const thresholds = () => {
		const s = settings.current();
		return {
			bounce_pct: s.alert_bounce_pct,
			block_pct: s.alert_block_pct,
			complaint_pct: s.alert_complaint_pct,
			score_drop: s.alert_score_drop,
			min_sends: 20
		};
	};
	/** Auto-pause: an inbox of a client that asked for it is paused when it crosses a rate threshold. */
	async function autoPause(a, opened, now) {
		const crossing = opened.filter((f) => PAUSING_KINDS.has(f.kind));
		if (!crossing.length || !a.client_id || !settings.current().alert_auto_pause_client_ids.includes(a.client_id) || a.status === "paused") return false;
		await db.updateTable("accounts").set({
			status: "paused",
			updated_at: now
		}).where("id", "=", a.id).execute();
		for (const f of crossing) {
			f.title = `${f.title}: paused`;
			f.detail = `${f.detail} Inboxfleet paused this inbox automatically because auto-pause is on for ${a.client_name ?? "its client"}.`;
			f.observed = {
				...f.observed,
				auto_paused: {
					at: now,
					client: a.client_name,
					reason: f.title
				}
			};
		}
		log.info("inbox paused by alert", {
			id: a.id,
			kinds: crossing.map((f) => f.kind)
		});
		return true;
	}
	async function observeAccount(id) {
		await serial(`account:${id}`, async () => {
			const a = await facts.account(id);
			if (!a) return;
			const subject = accountSubject(a.id, a.domain);
			const prev = await loadState(db, subject.subject);
			const judge = (explained) => {
				const ev = accountEvaluation(a, prev?.state.baselines ?? {}, thresholds(), explained);
				return step(prev?.state ?? null, ev.evals, ev.baselines);
			};
			let result = judge(prev ? await openedSince(db, subject, prev.checked_at) : false);
			if (result.opened.some((f) => f.kind === "score_drop") && result.opened.some((f) => f.kind !== "score_drop")) result = judge(true);
			const now = clock.now().toISOString();
			const paused = await autoPause(a, result.opened, now);
			await tell(await applyStep(db, subject, result, now));
			if (paused) events.emit("accounts.changed", { ids: [a.id] });
		});
	}
	async function observeDomain(domain) {
		await serial(`domain:${domain}`, async () => {
			const d = await facts.domain(domain);
			if (!d) return;
			const subject = domainSubject(domain);
			const prev = await loadState(db, subject.subject);
			const ev = domainEvaluation(d, prev?.state.baselines ?? {});
			const result = step(prev?.state ?? null, ev.evals, ev.baselines);
			await tell(await applyStep(db, subject, result, clock.now().toISOString()));
		});
	}
	/** Acknowledging a DNS change accepts it: the new record becomes what later checks compare with. */
	async function acceptChanges(ids, now) {
		const alerts = (await getAlerts(db, ids)).filter((a) => !a.resolved_at && a.observed["accept"]);
		for (const a of alerts) {
			const subject = a.account_id ? `account:${a.account_id}` : `domain:${a.domain}`;
			await serial(subject, async () => {
				const current = await loadState(db, subject);
				const key = a.kind === "dkim_record" ? "dkim" : a.kind === "spf_record" ? "spf" : "dmarc";
				if (current) await saveState(db, subject, accept(current.state, key, a.observed["accept"]));
				await resolve(db, [a.id], "Change accepted", now);
			});
		}
		if (alerts.length) digester.add(alerts.map((a) => digestItem({
			...a,
			title: `${a.title} (accepted)`
		}, "resolved")));
		return alerts.length;
	}
	const handlers = {
		"alerts.list": async ({ status, client_id, days, limit }) => {
			const since = (/* @__PURE__ */ new Date(clock.now().getTime() - days * 864e5)).toISOString();
			return {
				items: await listAlerts(db, {
					status,
					client_id,
					since,
					limit
				}),
				...await countAlerts(db)
			};
		},
		"alerts.counts": () => countAlerts(db),
		"alerts.acknowledge": async ({ ids }) => {
			const now = clock.now().toISOString();
			const acknowledged = await acknowledge(db, ids, now);
			const accepted = await acceptChanges(ids, now);
			await publishCounts();
			return {
				acknowledged,
				accepted
			};
		},
		"alerts.webhookStatus": () => webhook.status(),
		"alerts.setWebhook": ({ url }) => webhook.set(url),
		"alerts.testWebhook": () => webhook.test()
	};
	let recount = null;
	const off = events.on("accounts.changed", () => {
		recount ??= new Promise((resolve) => setImmediate(resolve)).then(publishCounts).catch(() => void 0).finally(() => recount = null);
	});
	webhook.kick();
	return {
		observeAccount,
		observeDomain,
		async sweep() {
			const now = clock.now().toISOString();
			const resolved = [];
			for (const domain of await orphanDomains(db)) resolved.push(...await forgetDomain(db, domain, now));
			if (resolved.length) await tell({
				opened: [],
				resolved: await getAlerts(db, resolved)
			});
		},
		handlers,
		flush: () => digester.flush(),
		kickWebhook: () => webhook.kick(),
		async close() {
			off();
			await recount;
			await Promise.allSettled([...queues.values()]);
			digester.close();
			await Promise.allSettled([...sending]);
			await webhook.close();
		}
	};
}
// electron/core/scheduler/pacer.ts
function createPacer(spacingMs, timers, signal) {
	let chain = null;
	const wait = () => new Promise((resolve, reject) => {
		if (signal.aborted) return reject(new Cancelled());
		if (spacingMs <= 0) return resolve();
		const onAbort = () => {
			timers.clearTimeout(handle);
			reject(new Cancelled());
		};
		const handle = timers.setTimeout(() => {
			signal.removeEventListener("abort", onAbort);
			resolve();
		}, spacingMs);
		signal.addEventListener("abort", onAbort, { once: true });
	});
	return { next() {
		const turn = chain === null ? signal.aborted ? Promise.reject(new Cancelled()) : Promise.resolve() : chain.then(wait);
		chain = turn;
		return turn;
	} };
}
// electron/core/scheduler/plan.ts
const INTERVAL_MS = 36e5;
/** A round over many inboxes spreads them over 45 of the 60 minutes, leaving slack before the next. */
const SPREAD_WINDOW_MS = 27e5;
/** A scheduled round skips inboxes checked (by a round or by hand) in the last 10 minutes. */
const FRESH_MS = 6e5;
/** After start-up or a missed round: let the window open first. */
const START_DELAY_MS = 3e4;
/** After the computer wakes: let the network come back first. */
const RESUME_DELAY_MS = 6e4;
/** While offline: look again this often. */
const OFFLINE_RETRY_MS = 6e4;
/** Milliseconds between two inbox starts in a round of `n`: 0 (all at once) up to BURST_MAX. */
function spacingMs(n, windowMs = SPREAD_WINDOW_MS, burstMax = 200) {
	return n <= burstMax ? 0 : Math.floor(windowMs / n);
}
/** The next round after `last`, seen at `now`; `delayMs` is how long a missed round waits. */
function nextRound(last, now, delayMs, intervalMs = INTERVAL_MS) {
	if (!last) return {
		at: now + delayMs,
		reason: "scheduled",
		overdue: false
	};
	if (last.status === "interrupted") return {
		at: now + delayMs,
		reason: "catch_up",
		overdue: true
	};
	const due = Date.parse(last.started_at) + intervalMs;
	if (due > now) return {
		at: due,
		reason: "scheduled",
		overdue: false
	};
	const missed = last.finished_at !== null && Date.parse(last.finished_at) < due;
	return {
		at: missed ? now + delayMs : now,
		reason: missed ? "catch_up" : "scheduled",
		overdue: missed
	};
}
/**
* Inboxes last checked before this instant are due. A hand-started round checks everything; a
* round resuming one the app quit in the middle of skips what that round already did.
*/
function dueSince(reason, now, last, intervalMs = INTERVAL_MS) {
	if (reason === "manual") return now;
	const fresh = now - FRESH_MS;
	if (last?.status === "interrupted" && now - Date.parse(last.started_at) < intervalMs) return Math.min(fresh, Date.parse(last.started_at));
	return fresh;
}
// electron/core/scheduler/runs.ts
const KEEP_RUNS = 500;
const toRun = (r) => ({
	id: r.id,
	reason: r.reason,
	job_id: r.job_id,
	started_at: r.started_at,
	finished_at: r.finished_at,
	status: r.status,
	total: r.total,
	done: r.done,
	failed: r.failed
});
const selectRuns = (db) => db.selectFrom("scheduler_runs").selectAll().orderBy("started_at", "desc").limit(1).execute();
async function lastRun(db) {
	const [row] = await selectRuns(db);
	return row ? toRun(row) : null;
}
/** A round still marked running at start-up ended with the app: it was interrupted. */
async function markInterrupted(db) {
	const r = await db.updateTable("scheduler_runs").set({ status: "interrupted" }).where("status", "=", "running").executeTakeFirst();
	return Number(r.numUpdatedRows);
}
async function insertRun(db, run) {
	await db.insertInto("scheduler_runs").values(run).execute();
	await db.deleteFrom("scheduler_runs").where("id", "not in", db.selectFrom("scheduler_runs").select("id").orderBy("started_at", "desc").limit(KEEP_RUNS)).execute();
}
async function updateRun(db, id, patch) {
	await db.updateTable("scheduler_runs").set(patch).where("id", "=", id).execute();
}
/** Inboxes whose last full check (their stored report) is at or before `since` (so a hand-started round at `now` takes all), least recently checked first. */
async function dueInboxes(db, since) {
	return (await db.selectFrom("accounts").leftJoin("reports", "reports.account_id", "accounts.id").select("accounts.id").where((eb) => eb.or([eb("reports.created_at", "is", null), eb("reports.created_at", "<=", since)])).orderBy(sql`reports.created_at is not null`).orderBy("reports.created_at").orderBy(sql`accounts.rowid`).execute()).map((r) => r.id);
}
async function countDue(db, since) {
	const r = await db.selectFrom("accounts").leftJoin("reports", "reports.account_id", "accounts.id").select((eb) => eb.fn.countAll().as("n")).where((eb) => eb.or([eb("reports.created_at", "is", null), eb("reports.created_at", "<", since)])).executeTakeFirstOrThrow();
	return Number(r.n);
}
// electron/core/scheduler/index.ts
function createScheduler(deps) {
	const { db, clock, jobs, log } = deps;
	const timers = deps.timers ?? realTimers;
	const interval = deps.intervalMs ?? 36e5;
	const online = () => deps.isOnline?.() ?? true;
	let timer = null;
	let plan = null;
	let current = null;
	let starting = null;
	let waitingForNetwork = false;
	let stopped = false;
	const now = () => clock.now().getTime();
	function arm(p) {
		if (timer !== null) timers.clearTimeout(timer);
		timer = null;
		plan = p;
		if (!p || stopped) return;
		timer = timers.setTimeout(() => {
			timer = null;
			fire(p.reason);
		}, p.at - now());
	}
	async function replan(delayMs) {
		if (current || starting || stopped) return;
		arm(nextRound(await lastRun(db), now(), delayMs, interval));
	}
	async function fire(reason) {
		if (current || starting || stopped) return;
		if (!online()) {
			waitingForNetwork = true;
			arm({
				at: now() + OFFLINE_RETRY_MS,
				reason,
				overdue: true
			});
			return;
		}
		waitingForNetwork = false;
		try {
			await startRound(reason);
		} catch (err) {
			log.error("scheduled round could not start", { error: err instanceof Error ? err.message : String(err) });
			arm({
				at: now() + OFFLINE_RETRY_MS,
				reason,
				overdue: true
			});
		}
	}
	function startRound(reason) {
		if (current) return Promise.resolve(current.run);
		starting ??= beginRound(reason).finally(() => starting = null);
		return starting;
	}
	async function beginRound(reason) {
		arm(null);
		const started = clock.now();
		const ids = await dueInboxes(db, new Date(dueSince(reason, started.getTime(), await lastRun(db), interval)).toISOString());
		const spacing = spacingMs(ids.length);
		const run = {
			id: randomUUID(),
			reason,
			job_id: null,
			started_at: started.toISOString(),
			finished_at: null,
			status: "running",
			total: ids.length,
			done: 0,
			failed: 0
		};
		const memo = /* @__PURE__ */ new Map();
		const round = { once: (key, fn) => {
			if (!memo.has(key)) memo.set(key, fn());
			return memo.get(key);
		} };
		await insertRun(db, run);
		let pacer = null;
		const job = jobs.start("scheduler.check", ids, async (id, signal) => {
			pacer ??= createPacer(spacing, timers, signal);
			await pacer.next();
			await deps.checkInbox(id, round, signal);
			return {
				result: { account_id: id },
				failed: false
			};
		});
		run.job_id = job.id;
		await updateRun(db, run.id, { job_id: job.id });
		log.info("scheduler round started", {
			reason,
			inboxes: ids.length,
			spacing_ms: spacing
		});
		current = {
			run,
			done: jobs.settled(job.id).then(async (info) => {
				const status = info.status !== "cancelled" ? "done" : stopped ? "interrupted" : "cancelled";
				Object.assign(run, {
					status,
					finished_at: clock.now().toISOString(),
					done: info.done,
					failed: info.failed
				});
				await updateRun(db, run.id, {
					status: run.status,
					finished_at: run.finished_at,
					done: run.done,
					failed: run.failed
				}).catch(() => void 0);
				await deps.afterRound?.().catch((err) => log.error("after-round tidying failed", { error: String(err) }));
				log.info("scheduler round finished", {
					status: run.status,
					done: run.done,
					failed: run.failed
				});
				current = null;
				await replan(START_DELAY_MS).catch(() => void 0);
				return run;
			})
		};
		return run;
	}
	async function runNow() {
		if (current || starting) return {
			job_id: (await startRound("manual")).job_id,
			started: false
		};
		if (!online()) throw new AppError("unreachable", "This computer is offline: check again once it is back online.");
		return {
			job_id: (await startRound("manual")).job_id,
			started: true
		};
	}
	async function status() {
		let last = current?.run ?? await lastRun(db);
		if (current && current.run.job_id) {
			const j = jobs.get(current.run.job_id);
			last = {
				...current.run,
				done: j.done,
				failed: j.failed
			};
		}
		const due = await countDue(db, (/* @__PURE__ */ new Date(now() - FRESH_MS)).toISOString());
		return {
			interval_minutes: interval / 6e4,
			last_run: last ? { ...last } : null,
			running: !!current,
			next_run_at: current || !plan ? null : new Date(plan.at).toISOString(),
			due,
			overdue: !current && !!plan?.overdue,
			waiting_for_network: waitingForNetwork,
			spacing_ms: spacingMs(current ? current.run.total : due)
		};
	}
	return {
		async start() {
			stopped = false;
			const n = await markInterrupted(db);
			if (n) log.warn("a scheduled round was interrupted when the app closed; it resumes", { rounds: n });
			await replan(START_DELAY_MS);
		},
		wake: () => replan(RESUME_DELAY_MS),
		runNow,
		async settled() {
			await starting;
			return current ? current.done : lastRun(db);
		},
		status,
		handlers: {
			"scheduler.status": () => status(),
			"scheduler.runNow": () => runNow()
		},
		stop() {
			stopped = true;
			arm(null);
		}
	};
}
// electron/core/scheduler/check.ts
function inboxCheck(deps) {
	return async (id, round, signal) => {
		const account = await deps.getAccount(id);
		if (!account) return;
		const domain = (account.email.split("@")[1] ?? "").toLowerCase();
		await round.once(`domain:${domain}`, () => deps.auditDomain(domain).catch((err) => deps.log.warn("round: domain audit failed", {
			domain,
			error: err instanceof Error ? err.message : String(err)
		})));
		if (signal.aborted) throw new Cancelled();
		await deps.testConnection(account, signal);
		if (signal.aborted) throw new Cancelled();
		await deps.refreshReport(await deps.getAccount(id) ?? account);
		await deps.observeAccount(id);
	};
}
// electron/core/index.ts
async function openCore(opts) {
	const clock = opts.clock ?? systemClock;
	const log = opts.log ?? silentLogger;
	const store = await openStore(opts.dataDir);
	const events = createEvents();
	const { db } = store;
	const settings = await openSettings(db);
	const limiter = createLimiter(() => ({
		overall: settings.current().test_concurrency,
		perHost: settings.current().test_per_host_concurrency
	}));
	const jobs = createJobs({
		events,
		clock,
		log
	});
	const probeEnv = {
		extraCa: opts.extraCa,
		pins: /* @__PURE__ */ new Map(),
		now: () => clock.now(),
		trust: /* @__PURE__ */ new Map()
	};
	const alerts = createAlerts({
		db,
		vault: opts.vault,
		clock,
		events,
		log,
		settings,
		busy: () => jobs.running() > 0,
		timers: opts.timers,
		...opts.alerts
	});
	const observe = (what, fn) => fn().catch((err) => log.error("alert evaluation failed", {
		what,
		error: err instanceof Error ? err.message : String(err)
	}));
	const health = createHealthService({
		db,
		clock,
		events,
		log
	});
	const onSignInChanged = async (id) => {
		await health.recompute([id]);
		await observe(id, () => alerts.observeAccount(id));
	};
	const configs = createConfigSource({
		vault: opts.vault,
		clock,
		timeoutMs: () => settings.current().socket_timeout_ms
	});
	const tokens = createTokenSource({
		db,
		vault: opts.vault,
		clock,
		events,
		log,
		configs,
		limiter: createLimiter(() => ({
			overall: settings.current().test_concurrency,
			perHost: settings.current().test_per_host_concurrency
		})),
		onExpired: onSignInChanged
	});
	const credentials = createCredentials({
		vault: opts.vault,
		tokens
	});
	const dns = dnsFromSettings(settings, log, opts.dns);
	const domains = createDomainService({
		db,
		clock,
		events,
		jobs,
		dns,
		onAudited: async (d) => {
			await health.recomputeDomain(d);
			await observe(d, () => alerts.observeDomain(d));
		}
	});
	const reports = createReportService({
		db,
		vault: opts.vault,
		clock,
		events,
		log,
		settings,
		limiter,
		probeEnv,
		credentials,
		health,
		domainReport: (d, force) => domains.check(d, force)
	});
	const rawTester = createAccountTester({
		db,
		vault: opts.vault,
		clock,
		events,
		log,
		settings,
		limiter,
		probeEnv,
		credentials,
		health
	});
	const tester = {
		...rawTester,
		async test(account, signal) {
			const result = await rawTester.test(account, signal);
			await observe(account.id, () => alerts.observeAccount(account.id));
			return result;
		}
	};
	const scheduler = createScheduler({
		db,
		clock,
		jobs,
		log,
		timers: opts.timers,
		isOnline: opts.isOnline,
		checkInbox: inboxCheck({
			log,
			getAccount: (id) => getAccount(db, id),
			auditDomain: (d) => domains.check(d, true),
			testConnection: (a, signal) => rawTester.test(a, signal),
			refreshReport: (a) => reports.refresh(a),
			observeAccount: (id) => observe(id, () => alerts.observeAccount(id))
		}),
		afterRound: async () => {
			await health.sweep();
			await alerts.sweep();
		}
	});
	const background = /* @__PURE__ */ new Set();
	const onCreated = (account) => {
		const p = tester.test(account).catch((err) => log.error("test after create failed", {
			id: account.id,
			error: String(err)
		})).finally(() => background.delete(p));
		background.add(p);
	};
	const base = {
		db,
		vault: opts.vault,
		clock,
		events,
		log,
		onCreated,
		forgetToken: tokens.forget,
		health
	};
	const deps = {
		...base,
		writer: createAccountWriter(base)
	};
	const testHandlers = accountTestHandlers({
		db,
		tester,
		jobs
	});
	const importDeps = {
		db,
		events,
		log,
		clock,
		jobs,
		writer: deps.writer,
		mxProvider: async (email) => {
			const found = await autoconfig(email, dns().session());
			return found.source === "mx" ? found.provider : void 0;
		},
		startTests: async (ids) => (await testHandlers["accounts.test"]({ ids })).job_id
	};
	const leftovers = await removeLeftoverPartials(db);
	if (leftovers) log.warn("removed the temporary files of exports that never finished", { count: leftovers });
	try {
		await reconcileSecrets(db, opts.vault, log);
		await reconcileAppSecrets(db, opts.vault, await opts.vault.keys(), log);
	} catch (err) {
		log.warn("keychain reconcile skipped", { reason: err instanceof Error ? err.message : String(err) });
	}
	const sweep = health.sweep().then((n) => n > 0 && events.emit("accounts.changed", { ids: [] })).catch((err) => log.error("health pass failed", { error: String(err) })).finally(() => background.delete(sweep));
	background.add(sweep);
	const handlers = {
		"app.info": async () => {
			const problem = await opts.vault.check();
			return {
				version: opts.appVersion ?? "0.0.0-dev",
				data_dir: opts.dataDir,
				database_path: store.file,
				keychain: {
					available: problem === null,
					message: problem
				}
			};
		},
		...accountsHandlers(deps),
		...bulkHandlers({
			...deps,
			jobs
		}),
		...testHandlers,
		...importHandlers(importDeps),
		...jobsHandlers(jobs),
		...settingsHandlers(settings),
		"accounts.autoconfig": ({ email }) => autoconfig(email, dns().session()),
		...domains.handlers,
		"deliverability.report": async ({ id, refresh }) => {
			const report = await reports.report(id, refresh);
			await observe(id, () => alerts.observeAccount(id));
			return report;
		},
		"reputation.history": ({ id, days }) => reports.history(id, days),
		"export.csv": (input) => exportCsv(db, input, clock, opts.dataDir, store.rawQuery),
		...clientsHandlers(deps),
		...alerts.handlers,
		...scheduler.handlers,
		"accounts.signIn": signInHandler({
			db,
			vault: opts.vault,
			clock,
			events,
			log,
			settings,
			jobs,
			configs,
			tokens,
			tester,
			openUrl: opts.openUrl,
			onSignInChanged
		}),
		"accounts.authReadiness": (q) => readinessAudit(db, clock.now().toISOString().slice(0, 10), q),
		...signInAppsHandlers({
			db,
			vault: opts.vault,
			clock,
			log
		}),
		"overview.get": (input) => overview(db, input, clock),
		"export.clientReport": (input) => exportClientReport(db, input, clock, opts.dataDir)
	};
	const close = async () => {
		scheduler.stop();
		await jobs.cancelAll();
		await scheduler.settled().catch(() => null);
		await Promise.allSettled([...background]);
		await alerts.close();
		await store.close();
	};
	const tick = async () => {
		await scheduler.runNow();
		const run = await scheduler.settled();
		return {
			refreshed: run ? run.done - run.failed : 0,
			failed: run?.failed ?? 0
		};
	};
	return {
		handlers,
		invoke: createInvoke(handlers, log),
		events,
		close,
		tick,
		scheduler: {
			start: () => scheduler.start(),
			wake: async () => {
				alerts.kickWebhook();
				await scheduler.wake();
			}
		},
		idle: () => Promise.allSettled([...background]).then(() => void 0)
	};
}
/** The configured resolver, rebuilt when the DNS settings change. */
function dnsFromSettings(settings, log, fixed) {
	let key = "";
	let resolver = fixed;
	return () => {
		if (fixed) return fixed;
		const s = settings.current();
		const next = JSON.stringify([
			s.dns_servers,
			s.dns_timeout_ms,
			s.dns_tries,
			s.dns_max_in_flight
		]);
		if (!resolver || next !== key) {
			key = next;
			try {
				resolver = createDnsResolver({
					servers: s.dns_servers,
					timeoutMs: s.dns_timeout_ms,
					tries: s.dns_tries,
					maxInFlight: s.dns_max_in_flight
				});
			} catch (err) {
				log.warn("DNS servers refused, using the system resolver", { error: err instanceof Error ? err.message : String(err) });
				resolver = createDnsResolver({
					timeoutMs: s.dns_timeout_ms,
					tries: s.dns_tries,
					maxInFlight: s.dns_max_in_flight
				});
			}
		}
		return resolver;
	};
}
// tests/fixtures/accounts.ts
/** A password no test data could contain by accident, to prove it never leaks. */
const CANARY = "Canary-pw-7f3c9e1b-Δ-never-stored";
function accountInput(n, over = {}) {
	return {
		email: `sender${n}@agency-${n % 3}.example`,
		display_name: `Sender ${n}`,
		provider: "smtp",
		smtp_host: `smtp.agency-${n % 3}.example`,
		smtp_port: 587,
		smtp_security: "starttls",
		smtp_password: CANARY,
		test: false,
		...over
	};
}
// tests/fixtures/core.ts
/** Calls a method through the real dispatcher and returns data, throwing the error envelope otherwise. */
async function call(core, method, input) {
	const r = await core.invoke(method, input);
	if (!r.ok) throw Object.assign(/* @__PURE__ */ new Error(`${method}: ${r.error.code}: ${r.error.message}`), { error: r.error });
	return r.data;
}
// tests/fixtures/bulk-accounts.ts
async function bulkAccounts(core, dataDir) {
	const template = await call(core, "accounts.create", accountInput(0));
	const raw = new BetterSqlite3(path.join(dataDir, "inboxfleet.sqlite"));
	const row = raw.prepare("select * from accounts where id = ?").get(template.id);
	const writable = new Set(raw.prepare("select name from pragma_table_xinfo('accounts') where hidden = 0").pluck().all());
	const cols = Object.keys(row).filter((c) => writable.has(c));
	const statement = raw.prepare(`insert into accounts (${cols.join(",")}) values (${cols.map(() => "?").join(",")})`);
	return {
		raw,
		insert: (values) => void statement.run(...cols.map((c) => c in values ? values[c] : row[c])),
		dropTemplate: () => void raw.prepare("delete from accounts where id = ?").run(template.id)
	};
}
// .prof/setup-db.ts
const dir = process.argv[2];
const INBOXES = 2e4;
const DAYS = 180;
if (!existsSync(`${dir}/inboxfleet.sqlite`)) {
	const core = await openCore({
		dataDir: dir,
		vault: createMemoryVault()
	});
	const bulk = await bulkAccounts(core, dir);
	const raw = bulk.raw;
	const insertDay = raw.prepare("insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score, blocks, delays, block_rate) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	const today = Date.now();
	const dates = Array.from({ length: DAYS }, (_, d) => (/* @__PURE__ */ new Date(today - (179 - d) * 864e5)).toISOString().slice(0, 10));
	bulk.dropTemplate();
	raw.transaction(() => {
		for (let n = 0; n < INBOXES; n++) {
			const id = `bench-${String(n).padStart(5, "0")}`;
			bulk.insert({
				id,
				email: `sender${n}@agency-${n % 300}.example`
			});
			for (let d = 0; d < DAYS; d++) {
				const sent = 20 + (n * 7 + d * 13) % 60;
				const hard = (n + d) % 5 === 0 ? 1 : 0;
				const soft = (n + d) % 11 === 0 ? 1 : 0;
				const complaints = (n + d) % 97 === 0 ? 1 : 0;
				const replies = (n * 3 + d) % 4;
				const blocks = (n + d) % 13 === 0 ? 1 : 0;
				const delays = (n + d) % 17 === 0 ? 1 : 0;
				insertDay.run(`bench-${String(n).padStart(5, "0")}`, dates[d], sent, hard, soft, complaints, replies, (hard + soft) / sent, complaints / sent, replies / sent, 60 + (n + d) % 40, blocks, delays, blocks / sent);
			}
		}
	})();
	raw.close();
	await core.close();
}
export {};
