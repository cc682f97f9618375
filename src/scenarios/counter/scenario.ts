/// <reference types="vite/client" />
/**
 * `counter += 1` from 4 threads (a step lesson): exact under 3.12's GIL, lost
 * updates once the line calls a function (a switch after its CALL), and lost
 * free-threaded. Rounds per thread are a parameter, few by default, so a run
 * can be stepped by hand; the invariant is the exact total.
 */
import { num } from '../param-values';
import { stepLesson } from '../step-lesson';
import gil from './gil.py?raw';
import call from './call.py?raw';

const THREADS = 4;
const N_LINE = /^N = \d+$/m;

export const counterScenario = stepLesson({
  id: 'counter',
  title: { zh: '计数器：counter += 1 会丢吗', en: 'A counter: is counter += 1 ever lost?' },
  intro: {
    zh: '4 个线程各把 counter 加若干次。按字节码单步：在 3.12 的 GIL 下 counter += 1 中间不能切换，一次不丢；改成 counter += one()，CALL 之后就可以切换；关掉 GIL（3.13t），哪里都能切换。',
    en: '4 threads each add to counter a few times. Step by bytecode: under 3.12’s GIL, counter += 1 cannot be split, so nothing is lost; with counter += one() a switch may follow the CALL; with the GIL off (3.13t) a switch may come anywhere.',
  },
  variants: [
    { key: 'gil', label: { zh: 'counter += 1', en: 'counter += 1' }, code: gil },
    { key: 'call', label: { zh: 'counter += one()', en: 'counter += one()' }, code: call },
  ],
  extra: [{ key: 'rounds', kind: 'int', min: 1, max: 1000, default: 3, label: { zh: '每个线程加几次', en: 'Rounds per thread' } }],
  rewrite: (code, p) => code.replace(N_LINE, `N = ${num(p, 'rounds', 3)}`),
  invariant: (p) => ({ kind: 'final', name: 'counter', value: String(THREADS * num(p, 'rounds', 3)) }),
});
