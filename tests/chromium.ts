// How every browser run of the project starts Debian's Chromium (Playwright cannot download its
// own in CI): the end-to-end tests and the benchmark's search measurements alike. Running as root
// needs --no-sandbox; the background-networking flags stop Chromium calling out to Google, which
// a closed network such as CI's refuses.
export const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
		'--disable-sync',
		'--disable-quic',
	],
};
