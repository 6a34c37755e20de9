/** express and express-pouchdb ship no types; the test server uses them as plain request handlers. */
declare module 'express' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
  interface App extends Handler {
    use(path: string, handler: Handler): App;
  }
  function express(): App;
  export default express;
}
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  function expressPouchDB(pouch: unknown, options?: Record<string, unknown>): (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
  export default expressPouchDB;
}
