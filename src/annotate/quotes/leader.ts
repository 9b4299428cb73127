/**
 * The name met most often in a list (speakers quoted, people mentioned), with its count and the
 * runner-up's: what tells an interview's or a profile's subject, or the person a text is about,
 * from everyone else it names.
 */
export interface Leader {
  name: string;
  count: number;
  /** The count of the next most frequent name (0 when there is none). */
  runnerUp: number;
}

/** The most frequent of `names` (nulls skipped; the first to reach the top count on a tie), or null when there are none. */
export function leaderOf(names: Iterable<string | null | undefined>): Leader | null {
  const counts = new Map<string, number>();
  for (const name of names) if (name !== null && name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  let name: string | null = null;
  let top = 0;
  let runnerUp = 0;
  for (const [candidate, count] of counts) {
    if (count > top) {
      runnerUp = top;
      top = count;
      name = candidate;
    } else if (count > runnerUp) runnerUp = count;
  }
  return name === null ? null : { name, count: top, runnerUp };
}

/** The quotations, and how many times the runner-up's, that make a speaker an interview's or a profile's subject. */
const INTERVIEWEE_QUOTES = 4;
const INTERVIEWEE_LEAD = 3;

/** The interviewee among speakers quoted so far: quoted INTERVIEWEE_QUOTES times or more, and INTERVIEWEE_LEAD times as often as anyone else; else null. */
export function intervieweeAmong(speakers: Iterable<string | null | undefined>): string | null {
  const leader = leaderOf(speakers);
  return leader !== null && leader.count >= INTERVIEWEE_QUOTES && leader.count >= INTERVIEWEE_LEAD * leader.runnerUp ? leader.name : null;
}
