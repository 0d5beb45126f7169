import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_TARGETS_PER_INSTRUCTION,
  chunkSegmentPatch,
  segment,
  validateSegmentPatch,
  splitTargets,
  type SegmentInstruction,
  type SegmentSemanticPatch,
} from "../src/index.js";
import { expectRejection, keys, type InvalidCase } from "./helpers.js";

const TARGET_KINDS = [
  "addIncludedTargets",
  "addExcludedTargets",
  "removeIncludedTargets",
  "removeExcludedTargets",
  "addIncludedUsers",
  "addExcludedUsers",
  "removeIncludedUsers",
  "removeExcludedUsers",
  "addBigSegmentIncludedTargets",
  "addBigSegmentExcludedTargets",
  "removeBigSegmentIncludedTargets",
  "removeBigSegmentExcludedTargets",
] as const;
type TargetKind = (typeof TARGET_KINDS)[number];

function targetInstruction(kind: TargetKind, contextKind: string, values: string[]): SegmentInstruction {
  return (
    kind.endsWith("Targets") && !kind.includes("BigSegment") ? { kind, contextKind, values } : { kind, values }
  ) as SegmentInstruction;
}

/** The change as a flat list of atoms: one per target key, one per other instruction. */
function atoms(instructions: readonly SegmentInstruction[]): string[] {
  return instructions.flatMap((instruction) => {
    const { kind, values, ...rest } = instruction as { kind: string; values?: unknown };
    return (TARGET_KINDS as readonly string[]).includes(kind)
      ? (values as string[]).map((key) => JSON.stringify([kind, rest, key]))
      : [JSON.stringify(instruction)];
  });
}

const keyCount = (instruction: SegmentInstruction) =>
  (TARGET_KINDS as readonly string[]).includes(instruction.kind) ? (instruction as { values: string[] }).values.length : 0;

