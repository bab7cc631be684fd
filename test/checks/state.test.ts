import { describe, expect, test } from 'vitest';
import {
  decodeHash,
  eligibilityFromEntries,
  eligibilityToEntries,
  encodeHash,
  indicatorsFromEntries,
  indicatorsToEntries,
  loadEntries,
  saveEntries,
  type EligibilityState,
  type StorageLike,
} from '../../src/checks/index.ts';
import { targets, threeTypes } from './fixtures.ts';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('hash state', () => {
  test('round-trips an eligibility state through a short, readable hash', () => {
    const state: EligibilityState = {
      type: 'three-types/park',
      answers: { 'three-types/park/required-1': 'yes', 'three-types/park/disqualifier-2': 'unsure' },
    };
    const hash = encodeHash(eligibilityToEntries(threeTypes, state));
    expect(hash).toBe('#v=1&type=park&required-1=y&disqualifier-2=u');
    expect(eligibilityFromEntries(threeTypes, decodeHash(hash)!)).toEqual(state);
  });

  test('round-trips typed indicator values, full-width and % included', () => {
    const values = { [targets.coverage.id]: '６８．２２％', [targets.pue.id]: '1.3' };
    const hash = encodeHash(indicatorsToEntries(Object.values(targets), values));
    expect(indicatorsFromEntries(Object.values(targets), decodeHash(hash)!)).toEqual(values);
  });

  test('a heading anchor is not mistaken for state', () => {
    expect(decodeHash('#申报条件')).toBeNull();
  });

  test('unknown keys and answer codes are ignored', () => {
    expect(eligibilityFromEntries(threeTypes, { type: 'park', 'required-1': 'maybe', extra: 'y' })).toEqual({
      type: 'three-types/park',
      answers: {},
    });
  });

  test('an empty state has no hash', () => {
    expect(encodeHash({})).toBe('');
  });
});

describe('local storage', () => {
  test('keeps entries per check and forgets a corrupt value', () => {
    const storage = memoryStorage();
    saveEntries(storage, 'a', { x: '1' });
    expect(loadEntries(storage, 'a')).toEqual({ x: '1' });
    expect(loadEntries(storage, 'b')).toBeNull();
    storage.data.set('policy-atlas:check:b', '{not json');
    expect(loadEntries(storage, 'b')).toBeNull();
    saveEntries(storage, 'a', {});
    expect(storage.data.size).toBe(1);
  });
});
