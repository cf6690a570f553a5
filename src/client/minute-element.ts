// The base of the elements that follow the visitor's clock (<contact-status>, <site-notices>):
// they draw on joining the page, again at the start of every minute (openings, closings and
// notices fall on minutes), and when their tab comes back into view, since timers sleep in
// background tabs.

export abstract class MinuteElement extends HTMLElement {
	private timer: ReturnType<typeof setTimeout> | undefined;
	private ready = false;
	private readonly onVisibilityChange = () => {
		if (document.visibilityState === 'visible') this.tick();
	};

	/** Reads the element's data, once, when it first joins the page. */
	protected abstract setUp(): void;

	/** Brings the element up to date for the current instant. */
	protected abstract render(): void;

	connectedCallback() {
		if (!this.ready) {
			this.setUp();
			this.ready = true;
		}
		document.addEventListener('visibilitychange', this.onVisibilityChange);
		this.tick();
	}

	disconnectedCallback() {
		clearTimeout(this.timer);
		document.removeEventListener('visibilitychange', this.onVisibilityChange);
	}

	private tick() {
		this.render();
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.tick(), 60_000 - (Date.now() % 60_000) + 50);
	}
}
