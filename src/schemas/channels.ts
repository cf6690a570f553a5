// The ways customers reach a person. No imports, not even zod: the schemas, the logic in src/lib
// and the contact page's browser script share this list.

export const CHANNEL_IDS = ['phone', 'email', 'chat'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** Something for each channel a market offers: the ones it leaves out are absent (or undefined). */
export type PerOfferedChannel<T> = { readonly [id in ChannelId]?: T | undefined };

/**
 * The channels a market offers, in the order of `CHANNEL_IDS`: a support file lists one at least,
 * any of them may be left out (a market with no phone number offers email and chat only).
 */
export function offeredChannels(channels: PerOfferedChannel<unknown>): ChannelId[] {
	return CHANNEL_IDS.filter((id) => channels[id] !== undefined);
}

/** Whether a market offers every channel: only then do the pages say "by phone, email or chat". */
export function offersEveryChannel(channels: PerOfferedChannel<unknown>): boolean {
	return offeredChannels(channels).length === CHANNEL_IDS.length;
}
