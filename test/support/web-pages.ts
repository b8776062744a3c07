import { buildPagesIfChanged } from '../../web/server/build.js';

/** Builds the web pages once before the run when their sources changed, so the browser tests serve the current pages. */
export default function setup(): void {
  buildPagesIfChanged();
}
