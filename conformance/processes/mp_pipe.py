# multiprocessing.Pipe send/recv in both directions
import multiprocessing
def echo(conn):
    while (msg := conn.recv()) != 'bye':
        conn.send(msg.upper())
    conn.close()
if __name__ == '__main__':
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=echo, args=(b,))
    p.start()
    for w in ['ping', '线程']:
        a.send(w)
        print(a.recv())
    a.send('bye'); p.join()
    print('exitcode', p.exitcode)
