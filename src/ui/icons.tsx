/** Tiny inline icons: glyphs like ⏭ or ⛶ are missing from many system fonts. */

export function StepIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" fill="currentColor">
      <path d="M2 2.5v9l7-4.5z" />
      <rect x="10" y="2.5" width="2" height="9" rx="0.5" />
    </svg>
  );
}

export function FullscreenIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M1.5 5V1.5H5M9 1.5h3.5V5M12.5 9v3.5H9M5 12.5H1.5V9" />
    </svg>
  );
}
