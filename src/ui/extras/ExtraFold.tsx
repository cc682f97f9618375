// A scenario view the reader opens and shuts (the live watch): open where the
// page has room, shut on a phone and in projector mode so the lesson's own
// views and the outcome stay on the first screen. The reader's choice holds
// across lessons for the visit.
import { useState, type ReactNode } from 'react';
import { useLab } from '../../store/lab-store';

const chosen = new Map<string, boolean>();

function roomy(): boolean {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 901px)').matches;
}

export function ExtraFold({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const large = useLab((s) => s.size === 'large');
  const [open, setOpen] = useState<boolean>(() => chosen.get(id) ?? (roomy() && !large));
  return (
    <details
      className="panel panel-extra panel-fold"
      data-testid={`fold-${id}`}
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        chosen.set(id, now);
        setOpen(now);
      }}
    >
      <summary className="panel-title">{title}</summary>
      {children}
    </details>
  );
}
