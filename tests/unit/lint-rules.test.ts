// The import and file-length rules of eslint.config.mjs, run through ESLint itself on code that breaks them: a
// rule that matched nothing (a mistyped path, a changed file list) would let these pass silently.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

async function errorsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => `${message.ruleId}: ${message.message}`);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

describe('modules next.config.ts loads', { timeout: 60_000 }, () => {
  // next.config.ts imports the first and the third; the other two only through them.
  it.each(['next.config.ts', 'lib/security/headers.ts', 'lib/search/content-security-policy.ts', 'i18n/locales.ts'])(
    '%s may not use the `@/` alias',
    async (filePath) => {
      expect(await errorsOf(filePath, "import { siteUrl } from '@/lib/site/site-url';\nexport const x = siteUrl;\n")).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*`@\/` alias/),
      ]);
      expect(await errorsOf(filePath, "import { siteUrl } from './lib/site/site-url';\nexport const x = siteUrl;\n")).toEqual([]);
    },
  );

  it('leaves the alias alone elsewhere', async () => {
    expect(await errorsOf('lib/seo/absolute-url.ts', "import { siteUrl } from '@/lib/site/site-url';\nexport const x = siteUrl;\n")).toEqual([]);
  });
});

describe('one-way imports', { timeout: 60_000 }, () => {
  it.each([
    ['lib/seo/metadata.ts', "import { ExplainerImage } from '@/components/og/explainer-image';\nexport const x = ExplainerImage;\n"],
    ['lib/og/cards.ts', "import { ExplainerImage } from '../../components/og/explainer-image';\nexport const x = ExplainerImage;\n"],
    ['lib/site/paths.ts', "import Page from '@/app/[locale]/page';\nexport const x = Page;\n"],
    ['lib/security/headers.ts', "import { ogColors } from '../../components/og/og-theme';\nexport const x = ogColors;\n"],
  ])('%s may not import from components/ or app/', async (filePath, code) => {
    expect(await errorsOf(filePath, code)).toEqual([expect.stringMatching(/^no-restricted-imports: .*lib\/ and i18n\/ never import/)]);
  });

  it.each([
    ['components/explainer/prose.tsx', "import type { Prose } from '@/lib/content/types';\nexport type X = Prose;\n"],
    ['components/explainer/blocks/term.tsx', "import { pageTerms } from '@/lib/content/query/glossary';\nexport const x = pageTerms;\n"],
    ['app/[locale]/page.tsx', "import { loadContent } from '../../lib/content/load';\nexport const x = loadContent;\n"],
  ])('%s reaches the content layer only through @/lib/content', async (filePath, code) => {
    expect(await errorsOf(filePath, code)).toEqual([expect.stringMatching(/^no-restricted-imports: .*only through its door/)]);
    expect(await errorsOf(filePath, "import { pageTerms, type Prose } from '@/lib/content';\nexport const x = pageTerms;\nexport type X = Prose;\n")).toEqual([]);
  });

  it('reports an import circle', async () => {
    // Written to disk: the rule follows imports through the files themselves.
    const dir = mkdtempSync(path.join(process.cwd(), 'lib', 'lint-probe-'));
    try {
      writeFileSync(path.join(dir, 'a.ts'), `import { b } from '@/lib/${path.basename(dir)}/b';\nexport const a = () => b;\n`);
      writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      const results = await eslint.lintFiles([path.join(dir, 'a.ts')]);
      expect(results.flatMap((result) => result.messages.map((message) => message.ruleId))).toContain('import/no-cycle');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('file length', { timeout: 60_000 }, () => {
  const linesOf = (count: number) => `${Array.from({ length: count }, (_, index) => `export const line${index} = ${index};`).join('\n')}\n`;

  it.each(['lib/content/parse/a-new-file.ts', 'components/site/a-new-file.tsx', 'app/[locale]/a-new-page.tsx', 'tests/unit/a-new.test.ts', 'bench/lib/a-new-file.ts'])(
    '%s may have 250 lines, not 251',
    async (filePath) => {
      expect(await errorsOf(filePath, linesOf(250))).toEqual([]);
      expect(await errorsOf(filePath, linesOf(251))).toEqual([expect.stringMatching(/^max-lines: .*Maximum allowed is 250/)]);
    },
  );

  it('holds every file of ours to it, none excepted', async () => {
    const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mjs'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const excepted: string[] = [];
    for (const file of files) {
      if ((await eslint.isPathIgnored(file)) || !readFileSync(file, 'utf8')) continue;
      const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> };
      if (!config.rules?.['max-lines']) excepted.push(file);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(excepted).toEqual([]);
  });
});
