import { describe, expect, it } from 'vitest';
import { leaderOf } from '../../../src/annotate/quotes/leader.js';

describe('leaderOf', () => {
  it('gives the most frequent name, its count and the runner-up’s', () => {
    expect(leaderOf(['Ana Ruiz', 'Tom Reyes', 'Ana Ruiz', null, 'Ana Ruiz', undefined, 'Tom Reyes', 'Lea Dahl'])).toEqual({ name: 'Ana Ruiz', count: 3, runnerUp: 2 });
  });

  it('keeps the first name to reach the top count on a tie', () => {
    expect(leaderOf(['Tom Reyes', 'Ana Ruiz', 'Ana Ruiz', 'Tom Reyes'])).toEqual({ name: 'Tom Reyes', count: 2, runnerUp: 2 });
  });

  it('is null with no names', () => {
    expect(leaderOf([null, undefined])).toBeNull();
    expect(leaderOf([])).toBeNull();
  });
});
