import type { AppliesCase, RejectsCase } from "./table.js";

export const applies: AppliesCase[] = [
  [
    "addTags appends new tags and keeps existing ones once",
    { given: { instructions: [{ kind: "addTags", values: ["beta", "pilot", "eu"] }] }, want: { tags: ["beta", "pilot", "eu"] } },
  ],
  [
    "removeTags removes tags and ignores missing ones",
    { given: { instructions: [{ kind: "removeTags", values: ["beta", "nope"] }] }, want: { tags: [] } },
  ],
  ["updateName sets the name", { given: { instructions: [{ kind: "updateName", value: "Pilot" }] }, want: { name: "Pilot" } }],
  [
    "instructions apply in order",
    {
      given: {
        instructions: [
          { kind: "addTags", values: ["x"] },
          { kind: "removeTags", values: ["x"] },
          { kind: "updateName", value: "A" },
          { kind: "updateName", value: "B" },
        ],
      },
      want: { tags: ["beta"], name: "B" },
    },
  ],
];

export const rejects: RejectsCase[] = [];
