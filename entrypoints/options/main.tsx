// First: the page's language starts loading before the rest of its code is evaluated.
import '../../src/ui/page-locale';
import '../../src/ui/theme.css';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <OptionsApp />, 'common.optionsTitle');
