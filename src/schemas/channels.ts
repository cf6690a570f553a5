// The ways customers reach a person. No imports, not even zod: the schemas, the logic in src/lib
// and the contact page's browser script share this list.

export const CHANNEL_IDS = ['phone', 'email', 'chat'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];
