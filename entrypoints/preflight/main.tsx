// First: the page's language starts loading before the rest of its code is evaluated.
import '../../src/ui/page-locale';
import '../../src/ui/theme.css';
import { PreflightApp } from '../../src/ui/preflight/PreflightApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <PreflightApp />, 'common.preflightTitle');
