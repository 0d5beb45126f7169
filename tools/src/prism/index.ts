export { startPrism, freePort, type PrismServer, type StartPrismOptions } from "./server.js";
export { derivePrismView, writePrismView } from "./spec-view.js";
