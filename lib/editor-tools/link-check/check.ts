// Requests web addresses the way a careful reader's browser would, politely: HEAD first (no body
// to download), GET when a server refuses HEAD, redirects followed one hop at a time so each is
// reported, a timeout per request (settable per host), a limit on requests in flight and a few
// retries for failures that are often passing (timeouts, resets, 429, 5xx).

export interface LinkCheckOptions {
  /** Milliseconds before a request is given up (default 10 s). */
  timeoutMs?: number;
  /** Timeouts for particular hosts (`www.example.org` → ms), for slow but real sites. */
  hostTimeoutMs?: Readonly<Record<string, number>>;
  /** Requests in flight at once (default 8); never more than 2 to the same host. */
  concurrency?: number;
  /** Further attempts after a passing failure (default 2). */
  retries?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Pause before retry n is `retryDelayMs * n` (default 500 ms). */
  retryDelayMs?: number;
}

export type LinkVerdict =
  | { ok: true; status: number; method: 'HEAD' | 'GET'; redirects: Redirect[] }
  | { ok: false; reason: string; status?: number; redirects: Redirect[] };

export interface Redirect {
  from: string;
  to: string;
  status: number;
}

const PER_HOST = 2;
const USER_AGENT = 'KaisetsuLinkCheck/1 (+npm run check:links)';
// Statuses with which servers commonly refuse HEAD while GET works.
const HEAD_REFUSED = new Set([400, 403, 404, 405, 406, 429, 500, 501, 503]);
const PASSING = new Set([408, 429, 500, 502, 503, 504]);

class Failure extends Error {
  constructor(
    message: string,
    readonly passing: boolean,
  ) {
    super(message);
  }
}

/** Checks every address, returning a verdict for each. Never throws for a bad address. */
export async function checkAddresses(urls: readonly string[], options: LinkCheckOptions = {}): Promise<Map<string, LinkVerdict>> {
  const limit = Math.max(1, options.concurrency ?? 8);
  const results = new Map<string, LinkVerdict>();
  const inFlightByHost = new Map<string, number>();
  const queue = [...urls];
  let running = 0;

  return new Promise((resolve) => {
    const hostOf = (url: string) => {
      try {
        return new URL(url).host;
      } catch {
        return '';
      }
    };
    const pump = () => {
      if (queue.length === 0 && running === 0) return resolve(results);
      while (running < limit) {
        const index = queue.findIndex((url) => (inFlightByHost.get(hostOf(url)) ?? 0) < PER_HOST);
        if (index < 0) return;
        const [url] = queue.splice(index, 1) as [string];
        const host = hostOf(url);
        running += 1;
        inFlightByHost.set(host, (inFlightByHost.get(host) ?? 0) + 1);
        void checkAddress(url, options).then((verdict) => {
          results.set(url, verdict);
          running -= 1;
          inFlightByHost.set(host, (inFlightByHost.get(host) ?? 1) - 1);
          pump();
        });
      }
    };
    pump();
  });
}

export async function checkAddress(url: string, options: LinkCheckOptions = {}): Promise<LinkVerdict> {
  const retries = options.retries ?? 2;
  const delay = options.retryDelayMs ?? 500;
  const maxRedirects = options.maxRedirects ?? 5;
  const redirects: Redirect[] = [];
  let current = url;
  for (let hop = 0; ; hop += 1) {
    let response: { status: number; method: 'HEAD' | 'GET'; location: string | null };
    try {
      response = await withRetries(() => request(current, options), retries, delay);
    } catch (error) {
      const failure = error instanceof Failure ? error : new Failure(String(error), false);
      return { ok: false, reason: failure.message, redirects };
    }
    const { status, method, location } = response;
    if (status >= 300 && status < 400 && location !== null) {
      let next: string;
      try {
        next = new URL(location, current).href;
      } catch {
        return { ok: false, status, reason: `redirect to an invalid address "${location}"`, redirects };
      }
      redirects.push({ from: current, to: next, status });
      if (hop >= maxRedirects) return { ok: false, status, reason: `more than ${maxRedirects} redirects`, redirects };
      if (redirects.some((r, i) => i < redirects.length - 1 && r.from === next)) {
        return { ok: false, status, reason: 'the redirects go round in a circle', redirects };
      }
      current = next;
      continue;
    }
    if (status >= 200 && status < 300) return { ok: true, status, method, redirects };
    return { ok: false, status, reason: describeStatus(status), redirects };
  }
}

async function withRetries<T>(attempt: () => Promise<T>, retries: number, delay: number): Promise<T> {
  for (let n = 0; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof Failure) || !error.passing || n >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay * (n + 1)));
    }
  }
}

async function request(url: string, options: LinkCheckOptions) {
  const head = await send(url, 'HEAD', options);
  if (!HEAD_REFUSED.has(head.status)) return { ...head, method: 'HEAD' as const };
  const get = await send(url, 'GET', options);
  if (PASSING.has(get.status)) throw new Failure(describeStatus(get.status), true);
  return { ...get, method: 'GET' as const };
}

async function send(url: string, method: 'HEAD' | 'GET', options: LinkCheckOptions) {
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    throw new Failure(`"${url}" is not a web address`, false);
  }
  const timeout = options.hostTimeoutMs?.[host] ?? options.timeoutMs ?? 10_000;
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,*/*;q=0.8' },
      signal: AbortSignal.timeout(timeout),
    });
    // Only the status matters: do not download the page.
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, location: response.headers.get('location') };
  } catch (error) {
    throw describeNetworkError(error, timeout);
  }
}

function describeNetworkError(error: unknown, timeout: number): Failure {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new Failure(`no answer within ${timeout} ms (timeout)`, true);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || /other side closed|socket/i.test(cause?.message ?? '')) {
    return new Failure('the server closed the connection (reset)', true);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new Failure('the host name does not exist (DNS)', code === 'EAI_AGAIN');
  if (code === 'ECONNREFUSED') return new Failure('the server refused the connection', false);
  if (code.startsWith('ERR_TLS') || /certificate/i.test(cause?.message ?? '')) return new Failure(`TLS error: ${cause?.message ?? code}`, false);
  return new Failure(`request failed: ${cause?.message ?? (error instanceof Error ? error.message : String(error))}`, true);
}

function describeStatus(status: number): string {
  const names: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    408: 'Request Timeout',
    410: 'Gone',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return `HTTP ${status}${names[status] ? ` ${names[status]}` : ''}`;
}
