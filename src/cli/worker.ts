/**
 * Extraction worker: builds its own pipeline once, then answers one job at a time with the record
 * serialised to one JSON line (so the main thread only writes strings).
 */
import { parentPort } from 'node:worker_threads';
import { createPipeline } from '../pipeline.js';
import { injectFault } from './fault-injection.js';
import { serializeForStore, serializeLine } from './serialize-line.js';
import type { JobMessage, WorkerMessage } from './worker-messages.js';

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('worker.js must be started as a worker thread');
  const pipeline = createPipeline();
  port.on('message', (message: JobMessage) => {
    injectFault(message.document.content);
    const output = pipeline.process(message.document);
    const reply: WorkerMessage = { type: 'done', job: message.job, ...(message.forStore === true ? serializeForStore(output) : serializeLine(output)) };
    port.postMessage(reply);
  });
  const ready: WorkerMessage = { type: 'ready' };
  port.postMessage(ready);
}

main();
