#!/usr/bin/env node
// The breaking-change check of the public GraphQL schema (schema.graphql), run by `npm test`.
//
// What is compared: every commit from the one that introduced this check onwards that changes schema.graphql,
// against its (first) parent, judged on the commit's own date; then the working tree against HEAD, judged today.
// A fresh clone's working tree equals HEAD, so the commits carry the verdict; a change already on main is
// checked again on every branch after it, which costs one `git show` per schema commit.
// Why not "origin/main's last commit": a fresh clone of main has no base other than itself, a shallow clone none;
// the history walk gives the same answer on main, on a branch, and after a rebase.
//
// A breaking change (graphql-js findBreakingChanges: a removed type, field, argument or enum value, a narrowed
// type, a new required argument or input field …) fails the check, unless
//   - the removed field / argument / input field / enum value was `@deprecated(reason: "… Removal after
//     YYYY-MM-DD.")` in the base and that date is before the day of the change; a type that disappears with it is
//     allowed when every field, argument and input field that used the type went the same allowed way; or
//   - the change is listed, with a reason, in scripts/schema-breaking-accepted.json (a reviewed exception: keep it
//     for changes the consumers have agreed to, e.g. a pre-release rename).
// Dangerous changes (an enum value or union member added, an optional argument added, a default changed …) are
// printed and pass. Additions pass silently.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
const {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isEnumType,
  BreakingChangeType,
} = require('graphql');

export const SCHEMA_FILE = 'schema.graphql';
export const ACCEPTED_FILE = 'scripts/schema-breaking-accepted.json';
const REMOVAL = /Removal after (\d{4}-\d{2}-\d{2})\b/;

/** The removal date of a deprecation reason, or null. */
export function removalDate(reason) {
  const m = reason ? REMOVAL.exec(reason) : null;
  return m ? m[1] : null;
}

function fieldsOf(type) {
  return isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? type.getFields() : null;
}

/**
 * Compares two SDL texts. `today` (YYYY-MM-DD) is the day of the change; `accepted` the reviewed exceptions
 * (descriptions). Returns { breaking: [{ type, description, allowed, why }], dangerous: [{ type, description }] }.
 */
export function compareSchemas(oldSdl, newSdl, { today, accepted = [] } = {}) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today ?? '')) throw new Error('compareSchemas: today must be YYYY-MM-DD');
  const oldSchema = buildSchema(oldSdl);
  const newSchema = buildSchema(newSdl);
  const passed = (reason) => {
    const date = removalDate(reason);
    if (!reason) return { ok: false, why: 'was not @deprecated' };
    if (!date) return { ok: false, why: `was @deprecated without "Removal after YYYY-MM-DD." (${JSON.stringify(reason)})` };
    if (date >= today) return { ok: false, why: `is @deprecated for removal after ${date}, not yet (${today})` };
    return { ok: true, why: `@deprecated, removal after ${date}` };
  };
  // the elements of the old schema whose removal is allowed: deprecated with a passed date
  const verdictFor = (change) => {
    const d = change.description;
    let m;
    if (change.type === BreakingChangeType.FIELD_REMOVED && (m = /^(\w+)\.(\w+) was removed\.$/.exec(d))) {
      const field = fieldsOf(oldSchema.getType(m[1]))?.[m[2]];
      return field ? passed(field.deprecationReason) : { ok: false, why: 'unknown field' };
    }
    if (change.type === BreakingChangeType.ARG_REMOVED && (m = /^(\w+)\.(\w+) arg (\w+) was removed\.$/.exec(d))) {
      const arg = fieldsOf(oldSchema.getType(m[1]))?.[m[2]]?.args.find((a) => a.name === m[3]);
      return arg ? passed(arg.deprecationReason) : { ok: false, why: 'unknown argument' };
    }
    if (change.type === BreakingChangeType.VALUE_REMOVED_FROM_ENUM && (m = /^(\w+) was removed from enum type (\w+)\.$/.exec(d))) {
      const type = oldSchema.getType(m[2]);
      const value = isEnumType(type) ? type.getValue(m[1]) : undefined;
      return value ? passed(value.deprecationReason) : { ok: false, why: 'unknown enum value' };
    }
    return null;
  };
  const raw = findBreakingChanges(oldSchema, newSchema);
  const verdicts = raw.map((c) => ({ change: c, verdict: verdictFor(c) }));
  // a removed type is allowed when every use of it in the old schema (a field's type, an argument's type) went
  // away by an allowed removal or with another allowed removed type
  const removedTypes = new Set(raw.filter((c) => c.type === BreakingChangeType.TYPE_REMOVED).map((c) => /^(\w+) was removed\.$/.exec(c.description)?.[1]));
  const allowedField = new Set(verdicts.filter((v) => v.verdict?.ok && v.change.type === BreakingChangeType.FIELD_REMOVED).map((v) => v.change.description.replace(/ was removed\.$/, '')));
  const allowedArg = new Set(verdicts.filter((v) => v.verdict?.ok && v.change.type === BreakingChangeType.ARG_REMOVED).map((v) => v.change.description.replace(/ was removed\.$/, '')));
  const uses = new Map(); // type name → [{ owner, what }]
  const use = (typeName, owner, what) => uses.set(typeName, [...(uses.get(typeName) ?? []), { owner, what }]);
  for (const type of Object.values(oldSchema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    for (const field of Object.values(fieldsOf(type) ?? {})) {
      use(getNamedType(field.type).name, type.name, `${type.name}.${field.name}`);
      for (const arg of field.args ?? []) use(getNamedType(arg.type).name, type.name, `${type.name}.${field.name} arg ${arg.name}`);
    }
    if (isObjectType(type) || isInterfaceType(type)) for (const i of type.getInterfaces()) use(type.name, i.name, `implements ${i.name}`);
  }
  const allowedTypes = new Set(removedTypes);
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of allowedTypes) {
      const ok = (uses.get(name) ?? []).every(({ owner, what }) =>
        what.startsWith('implements ') ? allowedTypes.has(name) : allowedField.has(what) || allowedArg.has(what) || allowedTypes.has(owner),
      );
      if (!ok) {
        allowedTypes.delete(name);
        changed = true;
      }
    }
  }
  const breaking = verdicts.map(({ change, verdict }) => {
    let v = verdict;
    if (!v && change.type === BreakingChangeType.TYPE_REMOVED) {
      const name = /^(\w+) was removed\.$/.exec(change.description)?.[1];
      v = allowedTypes.has(name)
        ? { ok: true, why: 'used only by allowed removals' }
        : { ok: false, why: 'is still used by elements that were not deprecated for removal' };
    }
    v ??= { ok: false, why: 'cannot be made safe by a deprecation' };
    if (!v.ok && accepted.includes(change.description)) v = { ok: true, why: `accepted in ${ACCEPTED_FILE}` };
    return { type: change.type, description: change.description, allowed: v.ok, why: v.why };
  });
  const dangerous = findDangerousChanges(oldSchema, newSchema).map((c) => ({ type: c.type, description: c.description }));
  return { breaking, dangerous };
}

