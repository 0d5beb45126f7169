import type { OpenApiDocument } from "../codegen/spec.js";

/** A schema object of the spec (the subset the contract gate reads). */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  discriminator?: { propertyName: string };
  /** Why ldkit deliberately differs from LaunchDarkly's contract here (on a schema or an inline property). */
  "x-ldkit-deviation"?: string;
  /** On a schema: why a property that is a `$ref`, or that ldkit leaves out, differs from LaunchDarkly's. */
  "x-ldkit-property-deviations"?: Record<string, string>;
}

/** A schema with the name of the component it came from (the last `$ref` followed), if any. */
export interface NamedSchema {
  name: string | undefined;
  schema: SchemaObject;
}

/** What a schema describes, as far as the gate is concerned. */
export type SchemaShape = "object" | "array" | "union" | "enum" | "string" | "number" | "boolean" | "any";

/**
 * Follows `$ref`s to the schema they name (local `#/components/schemas/...` references only).
 * @example
 * resolveSchema(doc, { $ref: "#/components/schemas/Import" }); // { name: "Import", schema: { type: "object", … } }
 */
export function resolveSchema(doc: OpenApiDocument, schema: SchemaObject, name?: string): NamedSchema {
  let current = schema;
  let currentName = name;
  for (let hops = 0; current.$ref; hops++) {
    if (hops > 32) throw new Error(`reference cycle at ${current.$ref}`);
    const match = /^#\/components\/schemas\/(.+)$/.exec(current.$ref);
    const target = match?.[1] ? doc.components?.schemas?.[match[1]] : undefined;
    if (!match?.[1] || !target) throw new Error(`unresolvable reference ${current.$ref}`);
    currentName = match[1];
    current = target as SchemaObject;
  }
  if (current.allOf?.length === 1 && current.allOf[0]) {
    const inner = resolveSchema(doc, current.allOf[0], currentName);
    return { name: inner.name, schema: inner.schema };
  }
  return { name: currentName, schema: current };
}

/**
 * Classifies a resolved schema.
 * @example
 * shapeOf({ type: "string", enum: ["a"] }); // "enum"
 */
export function shapeOf(schema: SchemaObject): SchemaShape {
  if (schema.oneOf || schema.anyOf) return "union";
  if (schema.enum) return "enum";
  if (schema.type === "array" || schema.items) return "array";
  if (schema.type === "object" || schema.properties || schema.additionalProperties !== undefined) return "object";
  if (schema.type === "string") return "string";
  if (schema.type === "integer" || schema.type === "number") return "number";
  if (schema.type === "boolean") return "boolean";
  return "any";
}
