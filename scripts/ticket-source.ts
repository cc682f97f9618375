/** Prints the ticket lesson's Python for `tickets sellers fixed(0|1) lock(0|1) lang` (for scripts/gen-ticket-expect.py). */
import { ticketSource } from '../src/scenarios/ticket/source';

const [tickets = '20', sellers = '2', fixed = '1', lock = '1', lang = 'zh'] = process.argv.slice(2);
process.stdout.write(ticketSource({ tickets: Number(tickets), sellers: Number(sellers), fixed: fixed === '1', lock: lock === '1', lang: lang === 'en' ? 'en' : 'zh' }));
