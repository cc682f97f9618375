#
# Pipe and Connection over two `_vm` channels (CPython uses a socketpair).
#

__all__ = ['Pipe', 'Connection']

import _vm


class Connection(object):

    def __init__(self, send_ch, recv_ch, readable=True, writable=True):
        self._send_ch = send_ch
        self._recv_ch = recv_ch
        self._readable = readable
        self._writable = writable
        self._closed = False
        self._pending = []

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def send(self, obj):
        self._check_closed()
        if not self._writable:
            raise OSError("connection is read-only")
        _vm.channel_put(self._send_ch, obj)

    def recv(self):
        self._check_closed()
        if not self._readable:
            raise OSError("connection is write-only")
        if self._pending:
            return self._pending.pop(0)
        return _vm.channel_get(self._recv_ch)[1]

    def poll(self, timeout=0.0):
        self._check_closed()
        if self._pending:
            return True
        if timeout is not None and timeout <= 0:
            return _vm.channel_qsize(self._recv_ch) > 0
        ok, obj = _vm.channel_get(self._recv_ch, True, timeout)
        if ok:
            self._pending.append(obj)
        return ok

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(buf)
        end = len(data) if size is None else offset + size
        self.send(data[offset:end])

    def recv_bytes(self, maxlength=None):
        return self.recv()

    def close(self):
        self._closed = True

    def fileno(self):
        self._check_closed()
        return self._recv_ch

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    a = _vm.channel_new(0)
    if duplex:
        b = _vm.channel_new(0)
        return Connection(a, b), Connection(b, a)
    return Connection(None, a, writable=False), Connection(a, None, readable=False)
