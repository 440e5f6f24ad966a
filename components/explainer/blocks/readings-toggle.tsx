'use client';

import { useEffect, useRef } from 'react';

const STORAGE_KEY = 'kaisetsu:readings';

/**
 * The readers' "hide readings" switch. The hiding itself is CSS (`:has(#readings-hidden:checked)`
 * in globals.css), so the checkbox works before and without JavaScript; this leaf only remembers
 * the choice across pages, where scripts run and storage is allowed.
 */
export function ReadingsToggle({ label }: { label: string }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    try {
      // The page is painted before its scripts run (README, "JavaScript"): a reader may have ticked
      // the box already. Keep that choice; otherwise take the remembered one.
      if (input.current?.checked) localStorage.setItem(STORAGE_KEY, 'hidden');
      else if (input.current && localStorage.getItem(STORAGE_KEY) === 'hidden') input.current.checked = true;
    } catch {
      // Storage blocked (private mode, settings): the switch still works for this page.
    }
  }, []);
  return (
    <label className="readings-toggle">
      <input
        ref={input}
        id="readings-hidden"
        type="checkbox"
        onChange={(event) => {
          try {
            localStorage.setItem(STORAGE_KEY, event.currentTarget.checked ? 'hidden' : 'shown');
          } catch {
            // As above: nothing to remember it in.
          }
        }}
      />
      {label}
    </label>
  );
}
