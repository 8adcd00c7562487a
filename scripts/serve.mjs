// A tiny static server for the demo (no dependencies): `/` is demo/index.html, every other path
// a file of this repository. `npm start` builds first, then runs this.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server. `delay` maps a path to milliseconds to wait before answering it
 * (the smoke test uses it to make the script arrive late); `headers` are added to every answer;
 * `benchDependencies` also serves bench/node_modules (the benchmark's peers).
 */
export function serve({port = 8000, host = '127.0.0.1', delay = {}, headers = {}, benchDependencies = false} = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path === '/' ? join(root, 'demo/index.html') : join(root, normalize(path));
    const dependency = file.includes('/node_modules/') && !(benchDependencies && file.startsWith(join(root, 'bench/node_modules/')));
    if (!file.startsWith(root + '/') || dependency || file.includes('/.git/')) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    // Browsers ask for /favicon.ico on their own; answer "no content" rather than a 404 error.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (delay[path]) await new Promise((r) => setTimeout(r, delay[path]));
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers});
      res.end(body);
    } catch {
      res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT) || 8000;
  try {
    await serve({port, host: process.env.HOST || 'localhost'});
    console.log(`Attune demo: http://localhost:${port}  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is busy: run PORT=8001 npm start` : error.message);
    process.exit(1);
  }
}
