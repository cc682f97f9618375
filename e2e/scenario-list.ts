/** Every scenario, with a query that makes its run short: for specs that visit them all. */
export const ALL_SCENARIOS: readonly { id: string; query: string }[] = [
  { id: 'ticket', query: 'tickets=5&speed=50' },
  { id: 'sing-dance', query: 'iterations=5&speed=20' },
  { id: 'bakery', query: 'count=4&speed=20' },
  { id: 'processes', query: 'dance=5&song=5&speed=50' },
  { id: 'globals', query: 'increments=2&speed=20' },
  { id: 'process-queue', query: 'count=4&speed=20' },
  { id: 'bounded-queue', query: 'variant=fixed&speed=50' },
  { id: 'thread-pool', query: 'speed=20' },
  { id: 'process-pool', query: 'tasks=4&speed=20' },
  { id: 'pool', query: 'tasks=4&speed=20' },
  { id: 'gil', query: 'workers=2&work=io&requests=4&speed=10' },
  { id: 'custom', query: 'speed=max' },
];
