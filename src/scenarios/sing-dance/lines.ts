/** Line numbers of the tutorial's sing/dance program (section 多线程). */
export const SING_DANCE_LINES = {
  sing: { loop: 5, sleep: 6, print: 7 },
  dance: { loop: 10, sleep: 11, print: 12 },
} as const;
