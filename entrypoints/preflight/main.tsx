import '../../src/ui/theme.css';
import { PreflightApp } from '../../src/ui/preflight/PreflightApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <PreflightApp />, 'common.preflightTitle');
