import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Never a blank page: a failure in one panel shows a message in that panel. */
export class ErrorBoundary extends Component<{ children: ReactNode; label: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="notice notice-warn" role="alert">
          <strong>{this.props.label}</strong>
          <p>{this.state.error.message}</p>
          <button type="button" className="btn btn-quiet" onClick={() => this.setState({ error: null })}>
            ↺
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
