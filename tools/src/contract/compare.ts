import { deref, listOperations, type OpenApiDocument, type RequestBodyObject, type ResponseObject } from "../codegen/spec.js";
import type { OfficialContract, OfficialModel, OfficialType } from "./official-models.js";
import { resolveSchema, shapeOf, type NamedSchema, type SchemaObject } from "./spec-schema.js";

/**
 * The version of `launchdarkly-api-typescript` whose models the spec was last reviewed against.
 * Bumping the official client without moving this makes the gate fail until the change is reviewed.
 */
export const REFERENCE_VERSION = "17.2.0";

/** What differs: a property's presence, its required-ness, enum values, the value type, a body, or the route. */
export type DifferenceKind = "property" | "required" | "enum" | "type" | "body" | "route";

/**
 * One difference between LaunchDarkly's contract and ldkit's spec. `side` says who has the extra
 * thing: `launchdarkly` ("LaunchDarkly added X") or `ldkit` ("ldkit invented X").
 */
export interface ContractDifference {
  /** The operation and body the difference was reached from, e.g. `getBigSegmentImport 200`. */
  via: string;
  /** LaunchDarkly's model name (as in the official client). */
  launchDarkly: string;
  /** ldkit's schema name (`Owner.property` for an inline schema). */
  schema: string;
  /** The property, when the difference is about one. */
  property?: string;
  kind: DifferenceKind;
  side: "launchdarkly" | "ldkit";
  message: string;
  /** The `x-ldkit-deviation` reason that marks this difference as deliberate, if any. */
  deviation?: string;
}

/** A LaunchDarkly model and the ldkit schema it was compared with. */
export interface ContractPair {
  via: string;
  launchDarkly: string;
  schema: string;
}

/** The gate's result: the pairs compared, every difference (marked or not), and marks that excuse nothing. */
export interface ContractReport {
  referenceVersion: string;
  installedVersion: string;
  operations: number;
  pairs: ContractPair[];
  differences: ContractDifference[];
  /** `Schema` or `Schema.property` locations of deviation marks that match no difference. */
  unusedMarks: string[];
}

/**
 * Compares ldkit's spec with LaunchDarkly's official client for every operation of the spec: method
 * and path, request bodies (JSON and form fields) and 2xx bodies, recursively. Pure.
 * @example
 * const report = compareContract(doc, await loadOfficialContract());
 * const failing = report.differences.filter((d) => !d.deviation);
 */
export function compareContract(doc: OpenApiDocument, official: OfficialContract): ContractReport {
  const walker = new Walker(doc, official);
  const ops = listOperations(doc);
  for (const { method, path, operation } of ops) {
    const id = operation.operationId;
    const theirs = official.operations.get(id);
    if (!theirs) {
      walker.add({ via: id, launchDarkly: "-", schema: "-", kind: "route", side: "ldkit", message: `ldkit invented operation \`${id}\`` });
      continue;
    }
    if (theirs.method !== method || theirs.path !== path) {
      walker.add({
        via: id,
        launchDarkly: "-",
        schema: "-",
        kind: "route",
        side: "launchdarkly",
        message: `LaunchDarkly routes \`${id}\` as ${theirs.method.toUpperCase()} ${theirs.path}, ldkit as ${method.toUpperCase()} ${path}`,
      });
    }
    walker.requestBody(
      id,
      operation.requestBody ? deref<RequestBodyObject>(doc, operation.requestBody) : undefined,
      theirs.body,
      theirs.form,
    );
    const success = Object.entries(operation.responses).find(([status]) => /^2\d\d$/.test(status));
    const response = success ? deref<ResponseObject>(doc, success[1]) : undefined;
    const json = response?.content?.["application/json"] as { schema?: SchemaObject } | undefined;
    walker.responseBody(`${id} ${success?.[0] ?? "2xx"}`, json?.schema, theirs.response);
  }
  return {
    referenceVersion: REFERENCE_VERSION,
    installedVersion: official.version,
    operations: ops.length,
    pairs: walker.pairs,
    differences: walker.differences,
    unusedMarks: walker.unusedMarks(),
  };
}

const typeName = (t: OfficialType): string => {
  switch (t.kind) {
    case "model":
    case "enum":
      return t.name;
    case "array":
      return `Array<${typeName(t.items)}>`;
    case "map":
      return `{ [key: string]: ${typeName(t.values)} }`;
    case "primitive":
      return t.type;
    default:
      return t.kind;
  }
};

