import { useSyncExternalStore } from 'react';

// Nothing ever changes after hydration, so there is nothing to subscribe to.
const subscribeNever = () => () => {};

/**
 * False while rendering on the server and during hydration, true once this client's script runs.
 * The client leaves use it to show only what works with JavaScript (a keyboard hint, a copy button,
 * a search form), so that the prerendered HTML never offers a control that does nothing.
 * `useSyncExternalStore`'s server snapshot keeps the hydrated HTML identical to the server's.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}
