// Settings baked into the bundle by test/e2e/bundle-suite.ts (esbuild `define`): where the outer runner listens
// for screenshot requests ('' when there is no runner that can take them, e.g. under @vscode/test-electron).
declare const __JIXIAO_E2E_SHOTS__: string | undefined;

export const shotsDir: string = typeof __JIXIAO_E2E_SHOTS__ === 'string' ? __JIXIAO_E2E_SHOTS__ : '';
