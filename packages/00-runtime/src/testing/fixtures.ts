import { readFileSync } from 'node:fs';

/** A value as the fixture generators store it in JSON, where NaN is written as null. */
export type FixtureValue = number | boolean | null | FixtureValue[];

/** A fixture value with NaN restored. */
export type FixtureNumbers = number | boolean | FixtureNumbers[];

/**
 * Reads the `cases` array of a JSON fixture file written by a stage's
 * `scripts/make_fixtures.py`.
 *
 * @param url the file, usually `new URL('./fixtures/name.json', import.meta.url)`.
 */
export function readFixtureCases<T>(url: URL): T[] {
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: T[] }).cases;
}

/** Turns the nulls that stand for NaN in JSON fixtures back into NaN, at any depth. */
export function nanFromNull(value: FixtureValue): FixtureNumbers {
  if (value === null) return Number.NaN;
  return Array.isArray(value) ? value.map(nanFromNull) : value;
}
