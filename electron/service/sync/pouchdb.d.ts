/**
 * The few PouchDB calls sync makes, typed here: @types/pouchdb-core declares a global `Buffer`
 * that breaks Node's own, so it is not installed.
 */
declare module 'pouchdb-core' {
  const PouchDB: import('./pouch').PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