const list = (values: Iterable<unknown>): string => [...values].map((v) => `\`${String(v)}\``).join(", ");

class Walker {
  readonly pairs: ContractPair[] = [];
  readonly differences: ContractDifference[] = [];
  private readonly seen = new Set<string>();
  private readonly usedMarks = new Set<string>();

  constructor(
    private readonly doc: OpenApiDocument,
    private readonly official: OfficialContract,
  ) {}

  add(d: ContractDifference): void {
    this.differences.push(d);
  }

  requestBody(id: string, body: RequestBodyObject | undefined, theirs: OfficialType | undefined, form: OfficialModel | undefined): void {
    const via = `${id} request`;
    const candidates: Array<{ media: string; named: NamedSchema }> = [];
    for (const [media, content] of Object.entries(body?.content ?? {})) {
      const schema = (content as { schema?: SchemaObject }).schema;
      if (!schema) continue;
      const named = resolveSchema(this.doc, schema);
      if (media === "multipart/form-data") {
        if (form) this.model(via, form, named);
        else this.mismatch(via, "-", named, undefined, "body", "ldkit", `ldkit invented a form body (\`${named.name}\`)`);
        continue;
      }
      // A body that may take several formats lists each as an alternative.
      const alternatives =
        named.schema.oneOf && !named.schema.discriminator ? named.schema.oneOf.map((s) => resolveSchema(this.doc, s)) : [named];
      for (const alt of alternatives) candidates.push({ media, named: alt });
    }
    if (form && !body?.content?.["multipart/form-data"]) {
      this.add({
        via,
        launchDarkly: form.name,
        schema: "-",
        kind: "body",
        side: "launchdarkly",
        message: "LaunchDarkly added a form body",
      });
    }
    if (!theirs) {
      for (const c of candidates)
        this.mismatch(via, "-", c.named, undefined, "body", "ldkit", `ldkit invented request format \`${c.named.name}\` (${c.media})`);
      return;
    }
    if (candidates.length === 0) {
      this.add({
        via,
        launchDarkly: typeName(theirs),
        schema: "-",
        kind: "body",
        side: "launchdarkly",
        message: `LaunchDarkly added a request body (\`${typeName(theirs)}\`)`,
      });
      return;
    }
    const theirName = typeName(theirs);
    const match = candidates.find((c) => c.named.name === theirName) ?? (candidates.length === 1 ? candidates[0] : undefined);
    for (const c of candidates) {
      if (c === match) this.type(via, theirs, c.named, { owner: theirName, schema: c.named.name ?? "(inline)" });
      else
        this.mismatch(
          via,
          theirName,
          c.named,
          undefined,
          "body",
          "ldkit",
          `ldkit invented request format \`${c.named.name}\` (${c.media}), which LaunchDarkly's model \`${theirName}\` does not describe`,
        );
    }
  }

  responseBody(via: string, schema: SchemaObject | undefined, theirs: OfficialType): void {
    if (!schema) {
      if (theirs.kind !== "void")
        this.add({
          via,
          launchDarkly: typeName(theirs),
          schema: "-",
          kind: "body",
          side: "launchdarkly",
          message: `LaunchDarkly added a response body (\`${typeName(theirs)}\`)`,
        });
      return;
    }
    const named = resolveSchema(this.doc, schema);
    if (theirs.kind === "void") {
      this.mismatch(via, "void", named, undefined, "body", "ldkit", `ldkit invented a response body (\`${named.name}\`)`);
      return;
    }
    this.type(via, theirs, named, { owner: typeName(theirs), schema: named.name ?? "(inline)" });
  }