describe("splitTargets", () => {
  it("splits 4000 keys into instructions of 1500, 1500 and 1000, in order", () => {
    const all = keys(4000, "org");
    const parts = splitTargets({ kind: "addIncludedTargets", contextKind: "org", values: all });
    expect(parts.map((p) => (p as { values: string[] }).values.length)).toEqual([1500, 1500, 1000]);
    expect(parts.every((p) => p.kind === "addIncludedTargets" && (p as { contextKind: string }).contextKind === "org")).toBe(true);
    expect(parts.flatMap((p) => (p as { values: string[] }).values)).toEqual(all);
  });

  it("accepts maxKeys 1500, the per-instruction limit itself", () => {
    const parts = splitTargets({ kind: "addIncludedUsers", values: keys(1501) }, { maxKeys: 1500 });
    expect(parts.map((p) => (p as { values: string[] }).values.length)).toEqual([1500, 1]);
  });

  it("returns a small or keyless instruction unchanged, as one item", () => {
    expect(splitTargets(segment.addTags({ values: ["beta"] }))).toStrictEqual([{ kind: "addTags", values: ["beta"] }]);
    expect(splitTargets({ kind: "addIncludedUsers", values: ["u1"] }, { maxKeys: 1 })).toStrictEqual([
      { kind: "addIncludedUsers", values: ["u1"] },
    ]);
  });

  it("property: no key lost or repeated, every part valid and within maxKeys", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3200 }),
        fc.integer({ min: 1, max: MAX_TARGETS_PER_INSTRUCTION }),
        fc.constantFrom(...TARGET_KINDS),
        (values, maxKeys, kind) => {
          const parts = splitTargets(targetInstruction(kind, "org", values), { maxKeys });
          expect(parts.flatMap((p) => (p as { values: string[] }).values)).toEqual(values);
          expect(parts).toHaveLength(Math.ceil(values.length / maxKeys));
          for (const part of parts) {
            const size = (part as { values: string[] }).values.length;
            expect(size).toBeGreaterThan(0);
            expect(size).toBeLessThanOrEqual(maxKeys);
            expect(part.kind).toBe(kind);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  const invalid: InvalidCase[] = [
    [
      "a kind given as an array holding a target kind name",
      {
        given: () => splitTargets({ kind: ["addIncludedUsers"], values: "u1" } as never),
        want: { kind: "splitTargets", field: "kind", rule: "must be one of the segment instruction kinds" },
      },
    ],
    [
      "maxKeys 0",
      {
        given: () => splitTargets(segment.addTags({ values: ["a"] }), { maxKeys: 0 }),
        want: { kind: "splitTargets", field: "options.maxKeys", rule: "must be an integer from 1 to 1500 (got 0)" },
      },
    ],
    [
      "maxKeys above the limit",
      {
        given: () => splitTargets(segment.addTags({ values: ["a"] }), { maxKeys: 1501 }),
        want: { kind: "splitTargets", field: "options.maxKeys", rule: "must be an integer from 1 to 1500" },
      },
    ],
    [
      "a fractional maxKeys",
      {
        given: () => splitTargets(segment.addTags({ values: ["a"] }), { maxKeys: 2.5 }),
        want: { kind: "splitTargets", field: "options.maxKeys", rule: "(got 2.5)" },
      },
    ],
    [
      "an unknown option",
      {
        given: () => splitTargets(segment.addTags({ values: ["a"] }), { max: 10 } as never),
        want: { kind: "splitTargets", field: "options.max", rule: "is not a known field" },
      },
    ],
    [
      "a key repeated across future parts",
      {
        given: () => splitTargets({ kind: "addIncludedUsers", values: [...keys(2000), "key-0"] }),
        want: { kind: "addIncludedUsers", field: "values[2000]", rule: 'must not repeat "key-0" (already at values[0])' },
      },
    ],
    [
      "an invalid contextKind",
      {
        given: () => splitTargets({ kind: "addIncludedTargets", contextKind: "", values: keys(3000) }),
        want: { kind: "addIncludedTargets", field: "contextKind", rule: "must not be empty" },
      },
    ],
    [
      "an unknown kind",
      {
        given: () => splitTargets({ kind: "addTargets", values: ["a"] } as never),
        want: { kind: "splitTargets", field: "kind", rule: "must be one of the segment instruction kinds" },
      },
    ],
    [
      "not an instruction",
      {
        given: () => splitTargets("addIncludedUsers" as never),
        want: { kind: "splitTargets", field: "instruction", rule: "must be an instruction object" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});

describe("chunkSegmentPatch", () => {
  it("turns a 10,000-key change into 7 valid patches, keyless instructions riding along", () => {
    const patch = {
      environmentKey: "production",
      comment: "Import pilot users",
      instructions: [
        segment.updateName({ value: "Pilot" }),
        { kind: "addIncludedTargets", contextKind: "user", values: keys(10_000) },
        segment.addTags({ values: ["pilot"] }),
      ],
    } as SegmentSemanticPatch;
    const patches = chunkSegmentPatch(patch);
    expect(patches).toHaveLength(7);
    expect(patches.map((p) => p.instructions.map((i) => `${i.kind}:${keyCount(i)}`))).toEqual([
      ["updateName:0", "addIncludedTargets:1500"],
      ["addIncludedTargets:1500"],
      ["addIncludedTargets:1500"],
      ["addIncludedTargets:1500"],
      ["addIncludedTargets:1500"],
      ["addIncludedTargets:1500"],
      ["addIncludedTargets:1000", "addTags:0"],
    ]);
    expect(patches.map((p) => p.comment)).toEqual(Array.from({ length: 7 }, (_, i) => `Import pilot users (part ${i + 1} of 7)`));
    expect(patches.every((p) => p.environmentKey === "production")).toBe(true);
  });

  it("gives the parts no comment when the patch has none", () => {
    expect(
      chunkSegmentPatch(
        { environmentKey: "production", instructions: [segment.addIncludedUsers({ values: keys(3, "u") })] },
        { maxKeys: 2 },
      ),
    ).toStrictEqual([
      { environmentKey: "production", instructions: [{ kind: "addIncludedUsers", values: ["u-0", "u-1"] }] },
      { environmentKey: "production", instructions: [{ kind: "addIncludedUsers", values: ["u-2"] }] },
    ]);
  });

  it("packs small instructions together and keeps a single patch's comment as is", () => {
    const patches = chunkSegmentPatch({
      environmentKey: "production",
      comment: "small",
      instructions: [segment.addIncludedUsers({ values: keys(3, "u") }), segment.addExcludedUsers({ values: keys(2, "v") })],
    });
    expect(patches).toStrictEqual([
      {
        environmentKey: "production",
        instructions: [
          { kind: "addIncludedUsers", values: ["u-0", "u-1", "u-2"] },
          { kind: "addExcludedUsers", values: ["v-0", "v-1"] },
        ],
        comment: "small",
      },
    ]);
  });

  it("property: no key lost, repeated or reordered; every patch valid, non-empty and within maxKeys", () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constantFrom(...TARGET_KINDS),
        contextKind: fc.constantFrom("user", "org", "device"),
        size: fc.integer({ min: 1, max: 3500 }),
      }),
      fc.record({ ruleId: fc.string({ minLength: 1, maxLength: 6 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: MAX_TARGETS_PER_INSTRUCTION }),
        fc.option(fc.string(), { nil: undefined }),
        (steps, maxKeys, comment) => {
          // Keys are unique across the whole change, so no key is both included and excluded.
          const instructions = steps.map((s, i) =>
            "kind" in s ? targetInstruction(s.kind, s.contextKind, keys(s.size, `i${i}`)) : segment.removeRule({ ruleId: s.ruleId }),
          );
          const patches = chunkSegmentPatch(
            { environmentKey: "production", instructions, ...(comment === undefined ? {} : { comment }) },
            { maxKeys },
          );
          expect(atoms(patches.flatMap((p) => p.instructions))).toEqual(atoms(instructions));
          for (const patch of patches) {
            expect(patch.instructions.length).toBeGreaterThan(0);
            expect(patch.instructions.reduce((sum, i) => sum + keyCount(i), 0)).toBeLessThanOrEqual(maxKeys);
            for (const instruction of patch.instructions) {
              if ((TARGET_KINDS as readonly string[]).includes(instruction.kind)) expect(keyCount(instruction)).toBeGreaterThan(0);
            }
            expect(validateSegmentPatch(patch)).toStrictEqual(patch);
          }
          expect(patches.length).toBeGreaterThanOrEqual(Math.ceil(instructions.reduce((sum, i) => sum + keyCount(i), 0) / maxKeys));
        },
      ),
      { numRuns: 60 },
    );
  });

  const invalid: InvalidCase[] = [
    [
      "a key included in one chunk and excluded in a later one",
      {
        given: () =>
          chunkSegmentPatch({
            environmentKey: "production",
            instructions: [segment.addIncludedUsers({ values: ["u1"] }), { kind: "addExcludedUsers", values: [...keys(2000), "u1"] }],
          }),
        want: {
          kind: "addExcludedUsers",
          field: "instructions[1].values[2000]",
          rule: 'must not be both included and excluded: instructions[0] already includes "u1"',
        },
      },
    ],
    [
      "an invalid instruction",
      {
        given: () =>
          chunkSegmentPatch({ environmentKey: "production", instructions: [{ kind: "addIncludedTargets", values: keys(2000) } as never] }),
        want: { kind: "addIncludedTargets", field: "instructions[0].contextKind", rule: "is required" },
      },
    ],
    [
      "a repeated key in an oversized list",
      {
        given: () =>
          chunkSegmentPatch({
            environmentKey: "production",
            instructions: [{ kind: "addIncludedUsers", values: ["a", ...keys(1600), "a"] }],
          }),
        want: { kind: "addIncludedUsers", field: "instructions[0].values[1601]", rule: "must not repeat" },
      },
    ],
    [
      "no instructions",
      {
        given: () => chunkSegmentPatch({ environmentKey: "production", instructions: [] }),
        want: { kind: "chunkSegmentPatch", field: "instructions", rule: "must not be empty" },
      },
    ],
    [
      "instructions that are not an array",
      {
        given: () => chunkSegmentPatch({ environmentKey: "production", instructions: "addTags" } as never),
        want: { kind: "chunkSegmentPatch", field: "instructions", rule: 'must be an array of instructions (got "addTags")' },
      },
    ],
    [
      "a missing environmentKey",
      {
        given: () => chunkSegmentPatch({ instructions: [segment.removeRule({ ruleId: "r" })] } as never),
        want: { kind: "chunkSegmentPatch", field: "environmentKey", rule: "is required" },
      },
    ],
    [
      "options that are not an object",
      {
        given: () => chunkSegmentPatch({ environmentKey: "p", instructions: [segment.removeRule({ ruleId: "r" })] }, 100 as never),
        want: { kind: "chunkSegmentPatch", field: "options", rule: "must be an object" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
