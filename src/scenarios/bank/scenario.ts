/// <reference types="vite/client" />
/** An Account with check-then-withdraw from two threads (a step lesson). */
import { stepLesson } from '../step-lesson';
import account from './account.py?raw';
import locked from './locked.py?raw';

export const bankScenario = stepLesson({
  id: 'bank',
  title: { zh: '银行账户：先检查再取钱', en: 'A bank account: check, then withdraw' },
  intro: {
    zh: '账户里有 100，两个人各取 80。withdraw 先检查余额，sleep 一下，再扣钱：如果两个人都在对方扣钱之前通过检查，余额就变成负数。',
    en: 'The account holds 100 and two people withdraw 80 each. withdraw checks the balance, sleeps, then takes the money: if both pass the check before either takes it, the balance goes negative.',
  },
  variants: [
    { key: 'account', label: { zh: '检查后取钱', en: 'Check, then withdraw' }, code: account },
    { key: 'locked', label: { zh: '带锁的账户（self.lock）', en: 'A lock per account (self.lock)' }, code: locked },
  ],
  invariant: { kind: 'output', pattern: 'balance: -\\d' },
});
