// Screens a roster in a Web Worker, so the page stays responsive: the file is read as a byte
// stream and fed to the engine's streaming screener (the same code as the command line's
// `screen`), one household in memory at a time. Cancelling terminates this worker.
// The worker has its own wasm (engine and screener, no widget), built by Trunk as a
// classic worker script.
importScripts('../batch-worker.js');

const BATCH = 500; // rows posted to the page at a time

self.onmessage = async ({ data }) => {
  try {
    const wasm = await wasm_bindgen({ module_or_path: '../batch-worker_bg.wasm' });
    const screener = new wasm_bindgen.BatchScreener(data.today ?? undefined);
    const reader = data.file.stream().getReader();
    let read = 0;
    let rows = [];
    let problems = [];
    const flush = () => {
      self.postMessage({ type: 'progress', read, total: data.file.size, rows, problems, stats: screener.stats() });
      rows = [];
      problems = [];
    };
    const take = (events) => {
      rows.push(...events.rows);
      problems.push(...events.problems);
      if (events.fatal) throw Object.assign(new Error('fatal'), { fatal: events.fatal });
      if (rows.length >= BATCH) flush();
    };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      read += value.byteLength;
      take(screener.push(value));
      flush();
    }
    take(screener.finish());
    flush();
    // The wasm memory's size is reported for the benchmark (it only grows).
    self.postMessage({ type: 'done', stats: screener.stats(), csv: screener.csv(), wasmBytes: wasm.memory.buffer.byteLength });
  } catch (error) {
    self.postMessage({ type: 'fatal', problems: error.fatal ?? [{ zh: `无法读取文件：${error.message}`, en: `cannot read the file: ${error.message}` }] });
  }
};
