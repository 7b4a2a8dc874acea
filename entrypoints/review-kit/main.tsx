// First: the page's language starts loading before the rest of its code is evaluated.
import '../../src/ui/page-locale';
import '../../src/ui/theme.css';
import { ReviewKitApp } from '../../src/ui/review-kit/ReviewKitApp';
import { mountPage } from '../../src/ui/mount';

void mountPage(() => <ReviewKitApp />, 'reviewKit.title', ['en']);
