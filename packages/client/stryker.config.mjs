// Mutation testing of this package with the shared settings (see the file it re-exports).
export { default } from "../../stryker.base.mjs";
