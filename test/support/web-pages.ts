import { buildPagesIfChanged } from '../../web/server/build.js';

/** Builds the pages once, before any test file starts a gateway that serves them, so no two builds race in one folder. */
export default function setup(): void {
  buildPagesIfChanged();
}
