import { parseEmbed } from '../embed/embed-params';

/** The page's embed options, read once from the URL it was opened with. */
export const embedOptions = parseEmbed(typeof window === 'undefined' ? '' : window.location.search);
