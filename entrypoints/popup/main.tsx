// First: the page's language starts loading before the rest of its code is evaluated.
import '../../src/ui/page-locale';
import '../../src/ui/theme.css';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <PopupApp />, 'common.appName');
