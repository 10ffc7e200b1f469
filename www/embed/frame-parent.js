// For the host page of an iframe embed: resizes every <iframe data-assistance-calculator> to
// the height its page reports, accepting messages only from that frame's own origin.
window.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'assistance-calculator:height') return;
  for (const frame of document.querySelectorAll('iframe[data-assistance-calculator]')) {
    if (event.source === frame.contentWindow && event.origin === new URL(frame.src, location.href).origin) {
      const height = Number(event.data.height);
      if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = `${height}px`;
    }
  }
});
