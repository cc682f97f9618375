/**
 * Python colouring with the classes the static code view (Prism) already
 * uses, so both views share styles.css's colours in light and dark and a
 * struck line greys its tokens the same way.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

const style = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword, t.self], class: 'token keyword' },
  { tag: [t.string, t.special(t.string), t.escape], class: 'token string' },
  { tag: [t.number, t.bool, t.null], class: 'token number' },
  { tag: [t.comment, t.lineComment], class: 'token comment' },
  { tag: [t.function(t.variableName), t.function(t.definition(t.variableName)), t.function(t.propertyName), t.definition(t.className)], class: 'token function' },
  { tag: [t.operator, t.punctuation, t.bracket, t.separator, t.derefOperator], class: 'token operator' },
]);

export const pythonHighlight = syntaxHighlighting(style);
