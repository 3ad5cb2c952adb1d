// The reference of browser mode's start and first screen: a bare node http server that answers every
// request with one static page (BENCH_PAGE, or a line of text) and prints its URL once it listens.
import { createServer } from 'node:http';

const page = process.env.BENCH_PAGE ?? 'ok\n';
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(page);
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}/`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
