// The iframe fallback for CMSs that strip scripts: options come from the URL fragment
// (#region=430602&mode=elder&parent=https://www.example.gov.cn), and the page tells its parent
// its height. Only the height is posted; no household data leaves the frame.
import './assistance-calculator.js';

const params = new URLSearchParams(location.hash.slice(1));
const widget = document.getElementById('widget');
for (const name of ['region', 'mode', 'lang']) {
  const value = params.get(name);
  if (value) widget.setAttribute(name, value);
}

const target = params.get('parent') ?? '*';
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'assistance-calculator:height', height }, target);
  }
}).observe(document.body);
