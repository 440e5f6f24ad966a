import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useHydrated } from '@/components/hooks/use-hydrated';

function Probe() {
  return createElement('span', null, useHydrated() ? 'scripted' : 'server');
}

describe('useHydrated', () => {
  it('is false in the prerendered HTML, so script-only controls are left out of it', () => {
    expect(renderToString(createElement(Probe))).toBe('<span>server</span>');
  });
});
