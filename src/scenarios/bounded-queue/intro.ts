/** The bounded queue, from its settings: the lab's Queue(maxsize), or the lesson's program as written or fixed. */
import { fmt, type Localized } from '../../i18n/lang';
import { num } from '../param-values';
import type { ParamValues } from '../types';
import { LESSON_MAXSIZE, variantOf } from './lesson';

export function boundedQueueIntro(p: ParamValues): Localized {
  const variant = variantOf(p.variant);
  if (variant === 'seed') {
    return {
      zh: fmt('教程原文，Queue({m})：这段程序有三处错误。运行它，看 Python 在哪一行、用什么报错；再换成“修正版”。', { m: LESSON_MAXSIZE }),
      en: fmt('The lesson as written, with Queue({m}): the program has three mistakes. Run it and see where and how Python reports the first; then pick “Fixed”.', { m: LESSON_MAXSIZE }),
    };
  }
  if (variant === 'fixed') {
    return {
      zh: fmt('修正版，Queue({m})：三处错误改正后，每一行都能运行。和“教程原文”比较。', { m: LESSON_MAXSIZE }),
      en: fmt('The fixed program, with Queue({m}): with the three mistakes corrected, every line runs. Compare it with “As in the lesson”.', { m: LESSON_MAXSIZE }),
    };
  }
  const m = num(p, 'maxsize', 5);
  return {
    zh: fmt('Queue({m}) 的实验台：程序最后进入 Python 的交互模式（code.interact），按钮和你在 >>> 输入的每一行都是真正的 Python。看满和空时的阻塞与超时。“教程原文”里有三处错误，看看 Python 怎么报错。', { m }),
    en: fmt('A lab for Queue({m}): the program ends in Python’s own prompt (code.interact), so the buttons and every line you type at >>> are real Python. Watch blocking and timeouts on a full or empty queue. “As in the lesson” has three mistakes: see how Python reports them.', { m }),
  };
}
