/**
 * The two consumer files of the type-check benchmark: every one of the 23 operations called once,
 * with the same values, through ldkit and through launchdarkly-api-typescript, each result used.
 * Each call is written as the library asks for it (ldkit: one object; the official client:
 * positional arguments); semantic patch bodies of `patchSegment` need a cast in the official client,
 * whose type for it is JSON Patch only.
 */
const P = `"default"`;
const E = `"production"`;
const S = `"beta-testers"`;
const BIG = `"enterprise-devices"`;
const U = `"Abbie_Braun"`;
const F = `"sort.order"`;
const CTX = `"device-key-123abc"`;
const EXPORT_ID = `"7c9e6679-7425-40de-944b-e07fc1f90ae7"`;
const IMPORT_ID = `"1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d"`;

const bodies = {
  postSegment: `{ key: "beta-testers", name: "Beta testers", description: "bench", tags: ["beta"] }`,
  patchSegment: `{ environmentKey: "production", comment: "bench", instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["user-1"] }, { kind: "addRule", clauses: [{ contextKind: "user", attribute: "email", op: "endsWith", values: ["@example.com"], negate: false }] }] }`,
  evaluate: `{ key: "user-key-123abc", kind: "user", name: "Sandy" }`,
  expiringTargets: `{ comment: "bench", instructions: [{ kind: "addExpiringTarget", targetType: "included", contextKey: "user-1", contextKind: "user", value: 1754092860000 }] }`,
  expiringUserTargets: `{ comment: "bench", instructions: [{ kind: "addExpireUserTargetDate", targetType: "included", userKey: "user-1", value: 1754092860000 }] }`,
  bigTargets: `{ included: { add: ["device-key-123abc", "device-key-456def"] }, excluded: { remove: ["device-key-789ghi"] } }`,
  expiringFlags: `{ comment: "bench", instructions: [{ kind: "addExpireUserTargetDate", flagKey: "sort.order", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d", value: 1754092860000 }] }`,
  flagSetting: `{ setting: true, comment: "bench" }`,
};

export function ldkitConsumer(): string {
  const calls = [
    `ld.getSegments({ projectKey: ${P}, environmentKey: ${E}, limit: 20, filter: "tags anyOf [beta]" })`,
    `ld.postSegment({ projectKey: ${P}, environmentKey: ${E}, body: ${bodies.postSegment} })`,
    `ld.getSegment({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${S} })`,
    `ld.patchSegment({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${S}, body: ${bodies.patchSegment} })`,
    `ld.deleteSegment({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${S} })`,
    `ld.getContextInstanceSegmentsMembershipByEnv({ projectKey: ${P}, environmentKey: ${E}, body: ${bodies.evaluate} })`,
    `ld.getExpiringTargetsForSegment({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${S} })`,
    `ld.patchExpiringTargetsForSegment({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${S}, body: ${bodies.expiringTargets} })`,
    `ld.getExpiringUserTargetsForSegment({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${S} })`,
    `ld.patchExpiringUserTargetsForSegment({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${S}, body: ${bodies.expiringUserTargets} })`,
    `ld.getSegmentMembershipForContext({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${BIG}, contextKey: ${CTX} })`,
    `ld.getSegmentMembershipForUser({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${BIG}, userKey: ${U} })`,
    `ld.updateBigSegmentContextTargets({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${BIG}, body: ${bodies.bigTargets} })`,
    `ld.updateBigSegmentTargets({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${BIG}, body: ${bodies.bigTargets} })`,
    `ld.createBigSegmentExport({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${BIG} })`,
    `ld.getBigSegmentExport({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${BIG}, exportID: ${EXPORT_ID} })`,
    `ld.createBigSegmentImport({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${BIG}, body: { file: new Blob(["key\\ndevice-1\\n"]), mode: "merge" } })`,
    `ld.getBigSegmentImport({ projectKey: ${P}, environmentKey: ${E}, segmentKey: ${BIG}, importID: ${IMPORT_ID} })`,
    `ld.getExpiringFlagsForUser({ projectKey: ${P}, userKey: ${U}, environmentKey: ${E} })`,
    `ld.patchExpiringFlagsForUser({ projectKey: ${P}, userKey: ${U}, environmentKey: ${E}, body: ${bodies.expiringFlags} })`,
    `ld.getUserFlagSettings({ projectKey: ${P}, environmentKey: ${E}, userKey: ${U} })`,
    `ld.getUserFlagSetting({ projectKey: ${P}, environmentKey: ${E}, userKey: ${U}, featureFlagKey: ${F} })`,
    `ld.putFlagSetting({ projectKey: ${P}, environmentKey: ${E}, userKey: ${U}, featureFlagKey: ${F}, body: ${bodies.flagSetting} })`,
  ];
  return consumer(`import { createClient } from "@ldkit/client";\nconst ld = createClient({ apiKey: "api-bench" });`, calls);
}

