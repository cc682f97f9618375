/**
 * Scenario-specific panels (a queue's contents, a process tree, globals side
 * by side), by scenario id. Scenarios stay free of React; their views live here.
 * Each view reads the store itself.
 */
import type { ComponentType } from 'react';

export interface ExtraPanel {
  title: { zh: string; en: string };
  component: ComponentType;
}

export const scenarioExtras: Record<string, ExtraPanel[]> = {};
