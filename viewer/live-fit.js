// Fitting from the page: photos dropped on it go to the daemon over the same WebSocket protocol
// the engine plugins speak (Hello with the token, GenerateAvatar with previews), and the Preview
// and Progress frames the plugins get are shown as they come.
import { fitme } from '/view/vendor/wire/fitme.js';

const v1 = fitme.v1;
const STAGES = Object.fromEntries(Object.entries(v1.Stage).map(([k, v]) => [v, k.replace('STAGE_', '').toLowerCase()]));
const ERRORS = Object.fromEntries(Object.entries(v1.ErrorCode).map(([k, v]) => [v, k.replace('ERROR_CODE_', '')]));

export class FitClient {
  constructor(token) {
    this.token = token;
    this.nextId = 1;
    this.ws = null;
    this.ready = null;
    this.jobs = new Map();
    this.pending = new Map();
  }

  connect() {
    this.ready ??= new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://${location.host}`);
      ws.binaryType = 'arraybuffer';
      this.ws = ws;
      let rid = 0;
      ws.onopen = () => {
        rid = this.send({ hello: { protocolVersion: 1, clientName: 'fitme-view', clientVersion: '1', token: this.token, sparseMorphTargets: true } });
      };
      ws.onmessage = (ev) => {
        const env = v1.Envelope.decode(new Uint8Array(ev.data));
        if (env.body === 'welcome') resolve(env.welcome);
        else if (env.body === 'failure' && Number(env.requestId) === rid) reject(new Error(`${ERRORS[env.failure.code]}: ${env.failure.message}`));
        else this.dispatch(env);
      };
      ws.onclose = (ev) => {
        this.ready = null;
        reject(new Error(`the daemon closed the connection (${ev.code}${ev.reason ? ` ${ev.reason}` : ''})`));
        for (const job of this.jobs.values()) job.failed(new Error('the connection to the daemon was lost; the job goes on: reload to see its result'));
        this.jobs.clear();
      };
    });
    return this.ready;
  }

  send(body) {
    const requestId = this.nextId++;
    this.ws.send(v1.Envelope.encode({ requestId, ...body }).finish());
    return requestId;
  }

  /**
   * Starts a fit of `photos` ([{name, data: Uint8Array}]); `handlers` get progress(stage, fraction,
   * message), preview(Preview), warning(Warning), completed(JobCompleted) or failed(Error).
   */
  async generate(photos, handlers) {
    await this.connect();
    const rid = this.send({ generate: { photos, options: { preview: true, previewRateHz: 4 } } });
    this.pending.set(rid, handlers);
    return new Promise((resolve) => (handlers.accepted = resolve));
  }

  /** Asks the daemon to stop a job: it ends with a CANCELLED failure. */
  cancel(jobId) {
    this.send({ cancel: { jobId } });
  }

  dispatch(env) {
    const rid = Number(env.requestId);
    if (env.body === 'accepted' && this.pending.has(rid)) {
      const h = this.pending.get(rid);
      this.pending.delete(rid);
      this.jobs.set(env.accepted.jobId, h);
      h.accepted(env.accepted.jobId);
      return;
    }
    if (env.body === 'failure' && this.pending.has(rid)) {
      const h = this.pending.get(rid);
      this.pending.delete(rid);
      h.failed(new Error(`${ERRORS[env.failure.code]}: ${env.failure.message}`));
      h.accepted(null);
      return;
    }
    const msg = env[env.body];
    const h = msg && this.jobs.get(msg.jobId);
    if (!h) return;
    switch (env.body) {
      case 'progress':
        h.progress(STAGES[msg.stage] ?? 'working', msg.fraction, msg.message);
        break;
      case 'preview':
        h.preview(msg);
        break;
      case 'warning':
        h.warning?.(msg);
        break;
      case 'completed':
        this.jobs.delete(msg.jobId);
        h.completed(msg);
        break;
      case 'failure':
        this.jobs.delete(msg.jobId);
        h.failed(new Error(`${ERRORS[msg.code]}: ${msg.message}`));
        break;
      default:
        // Mesh and texture frames: the page loads the saved glb instead (see main.js).
        h.asset?.(env.body);
    }
  }
}
