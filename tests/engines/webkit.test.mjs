// The smoke suite (smoke.mjs) in WebKitGTK, the engine of Safari, through
// WebKitWebDriver and its MiniBrowser on a virtual display.
import { smokeSuite } from './smoke.mjs';

smokeSuite('webkit');
