import { describe, expect, it } from "vitest";
import { loadOfficialContract, parseOfficialContract } from "../../src/contract/official-models.js";

const dts = `
export interface Thing {
    'id': string;
    'count'?: number;
    'on': boolean;
    'tags': Array<string>;
    '_links': {
        [key: string]: Link;
    };
    'status': ThingStatusEnum;
    'anything'?: any;
    'maybe'?: string | null;
}
export declare const ThingStatusEnum: {
    readonly Ready: "ready";
    readonly Done: "done";
};
export type ThingStatusEnum = typeof ThingStatusEnum[keyof typeof ThingStatusEnum];
export interface Link {
    'href'?: string;
}
export declare class SegmentsApi extends BaseAPI {
    getThing(projectKey: string, limit?: number, options?: AxiosRequestConfig): Promise<import("axios").AxiosResponse<Thing, any>>;
    uploadThing(projectKey: string, file?: any, mode?: string, options?: AxiosRequestConfig): Promise<import("axios").AxiosResponse<void, any>>;
    putThing(projectKey: string, thing: Thing, options?: AxiosRequestConfig): Promise<import("axios").AxiosResponse<void, any>>;
}
export declare class UserSettingsApi extends BaseAPI {
}
`;
const api = `
export const SegmentsApiAxiosParamCreator = function (configuration?: Configuration) {
    return {
        getThing: async (projectKey: string, limit?: number, options: AxiosRequestConfig = {}): Promise<RequestArgs> => {
            const localVarPath = \`/api/v2/things/{projectKey}\`;
            const localVarRequestOptions = { method: 'GET', ...baseOptions, ...options};
            if (limit !== undefined) { localVarQueryParameter['limit'] = limit; }
        },
        uploadThing: async (projectKey: string, file?: any, mode?: string, options: AxiosRequestConfig = {}): Promise<RequestArgs> => {
            const localVarPath = \`/api/v2/things/{projectKey}/upload\`;
            const localVarRequestOptions = { method: 'POST', ...baseOptions, ...options};
            if (file !== undefined) { localVarFormParams.append('file', file as any); }
            if (mode !== undefined) { localVarFormParams.append('mode', mode as any); }
        },
        putThing: async (projectKey: string, thing: Thing, options: AxiosRequestConfig = {}): Promise<RequestArgs> => {
            const localVarPath = \`/api/v2/things/{projectKey}\`;
            const localVarRequestOptions = { method: 'PUT', ...baseOptions, ...options};
        },
    }
};
`;

describe("reading LaunchDarkly's official client", () => {
  it("reads models, enums, optional properties and the operations' wire facts", () => {
    const official = parseOfficialContract(dts, api, "1.2.3");
    const thing = official.models.get("Thing")!;
    expect(Object.fromEntries(thing.properties)).toEqual({
      id: { required: true, type: { kind: "primitive", type: "string" } },
      count: { required: false, type: { kind: "primitive", type: "number" } },
      on: { required: true, type: { kind: "primitive", type: "boolean" } },
      tags: { required: true, type: { kind: "array", items: { kind: "primitive", type: "string" } } },
      _links: { required: true, type: { kind: "map", values: { kind: "model", name: "Link" } } },
      status: { required: true, type: { kind: "enum", name: "ThingStatusEnum", values: ["ready", "done"] } },
      anything: { required: false, type: { kind: "any" } },
      maybe: { required: false, type: { kind: "primitive", type: "string" } },
    });
    expect(official.operations.get("getThing")).toEqual({
      operationId: "getThing",
      method: "get",
      path: "/api/v2/things/{projectKey}",
      response: { kind: "model", name: "Thing" },
    });
    expect(official.operations.get("putThing")?.body).toEqual({ kind: "model", name: "Thing" });
    const upload = official.operations.get("uploadThing")!;
    expect(upload.body).toBeUndefined();
    expect(upload.response).toEqual({ kind: "void" });
    expect(Object.fromEntries(upload.form!.properties)).toEqual({
      file: { required: false, type: { kind: "any" } },
      mode: { required: false, type: { kind: "primitive", type: "string" } },
    });
  });

  it("fails clearly when an operation has no request builder", () => {
    expect(() => parseOfficialContract(dts, "export const SegmentsApiAxiosParamCreator = () => ({});", "1.2.3")).toThrow(
      "no request builder for getThing",
    );
  });

  it("finds ldkit's 23 operations in the installed client, 17.2.0", async () => {
    const official = await loadOfficialContract();
    expect(official.version).toBe("17.2.0");
    expect(official.operations.size).toBe(23);
    expect(official.models.get("Import")?.properties.get("status")?.type).toEqual({
      kind: "enum",
      name: "ImportStatusEnum",
      values: ["preparing", "pending_approval", "ready", "in_progress", "complete", "stopped"],
    });
  });
});
