/**
 * The wire types this package builds. Every request type is generated from the OpenAPI spec by
 * `pnpm generate` (`./generated/request-types.gen.ts`: the schemas of the request bodies of
 * `patchSegment`, `patchExpiringTargetsForSegment`, `patchExpiringUserTargetsForSegment` and
 * `patchExpiringFlagsForUser`, and nothing else); this module re-exports them and adds the one
 * hand-written helper type.
 */
export type * from "./generated/request-types.gen.js";

/**
 * The parameters of an instruction builder: the instruction without its `kind`.
 *
 * @example
 * const params: InstructionParams<SegmentAddTagsInstruction> = { values: ["beta"] };
 * segment.addTags(params); // { kind: "addTags", values: ["beta"] }
 */
export type InstructionParams<I extends { kind: string }> = Omit<I, "kind">;
