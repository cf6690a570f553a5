// The components writers may use in MDX without importing them. Documented in CONTRIBUTING.md.
import Brand from './Brand.astro';
import Callout from './Callout.astro';
import ChatLink from './ChatLink.astro';
import Email from './Email.astro';
import Hours from './Hours.astro';
import Phone from './Phone.astro';
import ResponseTime from './ResponseTime.astro';
import Steps from './Steps.astro';

export const mdxComponents = { Brand, Callout, ChatLink, Email, Hours, Phone, ResponseTime, Steps };
