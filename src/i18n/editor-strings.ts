/** The code editor's own words, in both languages. */
import type { Lang } from './lang';

const zh = {
  edit: '编辑',
  editDisabled: '这一课仍在运行它的 TypeScript 镜像，还不能编辑：等 Python 虚拟机运行各课之后就可以了。',
  editorHint: '按 Tab 缩进；先按 Esc 再按 Tab 可离开编辑器。',
  readOnlyRunning: '运行中，代码只读：按“重置”后可以编辑。',
  syntaxAt: (line: number) => `第 ${line} 行：`,
  syntaxOk: '没有语法错误',
  edited: '已修改',
  backToLesson: '恢复课程原文',
  showDiff: '查看改动',
  hideDiff: '收起改动',
  diffSummary: (added: number, removed: number) => `新增 ${added} 行，删除 ${removed} 行`,
  diffTitle: '与课程原文相比的改动',
  lessonLine: (n: number) => `原文第 ${n} 行`,
  editedLine: (n: number) => `现在第 ${n} 行`,
  codeParamBad: (param: string) => `链接里的 ${param}= 无法解码（不是 base64url 编码的 raw DEFLATE UTF-8 文本），已载入课程原文。`,
};

export type EditorStrings = typeof zh;

const en: EditorStrings = {
  edit: 'Edit',
  editDisabled: 'This lesson still runs its TypeScript mirror, so it cannot be edited yet: editing comes once the Python VM runs the lessons.',
  editorHint: 'Tab indents; press Esc then Tab to leave the editor.',
  readOnlyRunning: 'Read-only while the program runs: press Reset to edit.',
  syntaxAt: (line: number) => `Line ${line}: `,
  syntaxOk: 'No syntax errors',
  edited: 'edited',
  backToLesson: 'Back to the lesson',
  showDiff: 'Show changes',
  hideDiff: 'Hide changes',
  diffSummary: (added: number, removed: number) => `${added} line${added === 1 ? '' : 's'} added, ${removed} removed`,
  diffTitle: 'Changes from the lesson',
  lessonLine: (n: number) => `lesson line ${n}`,
  editedLine: (n: number) => `now line ${n}`,
  codeParamBad: (param: string) => `The link's ${param}= does not decode (it is not base64url of raw-DEFLATE UTF-8 text), so the lesson is loaded instead.`,
};

export const editorStrings: Record<Lang, EditorStrings> = { zh, en };
