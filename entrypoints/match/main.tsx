// First: the page's language starts loading before the rest of its code is evaluated.
import '../../src/ui/page-locale';
import '../../src/ui/theme.css';
import '../../src/ui/match/match.css';
import { MatchApp } from '../../src/ui/match/MatchApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <MatchApp />, 'match.title');
