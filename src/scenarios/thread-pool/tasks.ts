/**
 * The download tasks of the thread-pool program: the URLs (the lesson's three,
 * then more in its style) and how long each download sleeps, as the program's
 * text says (`random.seed(seed)` then `random.uniform(0.2, 2)` per URL, or one
 * fixed time). The numbers are Python's: the VM draws them when it runs.
 */
import { num } from '../param-values';
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

export interface DownloadTasks {
  urls: string[];
  /** The fixed download time (when not random). */
  fixed: number;
  maxWorkers: number;
  mode: 'map' | 'as_completed';
  random: boolean;
  seed: number;
}

export function downloadTasks(p: ParamValues): DownloadTasks {
  const count = Math.max(1, Math.min(URLS.length, num(p, 'urls', 3)));
  return {
    urls: URLS.slice(0, count),
    fixed: num(p, 'delay', 1),
    maxWorkers: num(p, 'max_workers', 20),
    mode: p.mode === 'as_completed' ? 'as_completed' : 'map',
    random: p.latency !== 'fixed',
    seed: num(p, 'seed', 15),
  };
}
