// For the contexts that format from their first message (background, content script, tests):
// intl-messageformat in their own bundle, installed when this module is evaluated.
import { IntlMessageFormat } from 'intl-messageformat';
import { installIcu } from './icu';

installIcu(IntlMessageFormat);
