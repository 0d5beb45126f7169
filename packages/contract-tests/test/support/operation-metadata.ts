// The spec's operation table (method, path, documented statuses) for the contract suite. It is generated
// tooling data that `@ldkit/client` keeps out of its public API, so the suite reads it from the source.
export { operationMetadata } from "../../../client/src/generated/operation-metadata.gen.js";
