import { describe, expect, it } from "vitest";
import { segment } from "../../../src/index.js";
import * as bigSegment from "./big-segment.cases.js";
import * as details from "./details.cases.js";
import * as rules from "./rules.cases.js";
import { applierTables, covered } from "./table.js";
import * as targets from "./targets.cases.js";

describe("addTags, removeTags, updateName", () => applierTables(details.applies, details.rejects));
describe("individual target kinds", () => applierTables(targets.applies, targets.rejects));
describe("rule kinds", () => applierTables(rules.applies, rules.rejects));
describe("big segment kinds", () => applierTables(bigSegment.applies, bigSegment.rejects));

it("the tables exercise every one of the 26 segment instruction kinds", () => {
  expect([...covered].sort()).toStrictEqual(Object.keys(segment).sort());
  expect(covered.size).toBe(26);
});
