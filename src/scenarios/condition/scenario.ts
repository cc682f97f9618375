/// <reference types="vite/client" />
/** Producer and consumers on a Condition: `if` versus `while` around wait() (a step lesson). */
import { stepLesson } from '../step-lesson';
import ifWait from './if.py?raw';
import whileWait from './while.py?raw';

export const conditionScenario = stepLesson({
  id: 'condition',
  title: { zh: 'Condition：if 还是 while', en: 'Condition: if or while' },
  intro: {
    zh: '一个生产者、两个消费者共用一个 Condition。notify_all 叫醒两个消费者，却只有一个面包：用 if 的消费者醒来不再检查，从空缓冲区里取；用 while 的会再看一眼。',
    en: 'One producer and two consumers share a Condition. notify_all wakes both consumers for one loaf: a consumer waiting under if does not look again and takes from the empty buffer; one under while looks again.',
  },
  variants: [
    { key: 'if', label: { zh: 'if（有错）', en: 'if (wrong)' }, code: ifWait },
    { key: 'while', label: { zh: 'while（正确）', en: 'while (right)' }, code: whileWait },
  ],
  invariant: { kind: 'exception' },
});
