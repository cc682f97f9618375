/**
 * The program view of the code panel: the static text at first paint, then
 * the editor once its chunk has loaded (React.lazy keeps CodeMirror and the
 * parser out of the page's first JavaScript). If the chunk cannot load, the
 * static text stays.
 */
import { Component, lazy, type ReactNode, Suspense } from 'react';
import type { Lang } from '../i18n/lang';
import type { LineMarks } from './code-marks';
import { StaticCode } from './StaticCode';
import type { EditableCodeProps } from './editor/EditableCode';
import type { SyntaxProblem } from './editor/syntax-check';

const PythonEditor = lazy(() => import('./editor/PythonEditor').then((m) => ({ default: m.PythonEditor })));
const EditableCode = lazy(() => import('./editor/EditableCode').then((m) => ({ default: m.EditableCode })));

export interface CodeViewProps {
  code: string;
  marks: LineMarks;
  readOnly: boolean;
  label: string;
  lang: Lang;
  onChange?: (code: string) => void;
  onSyntax?: (problem: SyntaxProblem | null) => void;
}

export function CodeView(props: CodeViewProps) {
  const fallback = <StaticCode code={props.code} marks={props.marks} label={props.label} />;
  return (
    <StaticOnError fallback={fallback}>
      <Suspense fallback={fallback}>
        <PythonEditor value={props.code} {...props} />
      </Suspense>
    </StaticOnError>
  );
}

/** An editable program (EditableCode.tsx), loaded like the read-only one. */
export function EditableCodeView(props: EditableCodeProps) {
  const fallback = <StaticCode code={props.code} marks={props.marks} label={props.label} />;
  return (
    <StaticOnError fallback={fallback}>
      <Suspense fallback={fallback}>
        <EditableCode {...props} />
      </Suspense>
    </StaticOnError>
  );
}

class StaticOnError extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
