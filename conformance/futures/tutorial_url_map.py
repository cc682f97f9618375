# the tutorial's ThreadPoolExecutor.map over url_list (prints made ordered by collecting results)
from concurrent.futures.thread import ThreadPoolExecutor
_ThreadPool_max_workers = 20
url_list = ['https://www.baidu.com', 'https://www.163.com', 'https://www.qq.com']
def down_ts(url):
    return url
def multi_threaded_download(url_list):
    with ThreadPoolExecutor(max_workers=_ThreadPool_max_workers) as executor:
        for url in executor.map(down_ts, url_list):
            print(url)
multi_threaded_download(url_list)
