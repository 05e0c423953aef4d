// bench:read, part 5: the applicant portal's JavaScript, gzipped, per route (issue 11: at most 150 kB for the first
// route). A vite build with a manifest; a lazy route adds its own chunks, every route the dictionary of the language.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';

export interface PortalBundle {
  routes: { route: string; kB: number }[];
  entryKB: number;
  dictionaryKB: number;
  chunks: number;
}
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export function portalBundle(root: string, log: (s: string) => void): PortalBundle | undefined {
  log('— the applicant portal: JavaScript gzipped per route (vite build) —');
  const portal = path.join(root, 'apps/portal');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'read-portal-'));
  const build = spawnSync('pnpm', ['exec', 'vite', 'build', '--manifest', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: portal, encoding: 'utf8' });
  if (build.status !== 0) {
    log(`  vite build failed: ${(build.stderr || build.stdout).slice(0, 400)}`);
    return;
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(out, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gz = new Map<string, number>();
  const size = (file: string) => {
    if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(path.join(out, file)), { level: 9 }).length);
    return gz.get(file)!;
  };
  const closure = (key: string, seen = new Set<string>()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) closure(i, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const entry = closure(entryKey);
  const entryBytes = [...entry].filter((k) => manifest[k]!.file.endsWith('.js')).reduce((s, k) => s + size(manifest[k]!.file), 0);
  // the routes: src/routes.tsx's paths, each with the page module it renders (lazy: a dynamic entry of its own)
  const routesSrc = fs.readFileSync(path.join(portal, 'src/routes.tsx'), 'utf8');
  const pages = new Map<string, string>();
  for (const m of routesSrc.matchAll(/(\w+Page)\b[^\n]*?from '\.\/pages\/(\w+)\.tsx'|import\('\.\/pages\/(\w+)\.tsx'\)/g)) pages.set(m[1] ?? m[3]!, `src/pages/${m[2] ?? m[3]}.tsx`);
  // frontend (issue 11): the portal loads the dictionary of the language in use (UI + app strings, a dynamic
  // import before the first render): every route carries the largest of the three on top of its own chunks.
  const dictionaries = (['kk', 'ru', 'en'] as const).map((lang) => {
    const keys = new Set<string>();
    for (const k of Object.keys(manifest)) if (k.endsWith(`i18n/${lang}.ts`) && manifest[k]!.isDynamicEntry) closure(k, keys);
    return { lang, bytes: [...keys].filter((k) => !entry.has(k) && manifest[k]!.file.endsWith('.js')).reduce((s, k) => s + size(manifest[k]!.file), 0) };
  });
  const dictionary = dictionaries.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const rows: { route: string; kB: number }[] = [];
  for (const m of routesSrc.matchAll(/path: '([^']+)'[^\n]*?<(\w+Page)\b/g)) {
    const page = pages.get(m[2]!);
    const chunk = page && manifest[page]?.isDynamicEntry ? closure(page) : new Set<string>();
    const extra = [...chunk].filter((k) => !entry.has(k) && manifest[k]!.file.endsWith('.js')).reduce((s, k) => s + size(manifest[k]!.file), 0);
    rows.push({ route: m[1]!, kB: (entryBytes + dictionary.bytes + extra) / 1000 });
  }
  const files = Object.values(manifest).filter((c) => c.file.endsWith('.js')).length;
  for (const r of rows) log(`  ${r.route.padEnd(22)} ${r.kB.toFixed(1)} kB gzipped${r === rows[0] ? ' [target ≤ 150 kB for the first route]' : ''}`);
  log(`  (${files} JavaScript chunks; the entry and its static imports: ${(entryBytes / 1000).toFixed(1)} kB; the dictionary of the language in use: ${dictionaries.map((d) => `${d.lang} ${(d.bytes / 1000).toFixed(1)} kB`).join(', ')}, the rows count ${dictionary.lang})`);
  fs.rmSync(out, { recursive: true, force: true });
  return { routes: rows, entryKB: entryBytes / 1000, dictionaryKB: dictionary.bytes / 1000, chunks: files };
}

