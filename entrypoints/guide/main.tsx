import '../../src/ui/theme.css';
import '../../src/guide/guide.css';
import { GuideApp } from '../../src/guide/GuideApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <GuideApp />, 'guide.title');
