// The benchmarks' shared HTTP client (pnpm bench, pnpm bench:read): plain node:http with keep-alive (fetch
// costs about 1 ms of CPU per request, taken from the cores the API and PostgreSQL share).
import http from 'node:http';

/** A POST of a GraphQL body to 127.0.0.1:port/graphql over a keep-alive agent of `maxSockets`; resolves with the text. */
export function graphqlPoster(maxSockets: number): (port: number, body: string, token?: string) => Promise<string> {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const post = (port: number, body: string, token: string | undefined, retried: boolean): Promise<string> =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve(text));
          res.on('error', reject);
        },
      );
      // a keep-alive socket the server closed while it was idle (its keepAliveTimeout) fails at once on reuse:
      // sent again once on a new socket, as Node's documentation advises (http, request.reusedSocket)
      req.on('error', (e: NodeJS.ErrnoException) => (req.reusedSocket && e.code === 'ECONNRESET' && !retried ? post(port, body, token, true).then(resolve, reject) : reject(e)));
      req.end(body);
    });
  return (port, body, token) => post(port, body, token, false);
}
