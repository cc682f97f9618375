/** Prism with its Python grammar: the component registers itself on the global Prism the core sets up first. */
import Prism from 'prismjs';
import 'prismjs/components/prism-python';

export { Prism };
