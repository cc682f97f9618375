/**
 * The download tasks both sides need: the URLs (the lesson's three, then more
 * in its style) and each one's simulated download time, drawn as the program
 * shown draws them (`random.seed(seed)` then `random.uniform(0.2, 2)` per URL).
 */
import { PyRandom } from '../pools/py-random';
import type { ParamValues } from '../types';

export const URLS = [
  'https://www.baidu.com',
  'https://www.163.com',
  'https://www.qq.com',
  'https://www.sina.com.cn',
  'https://www.sohu.com',
  'https://www.taobao.com',
  'https://www.jd.com',
  'https://www.bilibili.com',
  'https://www.zhihu.com',
  'https://www.douban.com',
  'https://www.weibo.com',
  'https://www.ifeng.com',
  'https://www.csdn.net',
  'https://www.tmall.com',
  'https://www.youku.com',
  'https://www.iqiyi.com',
  'https://www.meituan.com',
  'https://www.ctrip.com',
  'https://www.xinhuanet.com',
  'https://www.people.com.cn',
] as const;

export const MIN_DELAY = 0.2;
export const MAX_DELAY = 2;

import { num } from '../param-values';

export interface DownloadTasks {
  urls: string[];
  delays: number[];
  maxWorkers: number;
  mode: 'map' | 'as_completed';
  random: boolean;
  seed: number;
}

export function downloadTasks(p: ParamValues): DownloadTasks {
  const count = Math.max(1, Math.min(URLS.length, num(p, 'urls', 3)));
  const urls = URLS.slice(0, count);
  const random = p.latency !== 'fixed';
  const seed = num(p, 'seed', 15);
  const rng = new PyRandom(seed);
  const fixed = num(p, 'delay', 1);
  const delays = urls.map(() => (random ? rng.uniform(MIN_DELAY, MAX_DELAY) : fixed));
  return { urls, delays, maxWorkers: num(p, 'max_workers', 20), mode: p.mode === 'as_completed' ? 'as_completed' : 'map', random, seed };
}
