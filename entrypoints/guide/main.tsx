// First: the page's language starts loading before the rest of its code is evaluated.
import '../../src/ui/page-locale';
import '../../src/ui/theme.css';
import '../../src/ui/guide/guide.css';
import { GuideApp } from '../../src/ui/guide/GuideApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <GuideApp />, 'guide.title');
