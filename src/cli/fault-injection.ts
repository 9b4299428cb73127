/**
 * Test hook for the worker pool's failure handling: with NEWSGRAPH_WORKER_FAULT=KIND:MARKER in the
 * environment, a worker given a document whose content contains MARKER misbehaves on purpose, so
 * tests can check that a dying or hanging worker costs one error line and never the batch.
 * KIND is "exit" (the thread exits), "throw" (an uncaught exception), "hang" (never answers) or
 * "oom" (allocates until the worker's heap limit stops it).
 * Without the variable this is a no-op.
 */

export const FAULT_ENV = 'NEWSGRAPH_WORKER_FAULT';

const FAULT_KINDS = ['exit', 'throw', 'hang', 'oom'] as const;
type FaultKind = (typeof FAULT_KINDS)[number];

interface Fault {
  kind: FaultKind;
  marker: string;
}

/** Exit code a deliberately crashed worker uses, distinct from Node's own codes. */
const FAULT_EXIT_CODE = 70;
/** Array slots allocated per step by the "oom" fault. */
const OOM_CHUNK = 100_000;

function parseFault(spec: string | undefined): Fault | null {
  if (!spec) return null;
  const colon = spec.indexOf(':');
  if (colon <= 0) return null;
  const kind = FAULT_KINDS.find((known) => known === spec.slice(0, colon));
  const marker = spec.slice(colon + 1);
  if (marker.length === 0 || kind === undefined) return null;
  return { kind, marker };
}

const fault = parseFault(process.env[FAULT_ENV]);

export function injectFault(content: string): void {
  if (!fault || !content.includes(fault.marker)) return;
  switch (fault.kind) {
    case 'exit':
      process.exit(FAULT_EXIT_CODE);
      break;
    case 'throw':
      // Thrown outside the pipeline's own try/catch on purpose: it must reach the worker's error event.
      throw new Error(`injected fault for marker ${fault.marker}`);
    case 'hang':
      for (;;) {
        // A busy loop, as a runaway regular expression would be: only terminate() stops it.
      }
    case 'oom': {
      const hoard: string[][] = [];
      for (;;) hoard.push(new Array<string>(OOM_CHUNK).fill(`${hoard.length}`.repeat(8)));
    }
  }
}
