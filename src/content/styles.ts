// The in-page UI's look: deliberately unlike Binance (no yellow and black, no Binance fonts), an
// indigo "extension" badge that names itself, so nobody mistakes it for the exchange's own UI.
export const KYC_UI_CSS = `
:host { position: static; }
.launcher, .card {
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  color: #1e1b4b;
  box-sizing: border-box;
}
.launcher {
  position: fixed; inset-inline-end: 16px; bottom: 16px; z-index: 2147483646;
  display: flex; align-items: center; gap: 4px;
  padding: 4px; border-radius: 999px;
  background: #ede9fe; border: 2px dashed #4338ca;
  box-shadow: 0 4px 16px rgba(30, 27, 75, .35);
}
.open {
  display: flex; align-items: center; gap: 8px;
  border: 0; border-radius: 999px; padding: 8px 14px;
  background: #4338ca; color: #fff; font: inherit; font-weight: 600; cursor: pointer;
}
.open small { display: block; font-weight: 400; font-size: 11px; opacity: .9; }
.open svg { flex: none; }
.close {
  border: 0; background: transparent; color: #312e81; cursor: pointer;
  width: 28px; height: 28px; border-radius: 999px; font: 700 16px/1 system-ui, sans-serif;
}
.close:hover { background: #ddd6fe; }
button:focus-visible, a:focus-visible { outline: 3px solid #f97316; outline-offset: 2px; }
.card {
  position: fixed; z-index: 2147483647; width: min(300px, calc(100vw - 16px));
  padding: 10px 12px 12px; border-radius: 12px;
  background: #ffffff; border: 2px solid #4338ca; border-inline-start-width: 6px;
  box-shadow: 0 6px 20px rgba(30, 27, 75, .3);
}
.card header { display: flex; align-items: center; gap: 6px; font-weight: 700; color: #4338ca; font-size: 12px; }
.card header span { flex: 1; }
.card p { margin: 6px 0 0; }
.card .counted { font-weight: 600; color: #9a3412; }
.card .scenario { font-size: 12px; color: #4b5563; }
.card .scenario a { color: #3730a3; text-decoration: underline; }
.card .left { font-size: 13px; }
.card .where { font-size: 12px; color: #4b5563; }
.card .actions { display: flex; flex-wrap: wrap; gap: 6px; }
.card .cta {
  margin-top: 8px; text-align: start; border: 1px solid #4338ca; background: #eef2ff; color: #312e81;
  border-radius: 8px; padding: 4px 10px; font: inherit; cursor: pointer;
}
@media (prefers-color-scheme: dark) {
  .launcher { background: #1e1b4b; border-color: #a5b4fc; }
  .close { color: #e0e7ff; }
  .close:hover { background: #312e81; }
  .card { background: #1e1b4b; color: #e0e7ff; border-color: #a5b4fc; }
  .card header { color: #c7d2fe; }
  .card .counted { color: #fdba74; }
  .card .scenario, .card .where { color: #c7d2fe; }
  .card .scenario a { color: #e0e7ff; }
  .card .cta { background: #312e81; color: #e0e7ff; border-color: #a5b4fc; }
}
`;
