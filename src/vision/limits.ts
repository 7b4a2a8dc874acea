// The numbers the measuring itself uses: the size of the analysis window, the model's deadline, and
// the levels and rulers that turn pixels and landmarks into metrics. The limits a check judges
// those metrics by sit in that check's module (src/checks/<family>/<id>.ts); the small-face scan's
// numbers sit in small-faces.ts, the camera's in camera/limits.ts.
// Calibration: ISO/IEC 29794-5 as implemented by OFIQ, and the fixture faces (docs/eval.md).

/** Analysis window: long enough that one odd frame cannot decide. */
export const WINDOW = {
  /** The issue asks for at least 10 analysed frames; medians over fewer are too easily swayed. */
  minFrames: 10,
  /** A frame finding counts for the window when at least this share of the frames show it. */
  failShare: 0.5,
} as const;

/** The model's load deadline (the camera's waits live in camera/limits.ts), so a failure is shown as such. */
export const TIMEOUTS = {
  /** Model creation measured at 0.5–0.65 s here; 20x headroom for slow laptops. */
  modelMs: 15_000,
} as const;

/** How metrics are read from pixels and landmarks (not limits: nothing passes or fails on these). */
export const MEASURING = {
  /** Average adult interpupillary distance (ANSUR II: 63 mm mean), a steadier ruler than the 11.7 mm iris at 640 px. */
  ipdMm: 63,
  /** Laptop and USB webcams span ~55–78° horizontal FOV; 65° is the middle. The browser never tells us. */
  assumedHfovDeg: 65,
  /** Landmarks this close to (or past) the frame's edge mean part of the face is cut off. */
  edgeMargin: 0.01,
  /** OFIQ under-exposure: luma below this counts as crushed shadow. */
  underLuma: 30,
  /** OFIQ over-exposure: luma above this counts as clipped. */
  overLuma: 247,
  /** Luma at which a pixel of the eye band is a specular highlight (glare). */
  glareLuma: 245,
  /**
   * Natural skin's warmth (pixels.ts `warmth`, ln(mean red / mean blue)) in white light, the zero of the colour
   * cast: the middle of the fixture faces' own range (inner face 0.28–0.50, between the brows 0.22–0.45, docs/eval.md).
   */
  skinWarmth: 0.36,
  /** Gradient (luma steps) that makes a background pixel an edge: a plain wall is ~0.02 of them, a busy shelf > 0.15. */
  edgeLuma: 40,
} as const;
