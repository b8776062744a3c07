import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import { firstAnswerId, searchPageRequest } from '../src/search-request.js';

/** How long the page waits for the first search's answer before it is sent without it (the page then asks itself). */
const WAIT_MS = 1500;

/**
 * The search page's answer for the URL's search, as an anonymous caller gets it: the same request
 * the page would send, sent to the gateway that received this page request, with none of the
 * caller's credentials (a signed-in caller's page ignores it and asks with its token). Null when the
 * gateway refuses, errs or is slow: the page then sends the request itself.
 */
export async function firstSearchAnswer(request: IncomingMessage): Promise<{ body: string; answer: string } | null> {
  const { localAddress, localPort } = request.socket;
  if (!localAddress || !localPort) return null;
  const host = isIPv6(localAddress) ? `[${localAddress}]` : localAddress;
  const { body } = searchPageRequest(new URL(request.url ?? '/', 'http://localhost').searchParams, undefined);
  try {
    const response = await fetch(`http://${host}:${localPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'x-forwarded-for': forwardedFor(request) },
      body,
      signal: AbortSignal.timeout(WAIT_MS),
    });
    const answer = await response.text();
    return response.ok && isWholeAnswer(answer) ? { body, answer } : null;
  } catch {
    return null;
  }
}

/** Who asked for the page, so that a gateway told to trust proxies counts the answer against that caller's rate limit. */
function forwardedFor(request: IncomingMessage): string {
  const forwarded = request.headers['x-forwarded-for'];
  return (Array.isArray(forwarded) ? forwarded.join(', ') : forwarded) ?? request.socket.remoteAddress ?? '';
}

function isWholeAnswer(answer: string): boolean {
  try {
    const parsed = JSON.parse(answer) as { data?: unknown; errors?: unknown };
    return Boolean(parsed.data) && !parsed.errors;
  } catch {
    return false;
  }
}

/** The answer as a data block (never run, so the page's script policy allows it), safe to put in HTML. */
export function answerElement({ body, answer }: { body: string; answer: string }): string {
  // JSON keeps `<` only inside strings, where \u003c means the same, so no `</script>` can end the block early.
  return `<script type="application/json" id="${firstAnswerId}" data-request="${escapeAttribute(body)}">${answer.replace(/</g, '\\u003c')}</script>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
