// Every unit test sees every language registered, as a page sees the one it loaded.
import '../../src/i18n/icu-eager';
import '../../src/i18n/all';
