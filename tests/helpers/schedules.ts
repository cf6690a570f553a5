// The support schedules of tests/fixtures/schedules/, read one way for every contact test: as text
// (for the independent reference reader), as the YAML reads (for tests that change a field first),
// validated by the support schema, or as the Schedule the contact logic reads.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { toSchedule, type Schedule } from '../../src/lib/contact/schedule.ts';
import { supportSchema, type SupportConfig } from '../../src/schemas/support.ts';

/** A schedule fixture's text (`new-york-weekdays.yaml`). */
export function scheduleFixtureText(file: string): string {
	return readFileSync(new URL(`../fixtures/schedules/${file}`, import.meta.url), 'utf8');
}

/** A schedule fixture as its YAML reads, before validation: change a field, then `toSchedule(supportSchema.parse(raw))`. */
export function rawScheduleFixture(file: string): ReturnType<typeof parse> {
	return parse(scheduleFixtureText(file));
}

/** A schedule fixture validated by the support schema, as a support file is. */
export function supportFixture(file: string): SupportConfig {
	return supportSchema.parse(rawScheduleFixture(file));
}

/** A schedule fixture as the contact logic reads it. */
export function scheduleFixture(file: string): Schedule {
	return toSchedule(supportFixture(file));
}
