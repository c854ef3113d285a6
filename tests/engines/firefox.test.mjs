// The smoke suite (smoke.mjs) in Firefox ESR, through geckodriver.
import { smokeSuite } from './smoke.mjs';

smokeSuite('firefox');