  /** Compares a value of LaunchDarkly type `theirs` with ldkit's schema `ours`. `at` names the property holding it, if any. */
  private type(
    via: string,
    theirs: OfficialType,
    ours: NamedSchema,
    at: { owner: string; schema: string; property?: string; holder?: SchemaObject },
  ): void {
    const shape = shapeOf(ours.schema);
    const label = ours.name ?? (at.property ? `${at.schema}.${at.property}` : at.schema);
    const here = { ...ours, name: label };
    const wrongType = () =>
      this.mismatch(
        via,
        at.owner,
        here,
        at,
        "type",
        "launchdarkly",
        `LaunchDarkly types ${at.property ? `\`${at.property}\`` : "the body"} as ${typeName(theirs)}, ldkit as ${shape}`,
      );
    switch (theirs.kind) {
      case "any":
      case "void":
        return;
      case "model": {
        const model = this.official.models.get(theirs.name);
        if (!model) throw new Error(`official model ${theirs.name} not found`);
        if (shape === "object") this.model(via, model, here);
        else if (shape === "union") this.union(via, model, here);
        else wrongType();
        return;
      }
      case "map": {
        if (shape !== "object") {
          wrongType();
          return;
        }
        for (const p of Object.keys(ours.schema.properties ?? {})) this.propertyOnlyOurs(via, typeName(theirs), here, p);
        const extra = ours.schema.additionalProperties;
        if (typeof extra === "object")
          this.type(via, theirs.values, resolveSchema(this.doc, extra), { owner: at.owner, schema: label, property: "[key]" });
        else if (theirs.values.kind !== "any") wrongType();
        return;
      }
      case "array":
        if (shape !== "array") {
          wrongType();
          return;
        }
        if (ours.schema.items)
          this.type(via, theirs.items, resolveSchema(this.doc, ours.schema.items), {
            owner: at.owner,
            schema: label,
            property: `${at.property ?? ""}[]`,
          });
        return;
      case "enum": {
        if (shape === "string") {
          this.mismatch(
            via,
            at.owner,
            here,
            at,
            "enum",
            "launchdarkly",
            `LaunchDarkly added an enum to ${this.what(at)}: ${list(theirs.values)}`,
          );
          return;
        }
        if (shape !== "enum") {
          wrongType();
          return;
        }
        this.enumValues(via, at, here, theirs.values, (ours.schema.enum ?? []).map(String));
        return;
      }
      case "primitive":
        if (shape === "enum" && theirs.type === "string") {
          this.mismatch(
            via,
            at.owner,
            here,
            at,
            "enum",
            "ldkit",
            `ldkit invented an enum for ${this.what(at)}: ${list(ours.schema.enum ?? [])} (LaunchDarkly: any string)`,
          );
          return;
        }
        if (shape !== theirs.type) wrongType();
        return;
    }
  }

  private what(at: { property?: string }): string {
    return at.property ? `\`${at.property}\`` : "the value";
  }

  private enumValues(
    via: string,
    at: { owner: string; property?: string; holder?: SchemaObject },
    ours: NamedSchema,
    theirs: string[],
    mine: string[],
  ): void {
    const added = theirs.filter((v) => !mine.includes(v));
    const invented = mine.filter((v) => !theirs.includes(v));
    if (added.length > 0)
      this.mismatch(via, at.owner, ours, at, "enum", "launchdarkly", `LaunchDarkly added ${this.what(at)} value(s) ${list(added)}`);
    if (invented.length > 0)
      this.mismatch(via, at.owner, ours, at, "enum", "ldkit", `ldkit invented ${this.what(at)} value(s) ${list(invented)}`);
  }

