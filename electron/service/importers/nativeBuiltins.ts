/**
 * pdfjs-dist's legacy build (the one that runs on Node 20) installs core-js polyfills over the
 * engine's own built-ins when it loads — JSON.stringify/parse and Array.prototype.push among them —
 * which makes the whole process several times slower at serialising data. `keepNativeBuiltins`
 * runs a loader and then puts back every built-in that existed before it; what the engine lacks
 * (Promise.withResolvers on Node 20 …) stays polyfilled, since the library needs it.
 */
const BUILTINS: object[] = [
  JSON,
  Object,
  Array,
  Array.prototype,
  Promise,
  Promise.prototype,
  String.prototype,
  Map.prototype,
  Set.prototype,
  Math,
  Number,
  Reflect,
  Uint8Array,
  Uint8Array.prototype,
  RegExp.prototype,
  Symbol,
];

export async function keepNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const saved = BUILTINS.map((target) => Object.getOwnPropertyDescriptors(target));
  try {
    return await load();
  } finally {
    BUILTINS.forEach((target, index) => {
      for (const [key, descriptor] of Object.entries(saved[index]!)) {
        const now = Object.getOwnPropertyDescriptor(target, key);
        if (now && (now.value !== descriptor.value || now.get !== descriptor.get) && now.configurable) {
          Object.defineProperty(target, key, descriptor);
        }
      }
    });
  }
}
