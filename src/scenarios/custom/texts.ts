/** UI words of "Your program" and the generic outcome, zh and en. */
import type { Localized } from '../../i18n/lang';

export const vmTexts = {
  editor: { zh: '你的 Python 程序', en: 'Your Python program' },
  syntaxTitle: { zh: '程序没有运行：有语法错误', en: 'The program did not start: it has a syntax error' },
  syntaxAt: { zh: '第 {line} 行', en: 'line {line}' },
  threadsTitle: { zh: '线程与进程', en: 'Threads and processes' },
  colName: { zh: '名字', en: 'Name' },
  colPid: { zh: '进程', en: 'Process' },
  colLife: { zh: '存活', en: 'Lifetime' },
  stillAlive: { zh: '未结束', en: 'never ended' },
  exitStatus: { zh: '退出状态', en: 'exit status' },
  exceptionsTitle: { zh: '未捕获的异常', en: 'Uncaught exceptions' },
  globalsTitle: { zh: '模块全局变量的最终值', en: 'Final values of module globals' },
  waitsTitle: { zh: '在锁与队列上阻塞的总时间', en: 'Time blocked on each lock and queue' },
  colWaits: { zh: '次数', en: 'waits' },
  noWaits: { zh: '没有线程等过锁或队列。', en: 'No thread waited on a lock or a queue.' },
  dropped: { zh: '输出太多：控制台只保留前 {n} 行。', en: 'Too much output: the console keeps the first {n} lines.' },
  noPause: { zh: '暂停和单步需要 SharedArrayBuffer（跨源隔离的页面）', en: 'Pause and step need SharedArrayBuffer (a cross-origin isolated page)' },
  firstLine: { zh: '从按下运行到第一行 Python：{ms} 毫秒', en: 'Run → first Python line: {ms} ms' },
} satisfies Record<string, Localized>;