function git(args) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : null;
}

function loadAccepted() {
  const file = path.join(root, ACCEPTED_FILE);
  if (!fs.existsSync(file)) return [];
  const list = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const e of list) if (!e.change || !e.reason) throw new Error(`${ACCEPTED_FILE}: every entry needs "change" and "reason"`);
  return list.map((e) => e.change);
}

/** The comparisons to make: [{ label, oldSdl, newSdl, today }]. */
export function comparisons() {
  const out = [];
  const head = git(['rev-parse', '--verify', '-q', 'HEAD'])?.trim();
  if (!head) return out;
  const intro = git(['log', '--diff-filter=A', '--format=%H', 'HEAD', '--', 'scripts/schema-compat.mjs'])?.trim().split('\n').filter(Boolean).at(-1);
  if (intro) {
    const parents = git(['rev-parse', `${intro}^@`])?.trim().split('\n').filter(Boolean) ?? [];
    const commits = git(['rev-list', '--reverse', 'HEAD', ...parents.map((p) => `^${p}`), '--', SCHEMA_FILE])?.trim().split('\n').filter(Boolean) ?? [];
    for (const c of commits) {
      const parent = git(['rev-parse', '--verify', '-q', `${c}^1`])?.trim();
      const oldSdl = parent && git(['show', `${parent}:${SCHEMA_FILE}`]);
      const newSdl = git(['show', `${c}:${SCHEMA_FILE}`]);
      if (!oldSdl || !newSdl) continue; // the schema was created or deleted: nothing to compare
      const today = git(['show', '-s', '--format=%cd', '--date=format-local:%Y-%m-%d', c]).trim();
      out.push({ label: `${git(['show', '-s', '--format=%h %s', c]).trim()}`, oldSdl, newSdl, today });
    }
  }
  const headSdl = git(['show', `HEAD:${SCHEMA_FILE}`]);
  const workFile = path.join(root, SCHEMA_FILE);
  if (headSdl && fs.existsSync(workFile)) {
    const work = fs.readFileSync(workFile, 'utf8');
    if (work !== headSdl) out.push({ label: 'working tree against HEAD', oldSdl: headSdl, newSdl: work, today: new Date().toISOString().slice(0, 10) });
  }
  return out;
}

function main() {
  const accepted = loadAccepted();
  const list = comparisons();
  let failures = 0;
  for (const { label, oldSdl, newSdl, today } of list) {
    const { breaking, dangerous } = compareSchemas(oldSdl, newSdl, { today, accepted });
    if (!breaking.length && !dangerous.length) continue;
    console.log(`schema: ${label} (${today})`);
    for (const b of breaking) {
      console.log(`  ${b.allowed ? 'allowed ' : 'BREAKING'} ${b.type}: ${b.description} — ${b.why}`);
      if (!b.allowed) failures++;
    }
    for (const d of dangerous) console.log(`  dangerous ${d.type}: ${d.description}`);
  }
  console.log(`schema compatibility: ${list.length} change(s) of ${SCHEMA_FILE} checked, ${failures} breaking change(s) not allowed`);
  if (failures) {
    console.log('  deprecate first: @deprecated(reason: "Use … instead. Removal after YYYY-MM-DD.") and remove after that day,');
    console.log(`  or list the change with a reason in ${ACCEPTED_FILE} when its consumers agreed.`);
  }
  process.exit(failures ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
