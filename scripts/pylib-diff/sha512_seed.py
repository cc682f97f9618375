# the pure-Python SHA-512 behind random.seed(str) on our VM equals hashlib's; str seeds
import hashlib, os, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'python', 'lib'))
from _sha512 import sha512
msgs = [b'', b'abc', b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 5, 'héllo 线程'.encode()]
print(all(sha512(m).digest() == hashlib.sha512(m).digest() for m in msgs))
h = sha512(b'ab'); h.update(b'c'); print(h.hexdigest() == hashlib.sha512(b'abc').hexdigest())
random.seed('hello'); print(random.random(), random.randint(1, 100))
random.seed(b'bytes seed'); print(random.random())
random.seed('v1', version=1); print(random.random())
