// A bounded fuzz run against the production server (`next start` on 127.0.0.1, started by
// playwright.config.ts): a few thousand hostile requests, a handful at a time. Every answer must
// be a 2xx, 3xx or 4xx, arrive in time on an intact connection, and an unknown page must be the
// 404 page (support/fuzz-verdict.ts). The requests come from security-fuzz-cases.ts, seeded, so a
// failure can be replayed. Hand-written request lines and headers: security-raw-requests.spec.ts.
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { loadContent } from '@/lib/content/load';
import { fuzzCases } from './security-fuzz-cases';
import { send } from './support/fuzz-client';
import { describeCase, isResetAfter431, problemWith } from './support/fuzz-verdict';

const TOTAL = 2400;
const CONCURRENCY = 6;
const SEED = 20261126;

const slug = loadContent({ includeDrafts: false }).explainers.find((explainer) => explainer.pages.length > 1)?.slug ?? 'missing';

test.describe('hostile requests', () => {
  test.describe.configure({ mode: 'serial' });

  test(`${TOTAL} fuzzed requests: never a 5xx, a hang or a dropped connection`, async ({ baseURL }) => {
    test.setTimeout(300_000);
    const base = new URL(baseURL ?? '');
    // Only ever against the local server.
    expect(base.hostname).toBe('127.0.0.1');
    const cases = fuzzCases({ slug, total: TOTAL, seed: SEED });
    expect(cases.length).toBeGreaterThanOrEqual(2000);

    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const statuses = new Map<string, number>();
    const problems: string[] = [];
    const unsent: string[] = [];
    let slowest = 0;
    let cursor = 0;
    const worker = async () => {
      while (cursor < cases.length) {
        const request = cases[cursor++];
        if (!request) break;
        const outcome = await send(base, agent, request);
        const key = outcome.error?.startsWith('client:')
          ? 'not sent'
          : isResetAfter431(request, outcome)
            ? 'reset after 431'
            : outcome.error
              ? 'error'
              : String(outcome.status);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        slowest = Math.max(slowest, outcome.ms);
        if (key === 'not sent') unsent.push(`${describeCase(request)} → ${outcome.error ?? ''}`);
        const problem = problemWith(request, outcome, base);
        if (problem) problems.push(`${describeCase(request)} → ${problem}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();

    const summary = [...statuses].sort(([a], [b]) => a.localeCompare(b)).map(([status, count]) => `${status}: ${count}`).join(', ');
    console.log(`fuzz: ${cases.length} requests, ${summary}; slowest ${slowest} ms`);
    test.info().annotations.push({ type: 'fuzz', description: `${cases.length} requests, ${summary}; slowest ${slowest} ms` });
    expect(unsent.slice(0, 10), 'requests the client could not send').toEqual([]);
    expect(problems.slice(0, 25), `${problems.length} bad answers`).toEqual([]);
  });

  test('the server still answers normally after the run', async ({ request }) => {
    const response = await request.get(`/ja/explainers/${slug}`);
    expect(response.status()).toBe(200);
  });
});
