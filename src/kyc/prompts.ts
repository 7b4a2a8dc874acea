// The prompt table: what FaceTec's browser SDK (10.1.x default strings) and Binance's KYC page show,
// in English and Simplified Chinese, with what each one means for the user's attempt budget.
// Sources: FaceTec's own strings (shared/fixtures/facetec-prompts.json) and the prompts the
// troubleshooting guide quotes; the guide quotes English only, so their Chinese lines (marked
// `zhOwn`) are our translation of the same message, not a verified Binance string.
// FaceTec's own strings in its other languages (9.6.28: af, ar, de, el, es, fr, kk, no, pt-br, ru)
// are data, generated from the facts file: src/kyc/facetec-strings.generated.json (see match.ts).
//
// Text is the second signal: on a page that uses FaceTec's SDK, its element ids and their
// visibility decide what counts (src/kyc/facetec-sdk.ts); the text picks the explanation.
//
// Order matters: when several prompts are on screen, the first matching rule explains it (the
// lockout before failures, failures before live guidance).

/** A phrase, or several phrases that must all be on the same screen (for short, generic phrases). */
export type PromptAlternative = string | readonly string[];

export interface PromptRule {
  id: string;
  /** 'failed': the screen ends an attempt; 'lockout': attempts are exhausted; null: live guidance. */
  counts: 'failed' | 'lockout' | null;
  /** Troubleshooting-guide scenario numbers (1 lighting … 10 lockout); the first one is the fix shown. */
  scenarios: readonly number[];
  en: readonly PromptAlternative[];
  zh: readonly PromptAlternative[];
  /** The Chinese lines are our translation (the guide quotes English only). */
  zhOwn?: true;
}

export const PROMPT_RULES: readonly PromptRule[] = [
  {
    id: 'lockout',
    counts: 'lockout',
    scenarios: [10],
    en: ['Too many attempts, please try again in 24 hours', ['Too many attempts', '24 hours']],
    zh: ['尝试次数过多，请24小时后再试', ['尝试次数过多', '24小时']],
    zhOwn: true,
  },
  {
    id: 'retry-screen',
    counts: 'failed',
    scenarios: [1, 2],
    en: ["Let's Try That Again", 'We Need a Clearer Video Selfie'],
    // "再试一次" alone is also an ordinary button label, so it needs the retry screen's hint beside it.
    zh: ['我们需要更清晰的视频自拍', ['再试一次', '请使用理想的姿势和光线']],
  },
  { id: 'match-failed', counts: 'failed', scenarios: [3], en: ["Face Didn't Match Highly Enough"], zh: ['面部匹配程度不够'] },
  // Not an attempt: no face scan was taken yet (the reasoning is in facetec-sdk.ts, COUNTING_PARTS).
  { id: 'camera-feed-issue', counts: null, scenarios: [4, 9], en: ['Issue Securing Camera Feed'], zh: ['出现问题：确保摄像头馈送信号'] },
  // Session aborted mid-scan: most often the connection dropped or the tab lost the camera.
  { id: 'session-ended', counts: 'failed', scenarios: [6], en: ['Critical Error Session Ended'], zh: ['严重错误会话已结束'] },

  { id: 'ideal-pose-lighting', counts: null, scenarios: [1, 2], en: ['Please Use Ideal Pose & Lighting'], zh: ['请使用理想的姿势和光线'] },
  { id: 'no-glare', counts: null, scenarios: [1], en: ['No Glare or Extreme Lighting'], zh: ['避免反光或极端光线'], zhOwn: true },
  { id: 'too-blurry', counts: null, scenarios: [1], en: ['Too Blurry, Clean Camera'], zh: ['过于模糊，请清理摄像头'] },
  { id: 'neutral-expression', counts: null, scenarios: [3], en: ['Neutral Expression, No Smiling'], zh: ['表情自然，不要微笑'] },
  { id: 'too-bright', counts: null, scenarios: [1], en: ['Conditions Too Bright'], zh: ['环境太亮'] },
  { id: 'too-dark', counts: null, scenarios: [1], en: ['Brighten Your Environment'], zh: ['将环境调亮'] },
  { id: 'uneven-light', counts: null, scenarios: [1], en: ['Light Face More Evenly'], zh: ['让面部光线更均匀'] },
  { id: 'dark-glasses', counts: null, scenarios: [8], en: ['Remove Dark Glasses'], zh: ['摘掉深色眼镜'] },
  { id: 'look-ahead', counts: null, scenarios: [2], en: ['Look Straight Ahead'], zh: ['直视前方'] },
  { id: 'head-straight', counts: null, scenarios: [2], en: ['Hold Your Head Straight'], zh: ['保持头部正直'] },
  { id: 'eye-level', counts: null, scenarios: [2], en: ['Move Camera To Eye Level'], zh: ['将摄像头移到与眼睛平齐的高度'] },
  { id: 'fill-oval', counts: null, scenarios: [2], en: ['Move Face Closer & Fill Oval'], zh: ['将面部靠近并填满椭圆框'] },
  { id: 'rotate-device', counts: null, scenarios: [2], en: ['Please Rotate Your Device'], zh: ['请旋转您的设备'] },
  { id: 'camera-in-use', counts: null, scenarios: [4], en: ['Camera already in use by another App.'], zh: ['有其他应用程序正在使用摄像头。'] },
  { id: 'video-modified', counts: null, scenarios: [9], en: ['A 3rd-Party App is modifying the video.'], zh: ['有第三方应用程序正在修改视频。'] },
  { id: 'firefox-permission', counts: null, scenarios: [4, 5], en: ['Camera permissions not remembered in Firefox.'], zh: ['Firefox未记住摄像头权限。'] },
  { id: 'enable-camera', counts: null, scenarios: [4], en: ['Enable Camera'], zh: ['启用摄像头'] },
  { id: 'slow-upload', counts: null, scenarios: [6], en: ['Still Uploading... Slow Connection'], zh: ['仍在上传中……连接速度较慢'] },

  // Prompts quoted by the troubleshooting guide from Binance's own page.
  { id: 'ensure-lighting', counts: null, scenarios: [1], en: ['Please ensure adequate lighting'], zh: ['请确保光线充足'], zhOwn: true },
  { id: 'face-not-clear', counts: null, scenarios: [1], en: ['Face not clear'], zh: ['面部不清晰'], zhOwn: true },
  { id: 'look-at-camera', counts: null, scenarios: [2], en: ['Please look straight at the camera'], zh: ['请直视摄像头'], zhOwn: true },
  { id: 'cannot-access-camera', counts: null, scenarios: [4], en: ['Cannot access camera'], zh: ['无法访问摄像头'], zhOwn: true },
  { id: 'device-busy', counts: null, scenarios: [4], en: ['Device Busy'], zh: ['设备繁忙'], zhOwn: true },
  { id: 'network-error', counts: null, scenarios: [6], en: ['Network error'], zh: ['网络错误'], zhOwn: true },
  { id: 'background-cluttered', counts: null, scenarios: [7], en: ['Background too cluttered'], zh: ['背景过于杂乱'], zhOwn: true },
  { id: 'remove-accessories', counts: null, scenarios: [8], en: ['Please remove glasses/mask/hat'], zh: ['请摘下眼镜/口罩/帽子'], zhOwn: true },
  { id: 'replay-detected', counts: null, scenarios: [9], en: ['Replay attack detected'], zh: ['检测到重放攻击'], zhOwn: true },
];
