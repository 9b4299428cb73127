/** What every route group is given: the store, the pipeline for writes, and the write token. */
import type { Pipeline } from '../pipeline.js';
import type { Store } from '../store/store.js';

export interface RouteContext {
  readonly store: Store;
  /** Built on the first write: a read-only server never pays for it. */
  readonly pipeline: () => Pipeline;
  /** Required on writes when set. */
  readonly token: string | undefined;
  /** The request body limit in bytes. */
  readonly bodyLimit: number;
}
