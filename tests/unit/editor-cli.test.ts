// The two commands as editors run them (`npm run new`, `npm run import` call these scripts with
// tsx): exit codes, messages, and what lands where.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { localDate } from '@/lib/editor-tools/local-date';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'import');

let work: string;
let contentDir: string;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-cli-'));
  contentDir = path.join(work, 'content');
  fs.mkdirSync(path.join(contentDir, 'explainers'), { recursive: true });
});
afterEach(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

/** Runs a script as npm would: from the repository, with INIT_CWD the editor's folder. */
function run(script: string, args: string[]) {
  const result = spawnSync(TSX, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, KAISETSU_CONTENT_DIR: contentDir, INIT_CWD: work },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const explainerFolders = () => fs.readdirSync(path.join(contentDir, 'explainers'));

describe('npm run new', () => {
  it("creates a draft dated today that passes the content check", () => {
    const before = localDate();
    const { status, stdout } = run('new-explainer.ts', ['bus-routes']);
    expect(status).toBe(0);
    expect(stdout).toContain(path.join('explainers', 'bus-routes', 'ja.md'));
    const text = fs.readFileSync(path.join(contentDir, 'explainers', 'bus-routes', 'ja.md'), 'utf8');
    expect([before, localDate()]).toContain(/^published: (\S+)$/m.exec(text)?.[1]);
    expect(loadContent({ contentDir, includeDrafts: true }).issues).toEqual([]);
  }, 60_000);

  it('refuses an invalid slug, an existing folder and a missing slug with exit code 1', () => {
    const bad = run('new-explainer.ts', ['Bus_Routes']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/"Bus_Routes" is not a valid slug/);
    expect(explainerFolders()).toEqual([]);

    fs.mkdirSync(path.join(contentDir, 'explainers', 'taken'));
    const taken = run('new-explainer.ts', ['taken']);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/taken already exists/);
    expect(fs.readdirSync(path.join(contentDir, 'explainers', 'taken'))).toEqual([]);

    const none = run('new-explainer.ts', []);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/usage: npm run new -- <slug>/);
  }, 60_000);
});

describe('npm run import', () => {
  it('writes the draft in content/, the report next to the input, and prints unplaced lines with their numbers', () => {
    fs.copyFileSync(path.join(FIXTURES, 'messy-page.txt'), path.join(work, 'harbour-market.txt'));
    // Relative to the folder the editor ran npm from (INIT_CWD), not to the repository.
    const { status, stdout, stderr } = run('import-explainer.ts', ['harbour-market.txt']);
    expect(status).toBe(0);
    const printed = [...stderr.matchAll(/^harbour-market\.txt:(\d+): not placed: /gm)].map((match) => Number(match[1]));
    expect(printed).toEqual([7, 9, 10, 15, 16, 18, 19, 20, 30]);
    expect(stdout).toMatch(/9 not placed/);

    expect(explainerFolders()).toEqual(['harbour-market']);
    expect(fs.readdirSync(path.join(contentDir, 'explainers', 'harbour-market'))).toEqual(['ja.md']);
    expect(loadContent({ contentDir, includeDrafts: true }).issues).toEqual([]);

    const report = fs.readFileSync(path.join(work, 'harbour-market.import-report.txt'), 'utf8');
    expect(report).toContain('Lines not placed (9)');
    expect(report).toContain('line 30: ここから先は2ページ目の本文です。');
  }, 60_000);

  it('takes --slug, and refuses an existing slug without writing anything', () => {
    const input = path.join(work, 'Not A Slug.txt');
    fs.copyFileSync(path.join(FIXTURES, 'complete-page.txt'), input);
    const noSlug = run('import-explainer.ts', [input]);
    expect(noSlug.status).toBe(1);
    expect(noSlug.stderr).toMatch(/cannot be the slug: pass one with --slug/);

    expect(run('import-explainer.ts', [input, '--slug', 'kawabe-bus']).status).toBe(0);
    expect(explainerFolders()).toEqual(['kawabe-bus']);
    fs.rmSync(path.join(work, 'Not A Slug.import-report.txt'));

    const again = run('import-explainer.ts', [input, '--slug', 'kawabe-bus']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(fs.existsSync(path.join(work, 'Not A Slug.import-report.txt'))).toBe(false);
  }, 60_000);

  it('refuses a missing file and a file that is not UTF-8', () => {
    const missing = run('import-explainer.ts', ['nowhere.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nowhere\.txt: no such file/);

    // 「題」 in Shift_JIS.
    fs.writeFileSync(path.join(work, 'old-sjis.txt'), Buffer.from([0x91, 0xe8, 0x0a]));
    const sjis = run('import-explainer.ts', ['old-sjis.txt']);
    expect(sjis.status).toBe(1);
    expect(sjis.stderr).toMatch(/not valid UTF-8/);
    expect(explainerFolders()).toEqual([]);
  }, 60_000);
});
