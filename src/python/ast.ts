// AST node types mirroring CPython 3.12's `ast` module: same class names (in
// `_type`), same field names and order, same position attributes. Columns are
// UTF-8 byte offsets, as in CPython.

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type ExprContext = 'Load' | 'Store' | 'Del';

/** A Python constant. Ints are bigints so large literals survive; floats are numbers. */
export type ConstantValue =
  | null
  | boolean
  | string
  | bigint
  | { float: number }
  | { complex: number }
  | { bytes: Uint8Array }
  | { ellipsis: true };

export interface Module { _type: 'Module'; body: Stmt[]; type_ignores: [] }

export interface Arg extends Pos { _type: 'arg'; arg: string; annotation: Expr | null; type_comment: null }
export interface Arguments {
  _type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Keyword extends Pos { _type: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Pos { _type: 'alias'; name: string; asname: string | null }
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface ExceptHandler extends Pos { _type: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
export interface Comprehension { _type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: 0 | 1 }
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

export interface FunctionDef extends Pos {
  _type: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: null;
  type_params: [];
}
export interface ClassDef extends Pos {
  _type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
  type_params: [];
}
export interface Return extends Pos { _type: 'Return'; value: Expr | null }
export interface Delete extends Pos { _type: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { _type: 'Assign'; targets: Expr[]; value: Expr; type_comment: null }
export interface AugAssign extends Pos { _type: 'AugAssign'; target: Expr; op: Operator; value: Expr }
export interface AnnAssign extends Pos { _type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: 0 | 1 }
export interface For extends Pos { _type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: null }
export interface While extends Pos { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { _type: 'With'; items: WithItem[]; body: Stmt[]; type_comment: null }
export interface Match extends Pos { _type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Pos { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos { _type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface TryStar extends Pos { _type: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Pos { _type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { _type: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { _type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { _type: 'Global'; names: string[] }
export interface Nonlocal extends Pos { _type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { _type: 'Expr'; value: Expr }
export interface Pass extends Pos { _type: 'Pass' }
export interface Break extends Pos { _type: 'Break' }
export interface Continue extends Pos { _type: 'Continue' }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If | With | Match
  | Raise | Try | TryStar | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

export type Operator = 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface BoolOp extends Pos { _type: 'BoolOp'; op: 'And' | 'Or'; values: Expr[] }
export interface NamedExpr extends Pos { _type: 'NamedExpr'; target: Expr; value: Expr }
export interface BinOp extends Pos { _type: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { _type: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { _type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
export interface Dict extends Pos { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { _type: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Yield extends Pos { _type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { _type: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { _type: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Pos { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface FormattedValue extends Pos { _type: 'FormattedValue'; value: Expr; conversion: number; format_spec: Expr | null }
export interface JoinedStr extends Pos { _type: 'JoinedStr'; values: Expr[] }
export interface Constant extends Pos { _type: 'Constant'; value: ConstantValue; kind: 'u' | null }
export interface Attribute extends Pos { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { _type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { _type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp | DictComp
  | GeneratorExp | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute
  | Subscript | Starred | Name | List | Tuple | Slice;

export interface MatchValue extends Pos { _type: 'MatchValue'; value: Expr }
export interface MatchSingleton extends Pos { _type: 'MatchSingleton'; value: null | boolean }
export interface MatchSequence extends Pos { _type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Pos { _type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Pos { _type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[] }
export interface MatchStar extends Pos { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Pos { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Pos { _type: 'MatchOr'; patterns: Pattern[] }

export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node = Module | Stmt | Expr | Pattern | Arg | Arguments | Keyword | Alias | WithItem | ExceptHandler | Comprehension | MatchCase;
