export { startPrism, freePort, type PrismServer, type StartPrismOptions } from "./server.js";
export { derivePlainJsonView, derivePrismView, specViews, writePrismView } from "./spec-view.js";
