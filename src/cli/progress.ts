/**
 * A one-line progress display on standard error: documents done, rate, and (when the total input
 * size is known) a bar and an ETA based on bytes consumed. Redrawn at most REDRAW_INTERVAL_MS apart,
 * so a fast batch spends its time extracting, not painting.
 */

/** At most ten redraws a second. */
export const REDRAW_INTERVAL_MS = 100;
/** Characters in the bar itself. */
const BAR_WIDTH = 24;
/** Do not guess an ETA from less than this share of the input: early rates are noise. */
const MIN_SHARE_FOR_ETA = 0.01;
const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3600;

export interface ProgressState {
  documents: number;
  elapsedMs: number;
  /** Input bytes consumed so far, null when unknowable. */
  bytesDone: number | null;
  /** Total input bytes, null when unknowable (standard input). */
  bytesTotal: number | null;
}

export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / SECONDS_PER_HOUR);
  const minutes = Math.floor((whole % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE);
  const secs = String(whole % SECONDS_PER_MINUTE).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

export function formatRate(documents: number, elapsedMs: number): string {
  if (elapsedMs <= 0) return '0.0';
  return (documents / (elapsedMs / 1000)).toFixed(1);
}

/** The progress line, without terminal control characters. */
export function formatProgressLine(state: ProgressState): string {
  const count = `${state.documents.toLocaleString('en-US')} docs`;
  const rate = `${formatRate(state.documents, state.elapsedMs)} docs/s`;
  if (state.bytesDone === null || state.bytesTotal === null || state.bytesTotal === 0) {
    return `${count} | ${rate} | ${formatDuration(state.elapsedMs / 1000)} elapsed`;
  }
  const share = Math.min(1, state.bytesDone / state.bytesTotal);
  const filled = Math.round(share * BAR_WIDTH);
  const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const eta =
    share >= MIN_SHARE_FOR_ETA ? `ETA ${formatDuration(((state.elapsedMs / 1000) * (1 - share)) / share)}` : 'ETA --:--';
  return `[${bar}] ${percent} | ${count} | ${rate} | ${eta}`;
}

export interface Progress {
  update(state: ProgressState): void;
  stop(): void;
}

export const NO_PROGRESS: Progress = { update() {}, stop() {} };

/** A progress line redrawn in place on `stream` (a terminal). */
export function createTerminalProgress(stream: NodeJS.WriteStream): Progress {
  let lastDraw = -Infinity;
  let last: ProgressState | null = null;
  const draw = (state: ProgressState): void => {
    // \r returns to the line start, ESC[K clears what a longer previous line left behind.
    stream.write(`\r${formatProgressLine(state)}\x1b[K`);
  };
  return {
    update(state: ProgressState): void {
      last = state;
      if (state.elapsedMs - lastDraw < REDRAW_INTERVAL_MS) return;
      lastDraw = state.elapsedMs;
      draw(state);
    },
    stop(): void {
      if (last) {
        draw(last);
        stream.write('\n');
      }
    },
  };
}
