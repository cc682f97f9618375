// The relay for "Open in Perfetto" (see src/ui/timeline/perfetto.ts). Served
// without Cross-Origin-Opener-Policy, so the window it opens keeps its handle
// and Perfetto's PING/PONG handshake can run. It gets the trace from the lab
// page over a BroadcastChannel (same origin), never from its own URL.
(() => {
  const CHANNEL = 'concurrency-lab-perfetto';
  const id = new URLSearchParams(location.search).get('id') || '';
  const status = document.getElementById('status');
  const button = document.getElementById('open');
  const say = (state, text) => {
    status.dataset.status = state;
    status.textContent = text;
  };

  function handshake(win, msg) {
    const origin = new URL(msg.target).origin;
    let answered = false;
    const onMessage = (e) => {
      if (e.source !== win || e.data !== 'PONG' || answered) return;
      answered = true;
      clearInterval(ping);
      window.removeEventListener('message', onMessage);
      win.postMessage({ perfetto: { buffer: msg.buffer, title: msg.title } }, origin);
      say('sent', 'Trace sent to Perfetto. You can close this tab. / trace 已发送，可以关闭此页。');
    };
    window.addEventListener('message', onMessage);
    const ping = setInterval(() => win.postMessage('PING', origin), 250);
    setTimeout(() => {
      if (answered) return;
      clearInterval(ping);
      say('timeout', 'Perfetto did not answer. / Perfetto 没有回应。');
    }, 60000);
  }

  function open(msg) {
    const win = window.open(msg.target, '_blank');
    if (!win) {
      // A popup blocker wants a click in this page.
      say('click', 'Click to open Perfetto. / 请点击打开 Perfetto。');
      button.hidden = false;
      button.onclick = () => {
        button.hidden = true;
        open(msg);
      };
      return;
    }
    say('handshake', 'Waiting for Perfetto… / 正在等待 Perfetto…');
    handshake(win, msg);
  }

  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = (e) => {
    const msg = e.data;
    if (!msg || msg.type !== 'trace' || msg.id !== id || typeof msg.target !== 'string') return;
    ch.close();
    open(msg);
  };
  ch.postMessage({ type: 'ready', id });
})();
