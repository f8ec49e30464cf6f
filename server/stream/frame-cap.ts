/**
 * A per-connection frame size limit. `ws` has one limit per server (maxPayload), checked from
 * each frame's header before its payload is buffered; a peer that has not authenticated must not
 * be able to make the daemon buffer (and decode) frames of the authenticated limit, so each
 * connection starts at a few KiB and is raised after its Hello. `ws` keeps the limit in its
 * receiver (`_receiver._maxPayload`, ws 8); this is the one place that reaches in, and it throws
 * if a `ws` upgrade moved it, so the tests notice (test/daemon/protocol.test.ts).
 */
import type { WebSocket } from 'ws';

interface WithReceiver {
  _receiver?: { _maxPayload?: unknown };
}

export function setFrameCap(ws: WebSocket, bytes: number): void {
  const receiver = (ws as unknown as WithReceiver)._receiver;
  if (!receiver || typeof receiver._maxPayload !== 'number') {
    throw new Error('this version of ws keeps its frame limit elsewhere: server/stream/frame-cap.ts needs updating');
  }
  receiver._maxPayload = bytes;
}
