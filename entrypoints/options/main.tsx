import '../../src/ui/theme.css';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <OptionsApp />, 'common.optionsTitle');
