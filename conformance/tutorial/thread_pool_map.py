# tutorial: ThreadPoolExecutor.map over url_list (one worker, so print order is the input order)
from concurrent.futures.thread import ThreadPoolExecutor
_ThreadPool_max_workers = 1
url_list = ['https://www.baidu.com', 'https://www.163.com', 'https://www.qq.com']
def down_ts(url):
    print(url)
def multi_threaded_download(url_list):
    with ThreadPoolExecutor(max_workers=_ThreadPool_max_workers) as executor:
        executor.map(down_ts, url_list)
multi_threaded_download(url_list)
