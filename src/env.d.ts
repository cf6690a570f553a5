/// <reference types="astro/client" />

interface ImportMetaEnv {
	/** True only under `astro dev`; set by the content guard integration. Drafts are shown only then. */
	readonly SHOW_DRAFTS: boolean;
}
