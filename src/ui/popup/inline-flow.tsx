// The inline pre-flight is the pre-flight page's own flow (<PreflightFlow source="popup" />), loaded
// only when the user asks, so opening the popup never pays for the model, wasm or camera code.
import { lazy } from 'preact/compat';

const Flow = lazy(async () => ({ default: (await import('../preflight/PreflightFlow')).PreflightFlow }));

export function InlineFlow() {
  // The popup's "Run pre-flight" was the click: the flow starts on its own.
  return <Flow source="popup" autoStart />;
}
