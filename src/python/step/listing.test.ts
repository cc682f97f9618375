// The bytecode view's listing of the ticket lesson is CPython 3.12's dis of the
// same text (testdata/listing_ticket.json, scripts/gen-step-listing.py), and a
// stepped thread's current instruction is found in it by code key and offset.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeLib } from '../vm/lib-loader.node';
import { ticketSource } from '../../scenarios/ticket/source';
import { programListing } from './listing';
import { StepSession } from './session';

const here = dirname(fileURLToPath(import.meta.url));
const data = (name: string): string => readFileSync(join(here, 'testdata', name), 'utf8');
type Row = [number, string, number | null, string, number];
const cpython = JSON.parse(data('listing_ticket.json')) as Record<string, { key: string; instrs: Row[] }[]>;

const files = {
  'ticket_lesson.py': ticketSource({ tickets: 20, sellers: 2, fixed: true, lock: true, lang: 'en' }),
  'ticket_lesson_nolock.py': ticketSource({ tickets: 20, sellers: 2, fixed: true, lock: false, lang: 'en' }),
};

describe('program listing (the code panel at bytecode granularity)', () => {
  for (const [name, source] of Object.entries(files)) {
    it(`${name}: every code object, offset, opname, arg and argrepr as CPython's dis`, () => {
      // The testdata is the lesson's text as the page builds it today.
      expect(data(name)).toBe(source);
      const ours = programListing(source, name).map((c) => ({
        key: c.key,
        instrs: c.instrs.map((i): Row => [i.offset, i.opname, i.arg, i.arg === null ? '' : i.argrepr.replace(/ at 0x[0-9a-f]+/, ''), i.line]),
      }));
      expect(ours).toEqual(cpython[name]);
    });
  }

  it('ticket-=1 opens into LOAD_GLOBAL ticket, LOAD_CONST 1, BINARY_OP 23 (-=), STORE_GLOBAL ticket', () => {
    const src = files['ticket_lesson.py'];
    const line = src.split('\n').findIndex((l) => l.trim() === 'ticket-=1') + 1;
    const sell = programListing(src, '/main.py').find((c) => c.name === 'sell_ticket');
    const rows = (sell?.instrs ?? []).filter((i) => i.line === line);
    expect(rows.map((i) => `${i.opname} ${i.argrepr}`)).toEqual(['LOAD_GLOBAL ticket', 'LOAD_CONST 1', 'BINARY_OP -=', 'STORE_GLOBAL ticket']);
    expect(rows[2]?.arg).toBe(23);
  });

  it("a stepped thread's instruction is the listing's at its code key and offset", () => {
    const src = files['ticket_lesson_nolock.py'];
    const listing = programListing(src, '/main.py');
    const s = StepSession.create(src, { lib: nodeLib(), granularity: 'bytecode' });
    let checked = 0;
    while (!s.finished && s.steps < 400) {
      for (const t of s.state().threads) {
        if (!t.instr) continue;
        const code = listing.find((c) => c.key === t.code);
        expect(code?.instrs.find((i) => i.offset === t.instr?.offset)).toEqual(t.instr);
        checked++;
      }
      s.step(s.pickAny());
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('a program that does not compile has no listing', () => {
    expect(programListing('def (:\n', '/main.py')).toEqual([]);
  });
});
