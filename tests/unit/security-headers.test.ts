// lib/security/headers.ts: the policy's promises, and the README's nginx snippet for the static
// build kept in step with what `next start` sends.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loaderCspHash } from '@/lib/paint-first/loader';
import { contentSecurityPolicy, securityHeaders, serializeCsp } from '@/lib/security/headers';

describe('the Content-Security-Policy', () => {
  const csp = securityHeaders.find((header) => header.key === 'Content-Security-Policy')?.value ?? '';

  it('allows no eval and nothing from another origin', () => {
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:|\*/);
    // No inline script but the loader, by its hash: lib/paint-first/rewrite.ts leaves no other.
    expect(contentSecurityPolicy['script-src']).toEqual(["'self'", loaderCspHash()]);
    expect(contentSecurityPolicy['script-src']).not.toContain("'unsafe-inline'");
  });

  it('switches off framing, plugins, base URLs and forms', () => {
    for (const directive of ['frame-ancestors', 'object-src', 'base-uri', 'form-action']) {
      expect(contentSecurityPolicy[directive], directive).toEqual(["'none'"]);
    }
  });

  it('serialises each directive once, separated by semicolons', () => {
    expect(serializeCsp({ a: ['x', 'y'], b: ["'none'"] })).toBe("a x y; b 'none'");
    expect(csp.split('; ')).toHaveLength(Object.keys(contentSecurityPolicy).length);
  });
});

describe('README nginx snippet', () => {
  const readme = fs.readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const lines = [...block.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(([, key, value]) => ({ key, value }));

  it('sends exactly the headers next start sends', () => {
    expect(lines).toEqual(securityHeaders.map(({ key, value }) => ({ key, value })));
  });
});