export function officialConsumer(): string {
  const calls = [
    `segments.getSegments(${P}, ${E}, 20, undefined, undefined, "tags anyOf [beta]")`,
    `segments.postSegment(${P}, ${E}, ${bodies.postSegment})`,
    `segments.getSegment(${P}, ${E}, ${S})`,
    `segments.patchSegment(${P}, ${E}, ${S}, ${bodies.patchSegment} as unknown as PatchWithComment)`,
    `segments.deleteSegment(${P}, ${E}, ${S})`,
    `segments.getContextInstanceSegmentsMembershipByEnv(${P}, ${E}, ${bodies.evaluate})`,
    `segments.getExpiringTargetsForSegment(${P}, ${E}, ${S})`,
    `segments.patchExpiringTargetsForSegment(${P}, ${E}, ${S}, ${bodies.expiringTargets})`,
    `segments.getExpiringUserTargetsForSegment(${P}, ${E}, ${S})`,
    `segments.patchExpiringUserTargetsForSegment(${P}, ${E}, ${S}, ${bodies.expiringUserTargets})`,
    `segments.getSegmentMembershipForContext(${P}, ${E}, ${BIG}, ${CTX})`,
    `segments.getSegmentMembershipForUser(${P}, ${E}, ${BIG}, ${U})`,
    `segments.updateBigSegmentContextTargets(${P}, ${E}, ${BIG}, ${bodies.bigTargets})`,
    `segments.updateBigSegmentTargets(${P}, ${E}, ${BIG}, ${bodies.bigTargets})`,
    `segments.createBigSegmentExport(${P}, ${E}, ${BIG})`,
    `segments.getBigSegmentExport(${P}, ${E}, ${BIG}, ${EXPORT_ID})`,
    `segments.createBigSegmentImport(${P}, ${E}, ${BIG}, new Blob(["key\\ndevice-1\\n"]), "merge")`,
    `segments.getBigSegmentImport(${P}, ${E}, ${BIG}, ${IMPORT_ID})`,
    `userSettings.getExpiringFlagsForUser(${P}, ${U}, ${E})`,
    `userSettings.patchExpiringFlagsForUser(${P}, ${U}, ${E}, ${bodies.expiringFlags})`,
    `userSettings.getUserFlagSettings(${P}, ${E}, ${U})`,
    `userSettings.getUserFlagSetting(${P}, ${E}, ${U}, ${F})`,
    `userSettings.putFlagSetting(${P}, ${E}, ${U}, ${F}, ${bodies.flagSetting})`,
  ].map((call) => `(await ${call}).data`);
  return consumer(
    `import { Configuration, SegmentsApi, UserSettingsApi, type PatchWithComment } from "launchdarkly-api-typescript";\nconst configuration = new Configuration({ apiKey: "api-bench" });\nconst segments = new SegmentsApi(configuration);\nconst userSettings = new UserSettingsApi(configuration);`,
    calls,
  );
}

function consumer(preamble: string, calls: string[]): string {
  if (calls.length !== 23) throw new Error(`expected 23 operations, got ${calls.length}`);
  const lines = calls.map((call, i) => `  const r${i} = ${call.startsWith("(await") ? call : `await ${call}`};\n  results.push(r${i});`);
  return `// Generated by packages/bench (type-check benchmark): all 23 operations, each called once.\n${preamble}\n\nexport async function main(): Promise<unknown[]> {\n  const results: unknown[] = [];\n${lines.join("\n")}\n  return results;\n}\n`;
}