  /** A LaunchDarkly model against one ldkit object schema. `skip` names a discriminator compared at the union. */
  private model(via: string, model: OfficialModel, ours: NamedSchema, skip?: string): void {
    const schemaName = ours.name ?? "(inline)";
    const key = `${model.name}→${schemaName}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.pairs.push({ via, launchDarkly: model.name, schema: schemaName });
    const props = ours.schema.properties ?? {};
    const required = new Set(ours.schema.required ?? []);
    for (const [name, prop] of model.properties) {
      if (name === skip) continue;
      const mine = props[name];
      if (!mine) {
        this.add(
          this.marked(
            {
              via,
              launchDarkly: model.name,
              schema: schemaName,
              property: name,
              kind: "property",
              side: "launchdarkly",
              message: `LaunchDarkly added \`${name}\` (ldkit's schema does not have it)`,
            },
            ours.schema,
            name,
          ),
        );
        continue;
      }
      if (prop.required !== required.has(name)) {
        this.add(
          this.marked(
            {
              via,
              launchDarkly: model.name,
              schema: schemaName,
              property: name,
              kind: "required",
              side: prop.required ? "launchdarkly" : "ldkit",
              message: prop.required
                ? `LaunchDarkly requires \`${name}\`; ldkit leaves it optional`
                : `ldkit requires \`${name}\`; LaunchDarkly leaves it optional`,
            },
            ours.schema,
            name,
          ),
        );
      }
      this.type(via, prop.type, resolveSchema(this.doc, mine), {
        owner: model.name,
        schema: schemaName,
        property: name,
        holder: ours.schema,
      });
    }
    for (const name of Object.keys(props)) {
      if (name !== skip && !model.properties.has(name)) this.propertyOnlyOurs(via, model.name, ours, name);
    }
  }

  private propertyOnlyOurs(via: string, launchDarkly: string, ours: NamedSchema, name: string): void {
    const schemaName = ours.name ?? "(inline)";
    this.add(
      this.marked(
        {
          via,
          launchDarkly,
          schema: schemaName,
          property: name,
          kind: "property",
          side: "ldkit",
          message: `ldkit invented \`${name}\` (LaunchDarkly's model does not have it)`,
        },
        ours.schema,
        name,
      ),
    );
  }

  /** A flat LaunchDarkly model (one model for every kind) against ldkit's union of one schema per kind. */
  private union(via: string, model: OfficialModel, ours: NamedSchema): void {
    const schemaName = ours.name ?? "(inline)";
    const key = `${model.name}→${schemaName}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const variants = (ours.schema.oneOf ?? ours.schema.anyOf ?? []).map((v) => resolveSchema(this.doc, v));
    const d = ours.schema.discriminator?.propertyName;
    if (d) {
      const theirs = model.properties.get(d);
      const mine = variants.flatMap((v) => (v.schema.properties?.[d]?.enum ?? []).map(String));
      const at = { owner: model.name, property: d };
      if (!theirs) this.mismatch(via, model.name, ours, at, "property", "ldkit", `ldkit invented the discriminator \`${d}\``);
      else if (theirs.type.kind === "enum") this.enumValues(via, at, ours, theirs.type.values, mine);
      else
        this.mismatch(
          via,
          model.name,
          ours,
          at,
          "enum",
          "ldkit",
          `ldkit invented an enum for \`${d}\`: ${list(mine)} (LaunchDarkly: ${typeName(theirs.type)})`,
        );
    }
    for (const v of variants) {
      if (shapeOf(v.schema) === "object") this.model(via, model, v, d);
      else
        this.mismatch(
          via,
          model.name,
          v,
          undefined,
          "type",
          "ldkit",
          `ldkit's variant \`${v.name}\` of \`${schemaName}\` is not an object`,
        );
    }
  }

  /** Records a schema-level difference (or one about a property `at.property` of `at.holder`). */
  private mismatch(
    via: string,
    launchDarkly: string,
    ours: NamedSchema,
    at: { schema?: string; property?: string; holder?: SchemaObject } | undefined,
    kind: DifferenceKind,
    side: "launchdarkly" | "ldkit",
    message: string,
  ): void {
    const property = at?.property && !at.property.endsWith("]") ? at.property : undefined;
    const owner = at?.holder && property ? at.schema : ours.name;
    const d: ContractDifference = {
      via,
      launchDarkly,
      schema: owner ?? "(inline)",
      kind,
      side,
      message,
      ...(property ? { property } : {}),
    };
    // A mark on the property (or on its owner for `$ref` properties) wins; else the schema's own mark.
    let marked = at?.holder && property ? this.marked(d, at.holder, property) : d;
    if (!marked.deviation && ours.schema["x-ldkit-deviation"] && ours.name) {
      marked = { ...marked, deviation: ours.schema["x-ldkit-deviation"] };
      this.usedMarks.add(`schema:${ours.name}`);
    }
    this.add(marked);
  }

  /** Attaches the property's deviation mark (inline `x-ldkit-deviation` or the owner's `x-ldkit-property-deviations`). */
  private marked(d: ContractDifference, holder: SchemaObject, property: string): ContractDifference {
    const inline = holder.properties?.[property]?.["x-ldkit-deviation"];
    const listed = holder["x-ldkit-property-deviations"]?.[property];
    const reason = inline ?? listed;
    if (!reason) return d;
    this.usedMarks.add(`prop:${d.schema}.${property}`);
    return { ...d, deviation: reason };
  }

  /** Marks in the spec that excuse no difference (stale after an alignment, or misplaced). */
  unusedMarks(): string[] {
    const out: string[] = [];
    for (const [name, raw] of Object.entries(this.doc.components?.schemas ?? {})) {
      const schema = raw as SchemaObject;
      if (schema["x-ldkit-deviation"] && !this.usedMarks.has(`schema:${name}`)) out.push(name);
      for (const [p, prop] of Object.entries(schema.properties ?? {})) {
        if (prop["x-ldkit-deviation"] && !this.usedMarks.has(`prop:${name}.${p}`)) out.push(`${name}.${p}`);
      }
      for (const p of Object.keys(schema["x-ldkit-property-deviations"] ?? {})) {
        if (!this.usedMarks.has(`prop:${name}.${p}`)) out.push(`${name}.${p}`);
      }
    }
    return out;
  }
}
