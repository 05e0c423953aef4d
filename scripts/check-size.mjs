#!/usr/bin/env node
// Issue 7: no file of non-generated, non-seed code passes 500 lines. Run by `npm test`; lists every tracked
// source file (apps/, packages/, scripts/) over the limit and fails if there is one. Generated files (the
// GraphQL client's, Prisma's) and the seed data (packages/db/src/seed/, the generators of demo and national
// data) are not counted: they are data written as code.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT = 500;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'apps', 'packages', 'scripts'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !/(^|\/)generated\//.test(f) && !/\/src\/seed\//.test(f) && fs.existsSync(path.join(root, f)));
const over = files
  .map((f) => ({ f, lines: fs.readFileSync(path.join(root, f), 'utf8').split('\n').length - 1 }))
  .filter((x) => x.lines > LIMIT)
  .sort((a, b) => b.lines - a.lines);
for (const { f, lines } of over) console.error(`${f}: ${lines} lines (at most ${LIMIT})`);
console.log(`${files.length} source files, ${over.length} over ${LIMIT} lines`);
process.exit(over.length ? 1 : 0);
