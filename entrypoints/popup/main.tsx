import '../../src/ui/theme.css';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <PopupApp />, 'common.appName');
