// The process a heavy build step runs in (see step-process.ts, which starts it):
//   node src/integrations/build-step.ts <pagefind|coverage|headers> '<options as JSON>'
// Messages go to stdout as JSON lines for the build's logger; a failure ends with a `fail` line
// and exit code 1.

import { writeCoverageReport } from './coverage-report.ts';
import { indexSite } from './pagefind.ts';
import { writeSecurityHeaders } from './security-headers.ts';
import type { StepLogger, StepMessage, StepOptions } from './step-process.ts';

const send = (message: StepMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);
const logger: StepLogger = {
	info: (message) => send({ level: 'info', message }),
	warn: (message) => send({ level: 'warn', message }),
	error: (message) => send({ level: 'error', message }),
};

const [step, options] = process.argv.slice(2);
try {
	const parsed = JSON.parse(options ?? '{}');
	if (step === 'pagefind') await indexSite(parsed as StepOptions['pagefind'], logger);
	else if (step === 'coverage') await writeCoverageReport(parsed as StepOptions['coverage'], logger);
	else if (step === 'headers') await writeSecurityHeaders(parsed as StepOptions['headers'], logger);
	else throw new Error(`Unknown build step "${step}": expected pagefind, coverage or headers.`);
} catch (error) {
	const { message, stack } = error as Error;
	send({ level: 'fail', message, stack: stack ?? '' });
	process.exitCode = 1;
}
