import type { MessageParams } from '../../i18n/translate';
import type { Measurements } from '../row';

/** A row's measurements as message parameters (booleans are not shown). */
export function paramsOf(measured: Measurements): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(measured)) if (typeof value !== 'boolean') params[name] = value;
  return params;
}
