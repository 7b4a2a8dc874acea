// One fake www.binance.com server and one extension launch (no camera) shared by a whole spec
// file or describe block: the content-script specs need both, torn down together.
import { test } from '@playwright/test';
import { HOST_ARGS, startFakeBinance, type FakeBinance } from './binance-server';
import { launchExtension, type LaunchedExtension } from './extension';

export interface BinanceSession {
  readonly server: FakeBinance;
  readonly extension: LaunchedExtension;
}

/** Call at file or describe level; the getters are valid inside tests. */
export function useBinanceSession(): BinanceSession {
  let server: FakeBinance | undefined;
  let extension: LaunchedExtension | undefined;
  test.beforeAll(async () => {
    server = await startFakeBinance();
    extension = await launchExtension({ clip: null, extraArgs: HOST_ARGS });
  });
  test.afterAll(async () => {
    await extension?.context.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('binance session used outside a test');
      return server;
    },
    get extension() {
      if (!extension) throw new Error('binance session used outside a test');
      return extension;
    },
  };
}
