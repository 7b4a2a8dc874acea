// The inline pre-flight is the pre-flight page's own flow (<PreflightFlow source="popup" />), loaded
// only when the user asks, so the popup itself never pays for the model, wasm or camera code.
// import.meta.glob keeps the popup building while that component does not exist yet: with no match
// the popup hands over to the pre-flight page instead.
import { lazy } from 'preact/compat';
import type { ComponentType } from 'preact';

type FlowModule = { PreflightFlow: ComponentType<{ source: 'popup' | 'page' }> };
const modules = import.meta.glob<FlowModule>('../preflight/PreflightFlow.tsx');
const loader = Object.values(modules)[0];

export const inlineFlowAvailable = loader !== undefined;

const Flow = lazy(async () => {
  const module = await loader!();
  return { default: module.PreflightFlow };
});

export function InlineFlow() {
  return <Flow source="popup" />;
}
