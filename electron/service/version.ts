/** Kept in step with package.json by tests/unit/service/version.test.ts. */
export const APP_VERSION = '0.1.0';
