# heapq and bisect
import heapq, bisect
h = [5, 1, 8, 3, 2]
heapq.heapify(h); print(h[0], [heapq.heappop(h) for _ in range(3)], h)
print(heapq.nlargest(2, [4, 9, 1, 7]), heapq.nsmallest(2, [4, 9, 1, 7]), list(heapq.merge([1, 4], [2, 3])))
s = [1, 3, 5, 7]
print(bisect.bisect_left(s, 5), bisect.bisect_right(s, 5), bisect.bisect(s, 4)); bisect.insort(s, 4); print(s)
