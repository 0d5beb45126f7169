// ---------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT BY HAND.
// Written by `pnpm generate` (tools/src/generate.ts) from openapi/ldkit.yaml.
// Change the spec and run `pnpm generate`; `pnpm check:drift` fails when this
// file no longer matches the spec.
// ---------------------------------------------------------------------------

/** One operation as the emulator routes and validates it. */
export interface SpecOperation {
  /** HTTP method, upper case. */
  readonly method: string;
  /** Path template with `{param}` placeholders. */
  readonly path: string;
  /** JSON Schema of each query parameter. */
  readonly query: Readonly<Record<string, unknown>>;
  /** JSON Schema of the request body, per media type. */
  readonly body: Readonly<Record<string, unknown>>;
  /** Whether the request body is required. */
  readonly bodyRequired: boolean;
  /** Every status the spec documents for the operation. */
  readonly statuses: readonly number[];
}

/** Every operation of openapi/ldkit.yaml, keyed by operationId. */
export const specOperations: Readonly<Record<string, SpecOperation>> = {
  "createBigSegmentExport": {
    "method": "POST",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      400,
      401,
      404,
      429
    ]
  },
  "createBigSegmentImport": {
    "method": "POST",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports",
    "query": {},
    "body": {
      "multipart/form-data": {
        "$ref": "#/definitions/BigSegmentImportForm"
      }
    },
    "bodyRequired": true,
    "statuses": [
      204,
      400,
      401,
      404,
      409,
      429
    ]
  },
  "deleteSegment": {
    "method": "DELETE",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      204,
      401,
      403,
      404,
      409,
      429
    ]
  },
  "getBigSegmentExport": {
    "method": "GET",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports/{exportID}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      400,
      401,
      404,
      429
    ]
  },
  "getBigSegmentImport": {
    "method": "GET",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      400,
      401,
      404,
      429
    ]
  },
  "getContextInstanceSegmentsMembershipByEnv": {
    "method": "POST",
    "path": "/api/v2/projects/{projectKey}/environments/{environmentKey}/segments/evaluate",
    "query": {},
    "body": {
      "application/json": {
        "$ref": "#/definitions/ContextInstance"
      }
    },
    "bodyRequired": true,
    "statuses": [
      200,
      400,
      401,
      404,
      429
    ]
  },
  "getExpiringFlagsForUser": {
    "method": "GET",
    "path": "/api/v2/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      401,
      403,
      404,
      429
    ]
  },
  "getExpiringTargetsForSegment": {
    "method": "GET",
    "path": "/api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      401,
      404,
      429
    ]
  },
  "getExpiringUserTargetsForSegment": {
    "method": "GET",
    "path": "/api/v2/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      401,
      404,
      429
    ]
  },
  "getSegment": {
    "method": "GET",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      401,
      404,
      429
    ]
  },
  "getSegmentMembershipForContext": {
    "method": "GET",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts/{contextKey}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      400,
      401,
      404,
      429
    ]
  },
  "getSegmentMembershipForUser": {
    "method": "GET",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users/{userKey}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      400,
      401,
      404,
      429
    ]
  },
  "getSegments": {
    "method": "GET",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}",
    "query": {
      "limit": {
        "type": "integer",
        "minimum": 1
      },
      "offset": {
        "type": "integer",
        "minimum": 0
      },
      "sort": {
        "type": "string"
      },
      "filter": {
        "type": "string"
      }
    },
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      400,
      401,
      404,
      429
    ]
  },
  "getUserFlagSetting": {
    "method": "GET",
    "path": "/api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      429
    ]
  },
  "getUserFlagSettings": {
    "method": "GET",
    "path": "/api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags",
    "query": {},
    "body": {},
    "bodyRequired": false,
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      429
    ]
  },
  "patchExpiringFlagsForUser": {
    "method": "PATCH",
    "path": "/api/v2/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}",
    "query": {},
    "body": {
      "application/json; domain-model=launchdarkly.semanticpatch": {
        "$ref": "#/definitions/UserExpiringFlagsSemanticPatch"
      }
    },
    "bodyRequired": true,
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      429
    ]
  },
  "patchExpiringTargetsForSegment": {
    "method": "PATCH",
    "path": "/api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}",
    "query": {},
    "body": {
      "application/json; domain-model=launchdarkly.semanticpatch": {
        "$ref": "#/definitions/SegmentExpiringTargetsSemanticPatch"
      }
    },
    "bodyRequired": true,
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409,
      429
    ]
  },
  "patchExpiringUserTargetsForSegment": {
    "method": "PATCH",
    "path": "/api/v2/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}",
    "query": {},
    "body": {
      "application/json; domain-model=launchdarkly.semanticpatch": {
        "$ref": "#/definitions/SegmentExpiringUserTargetsSemanticPatch"
      }
    },
    "bodyRequired": true,
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409,
      429
    ]
  },
  "patchSegment": {
    "method": "PATCH",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}",
    "query": {
      "dryRun": {
        "type": "boolean"
      }
    },
    "body": {
      "application/json; domain-model=launchdarkly.semanticpatch": {
        "$ref": "#/definitions/SegmentSemanticPatch"
      },
      "application/json": {
        "oneOf": [
          {
            "$ref": "#/definitions/JSONPatch"
          },
          {
            "$ref": "#/definitions/PatchWithComment"
          },
          {
            "$ref": "#/definitions/SegmentMergePatch"
          }
        ]
      }
    },
    "bodyRequired": true,
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409,
      429
    ]
  },
  "postSegment": {
    "method": "POST",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}",
    "query": {},
    "body": {
      "application/json": {
        "$ref": "#/definitions/SegmentBody"
      }
    },
    "bodyRequired": true,
    "statuses": [
      201,
      400,
      401,
      403,
      404,
      429
    ]
  },
  "putFlagSetting": {
    "method": "PUT",
    "path": "/api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}",
    "query": {},
    "body": {
      "application/json": {
        "$ref": "#/definitions/ValuePut"
      }
    },
    "bodyRequired": true,
    "statuses": [
      204,
      400,
      401,
      403,
      404,
      429
    ]
  },
  "updateBigSegmentContextTargets": {
    "method": "POST",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts",
    "query": {},
    "body": {
      "application/json": {
        "$ref": "#/definitions/SegmentUserState"
      }
    },
    "bodyRequired": true,
    "statuses": [
      204,
      400,
      401,
      404,
      429
    ]
  },
  "updateBigSegmentTargets": {
    "method": "POST",
    "path": "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users",
    "query": {},
    "body": {
      "application/json": {
        "$ref": "#/definitions/SegmentUserState"
      }
    },
    "bodyRequired": true,
    "statuses": [
      204,
      400,
      401,
      404,
      429
    ]
  }
};

/** The spec's component schemas as JSON Schema (draft-07, `nullable` converted; refs point at `#/definitions/`). */
export const specSchemas: Readonly<Record<string, unknown>> = {
  "Access": {
    "type": "object",
    "required": [
      "denied",
      "allowed"
    ],
    "properties": {
      "denied": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/AccessDenied"
        }
      },
      "allowed": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/AccessAllowed"
        }
      }
    }
  },
  "AccessAllowed": {
    "type": "object",
    "required": [
      "action",
      "reason"
    ],
    "properties": {
      "action": {
        "type": "string"
      },
      "reason": {
        "$ref": "#/definitions/Statement"
      }
    }
  },
  "AccessDenied": {
    "type": "object",
    "required": [
      "action",
      "reason"
    ],
    "properties": {
      "action": {
        "type": "string"
      },
      "reason": {
        "$ref": "#/definitions/Statement"
      }
    }
  },
  "BigSegmentImportForm": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "file"
    ],
    "x-ldkit-property-deviations": {
      "mode": "LaunchDarkly's form types mode as a string; its docs allow only merge or replace, so ldkit checks it (ImportMode) before sending."
    },
    "properties": {
      "file": {
        "type": "string",
        "format": "binary",
        "x-ldkit-deviation": "LaunchDarkly's form marks every field optional; an import needs a file (seed errata 17), so ldkit requires it."
      },
      "mode": {
        "$ref": "#/definitions/ImportMode"
      },
      "waitOnApprovals": {
        "type": "boolean"
      }
    }
  },
  "BigSegmentTarget": {
    "type": "object",
    "required": [
      "userKey",
      "included",
      "excluded"
    ],
    "properties": {
      "userKey": {
        "type": "string"
      },
      "included": {
        "type": "boolean"
      },
      "excluded": {
        "type": "boolean"
      }
    }
  },
  "Clause": {
    "type": "object",
    "required": [
      "attribute",
      "op",
      "values",
      "negate"
    ],
    "properties": {
      "_id": {
        "type": "string"
      },
      "contextKind": {
        "type": "string"
      },
      "attribute": {
        "type": "string"
      },
      "op": {
        "type": "string"
      },
      "values": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ClauseValue"
        }
      },
      "negate": {
        "type": "boolean"
      }
    }
  },
  "ClauseInput": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "attribute",
      "op",
      "values"
    ],
    "properties": {
      "contextKind": {
        "type": "string",
        "default": "user"
      },
      "attribute": {
        "type": "string",
        "minLength": 1
      },
      "op": {
        "$ref": "#/definitions/ClauseOperator"
      },
      "negate": {
        "type": "boolean",
        "default": false
      },
      "values": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ClauseValue"
        }
      }
    }
  },
  "ClauseOperator": {
    "type": "string",
    "enum": [
      "in",
      "endsWith",
      "startsWith",
      "matches",
      "contains",
      "lessThan",
      "lessThanOrEqual",
      "greaterThan",
      "greaterThanOrEqual",
      "before",
      "after",
      "segmentMatch",
      "semVerEqual",
      "semVerLessThan",
      "semVerGreaterThan"
    ]
  },
  "ClauseValue": {
    "oneOf": [
      {
        "type": "string"
      },
      {
        "type": "number"
      },
      {
        "type": "boolean"
      }
    ]
  },
  "ContextInstance": {
    "type": "object",
    "required": [
      "kind"
    ],
    "additionalProperties": true,
    "properties": {
      "kind": {
        "type": "string",
        "minLength": 1,
        "x-ldkit-deviation": "LaunchDarkly types the body as an open map; every context has a kind, so ldkit requires it."
      },
      "key": {
        "type": "string",
        "x-ldkit-deviation": "LaunchDarkly types the body as an open map; ldkit names the key every single-kind context has (optional, other attributes stay open)."
      }
    }
  },
  "ContextInstanceSegmentMembership": {
    "type": "object",
    "required": [
      "name",
      "key",
      "description",
      "unbounded",
      "isMember",
      "isIndividuallyTargeted",
      "isRuleTargeted",
      "_links"
    ],
    "properties": {
      "name": {
        "type": "string"
      },
      "key": {
        "type": "string"
      },
      "description": {
        "type": "string"
      },
      "unbounded": {
        "type": "boolean"
      },
      "external": {
        "type": "string",
        "x-ldkit-deviation": "LaunchDarkly's model requires `external`, but its docs' own example omits it for a segment that is not synced (seed errata 16); ldkit leaves it optional."
      },
      "isMember": {
        "type": "boolean"
      },
      "isIndividuallyTargeted": {
        "type": "boolean"
      },
      "isRuleTargeted": {
        "type": "boolean"
      },
      "_links": {
        "$ref": "#/definitions/Links"
      }
    }
  },
  "ContextInstanceSegmentMemberships": {
    "type": "object",
    "required": [
      "items",
      "_links"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ContextInstanceSegmentMembership"
        }
      },
      "_links": {
        "$ref": "#/definitions/Links"
      }
    }
  },
  "EvaluationReason": {
    "type": "object",
    "required": [
      "kind"
    ],
    "properties": {
      "kind": {
        "type": "string"
      },
      "ruleIndex": {
        "type": "integer"
      },
      "ruleID": {
        "type": "string"
      },
      "prerequisiteKey": {
        "type": "string"
      },
      "inExperiment": {
        "type": "boolean"
      },
      "errorKind": {
        "type": "string"
      }
    }
  },
  "ExpiringTarget": {
    "type": "object",
    "required": [
      "_id",
      "_version",
      "expirationDate",
      "contextKind",
      "contextKey",
      "_resourceId"
    ],
    "properties": {
      "_id": {
        "type": "string"
      },
      "_version": {
        "type": "integer"
      },
      "expirationDate": {
        "type": "integer",
        "format": "int64"
      },
      "contextKind": {
        "type": "string"
      },
      "contextKey": {
        "type": "string"
      },
      "targetType": {
        "type": "string"
      },
      "variationId": {
        "type": "string"
      },
      "_resourceId": {
        "$ref": "#/definitions/ResourceId"
      }
    }
  },
  "ExpiringTargetError": {
    "type": "object",
    "required": [
      "instructionIndex",
      "message"
    ],
    "properties": {
      "instructionIndex": {
        "type": "integer",
        "minimum": 0
      },
      "message": {
        "type": "string"
      }
    }
  },
  "ExpiringTargetGetResponse": {
    "type": "object",
    "required": [
      "items"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ExpiringTarget"
        }
      },
      "_links": {
        "$ref": "#/definitions/Links"
      }
    }
  },
  "ExpiringTargetPatchResponse": {
    "type": "object",
    "required": [
      "items"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ExpiringTarget"
        }
      },
      "_links": {
        "$ref": "#/definitions/Links"
      },
      "totalInstructions": {
        "type": "integer",
        "minimum": 0
      },
      "successfulInstructions": {
        "type": "integer",
        "minimum": 0
      },
      "failedInstructions": {
        "type": "integer",
        "minimum": 0
      },
      "errors": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ExpiringTargetError"
        }
      }
    }
  },
  "ExpiringUserTargetGetResponse": {
    "type": "object",
    "required": [
      "items"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ExpiringUserTargetItem"
        }
      },
      "_links": {
        "$ref": "#/definitions/Links"
      }
    }
  },
  "ExpiringUserTargetItem": {
    "type": "object",
    "required": [
      "_id",
      "_version",
      "expirationDate",
      "userKey",
      "_resourceId"
    ],
    "properties": {
      "_id": {
        "type": "string"
      },
      "_version": {
        "type": "integer"
      },
      "expirationDate": {
        "type": "integer",
        "format": "int64"
      },
      "userKey": {
        "type": "string"
      },
      "targetType": {
        "type": "string"
      },
      "variationId": {
        "type": "string"
      },
      "_resourceId": {
        "$ref": "#/definitions/ResourceId"
      }
    }
  },
  "ExpiringUserTargetPatchResponse": {
    "type": "object",
    "required": [
      "items"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ExpiringUserTargetItem"
        }
      },
      "_links": {
        "$ref": "#/definitions/Links"
      },
      "totalInstructions": {
        "type": "integer",
        "minimum": 0
      },
      "successfulInstructions": {
        "type": "integer",
        "minimum": 0
      },
      "failedInstructions": {
        "type": "integer",
        "minimum": 0
      },
      "errors": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ExpiringTargetError"
        }
      }
    }
  },
  "Export": {
    "type": "object",
    "required": [
      "id",
      "segmentKey",
      "creationTime",
      "status",
      "sizeBytes",
      "size",
      "initiator",
      "_links"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "segmentKey": {
        "type": "string"
      },
      "creationTime": {
        "type": "integer",
        "format": "int64"
      },
      "status": {
        "$ref": "#/definitions/ExportStatus"
      },
      "sizeBytes": {
        "type": "integer",
        "format": "int64",
        "minimum": 0
      },
      "size": {
        "type": "string"
      },
      "initiator": {
        "$ref": "#/definitions/InitiatorRep"
      },
      "_links": {
        "$ref": "#/definitions/Links"
      }
    }
  },
  "ExportStatus": {
    "type": "string"
  },
  "FileRep": {
    "type": "object",
    "properties": {
      "filename": {
        "type": "string"
      },
      "status": {
        "type": "string"
      }
    }
  },
  "FlagListingRep": {
    "type": "object",
    "required": [
      "name",
      "key"
    ],
    "properties": {
      "name": {
        "type": "string"
      },
      "key": {
        "type": "string"
      },
      "_links": {
        "$ref": "#/definitions/Links"
      },
      "_site": {
        "$ref": "#/definitions/Link"
      }
    }
  },
  "ForbiddenErrorRep": {
    "type": "object",
    "required": [
      "code",
      "message"
    ],
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      }
    }
  },
  "Import": {
    "type": "object",
    "required": [
      "id",
      "segmentKey",
      "creationTime",
      "mode",
      "status",
      "_links"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "segmentKey": {
        "type": "string"
      },
      "creationTime": {
        "type": "integer",
        "format": "int64"
      },
      "mode": {
        "type": "string"
      },
      "status": {
        "$ref": "#/definitions/ImportStatus"
      },
      "files": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/FileRep"
        }
      },
      "_links": {
        "$ref": "#/definitions/Links"
      }
    }
  },
  "ImportMode": {
    "type": "string",
    "enum": [
      "merge",
      "replace"
    ]
  },
  "ImportStatus": {
    "type": "string",
    "enum": [
      "preparing",
      "pending_approval",
      "ready",
      "in_progress",
      "complete",
      "stopped"
    ]
  },
  "InitiatorRep": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "email": {
        "type": "string"
      }
    }
  },
  "InvalidRequestErrorRep": {
    "type": "object",
    "required": [
      "code",
      "message"
    ],
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      }
    }
  },
  "JSONPatch": {
    "type": "array",
    "x-ldkit-deviation": "LaunchDarkly's docs accept a bare JSON Patch array as well as {patch, comment}; its model describes only PatchWithComment.",
    "minItems": 1,
    "items": {
      "$ref": "#/definitions/PatchOperation"
    }
  },
  "Link": {
    "type": "object",
    "properties": {
      "href": {
        "type": "string"
      },
      "type": {
        "type": "string"
      }
    }
  },
  "Links": {
    "type": "object",
    "additionalProperties": {
      "$ref": "#/definitions/Link"
    }
  },
  "NotFoundErrorRep": {
    "type": "object",
    "required": [
      "code",
      "message"
    ],
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      }
    }
  },
  "PatchOperation": {
    "x-ldkit-deviation": "LaunchDarkly models every JSON Patch operation as one PatchOperation with `op` a string; ldkit has one schema per RFC 6902 op (add, remove, replace, move, copy, test), so `op` is an enum.",
    "oneOf": [
      {
        "$ref": "#/definitions/PatchOperationAdd"
      },
      {
        "$ref": "#/definitions/PatchOperationRemove"
      },
      {
        "$ref": "#/definitions/PatchOperationReplace"
      },
      {
        "$ref": "#/definitions/PatchOperationMove"
      },
      {
        "$ref": "#/definitions/PatchOperationCopy"
      },
      {
        "$ref": "#/definitions/PatchOperationTest"
      }
    ]
  },
  "PatchOperationAdd": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "op",
      "path",
      "value"
    ],
    "properties": {
      "op": {
        "type": "string",
        "enum": [
          "add"
        ]
      },
      "path": {
        "type": "string",
        "pattern": "^(/([^~/]|~[01])*)*$"
      },
      "value": {
        "x-ldkit-deviation": "RFC 6902 requires `value` for this op; LaunchDarkly's single PatchOperation model makes it optional because remove, move and copy take none."
      }
    }
  },
  "PatchOperationCopy": {
    "type": "object",
    "additionalProperties": false,
    "x-ldkit-property-deviations": {
      "value": "RFC 6902: this op takes no `value`; LaunchDarkly's single PatchOperation model lists it for every op."
    },
    "required": [
      "op",
      "from",
      "path"
    ],
    "properties": {
      "op": {
        "type": "string",
        "enum": [
          "copy"
        ]
      },
      "from": {
        "type": "string",
        "pattern": "^(/([^~/]|~[01])*)*$",
        "x-ldkit-deviation": "RFC 6902 `from` of move and copy; LaunchDarkly's PatchOperation model lists only op, path and value."
      },
      "path": {
        "type": "string",
        "pattern": "^(/([^~/]|~[01])*)*$"
      }
    }
  },
  "PatchOperationMove": {
    "type": "object",
    "additionalProperties": false,
    "x-ldkit-property-deviations": {
      "value": "RFC 6902: this op takes no `value`; LaunchDarkly's single PatchOperation model lists it for every op."
    },
    "required": [
      "op",
      "from",
      "path"
    ],
    "properties": {
      "op": {
        "type": "string",
        "enum": [
          "move"
        ]
      },
      "from": {
        "type": "string",
        "pattern": "^(/([^~/]|~[01])*)*$",
        "x-ldkit-deviation": "RFC 6902 `from` of move and copy; LaunchDarkly's PatchOperation model lists only op, path and value."
      },
      "path": {
        "type": "string",
        "pattern": "^(/([^~/]|~[01])*)*$"
      }
    }
  },
  "PatchOperationRemove": {
    "type": "object",
    "additionalProperties": false,
    "x-ldkit-property-deviations": {
      "value": "RFC 6902: this op takes no `value`; LaunchDarkly's single PatchOperation model lists it for every op."
    },
    "required": [
      "op",
      "path"
    ],
    "properties": {
      "op": {
        "type": "string",
        "enum": [
          "remove"
        ]
      },
      "path": {
        "type": "string",
        "pattern": "^(/([^~/]|~[01])*)*$"
      }
    }
  },
  "PatchOperationReplace": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "op",
      "path",
      "value"
    ],
    "properties": {
      "op": {
        "type": "string",
        "enum": [
          "replace"
        ]
      },
      "path": {
        "type": "string",
        "pattern": "^(/([^~/]|~[01])*)*$"
      },
      "value": {
        "x-ldkit-deviation": "RFC 6902 requires `value` for this op; LaunchDarkly's single PatchOperation model makes it optional because remove, move and copy take none."
      }
    }
  },
  "PatchOperationTest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "op",
      "path",
      "value"
    ],
    "properties": {
      "op": {
        "type": "string",
        "enum": [
          "test"
        ]
      },
      "path": {
        "type": "string",
        "pattern": "^(/([^~/]|~[01])*)*$"
      },
      "value": {
        "x-ldkit-deviation": "RFC 6902 requires `value` for this op; LaunchDarkly's single PatchOperation model makes it optional because remove, move and copy take none."
      }
    }
  },
  "PatchWithComment": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "patch"
    ],
    "properties": {
      "patch": {
        "$ref": "#/definitions/JSONPatch"
      },
      "comment": {
        "type": "string"
      }
    }
  },
  "RateLimitedErrorRep": {
    "type": "object",
    "required": [
      "code",
      "message"
    ],
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      }
    }
  },
  "ResourceId": {
    "type": "object",
    "properties": {
      "kind": {
        "type": "string"
      },
      "projectKey": {
        "type": "string"
      },
      "environmentKey": {
        "type": "string"
      },
      "flagKey": {
        "type": "string"
      },
      "key": {
        "type": "string"
      }
    }
  },
  "SegmentAddBigSegmentExcludedTargetsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addBigSegmentExcludedTargets"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentAddBigSegmentIncludedTargetsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addBigSegmentIncludedTargets"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentAddClausesInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "ruleId",
      "clauses"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addClauses"
        ]
      },
      "ruleId": {
        "type": "string",
        "minLength": 1
      },
      "clauses": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/definitions/ClauseInput"
        }
      }
    }
  },
  "SegmentAddExcludedTargetsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "contextKind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addExcludedTargets"
        ]
      },
      "contextKind": {
        "type": "string",
        "minLength": 1
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentAddExcludedUsersInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addExcludedUsers"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentAddExpireUserTargetDateInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "targetType",
      "userKey",
      "value"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addExpireUserTargetDate"
        ]
      },
      "targetType": {
        "$ref": "#/definitions/TargetType"
      },
      "userKey": {
        "type": "string",
        "minLength": 1
      },
      "value": {
        "type": "integer",
        "format": "int64",
        "minimum": 0,
        "x-ldkit-deviation": "LaunchDarkly's model marks `value` optional because one model serves every kind; its own description says it is required for add and update, so ldkit requires it here."
      },
      "version": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "SegmentAddExpiringTargetInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "targetType",
      "contextKey",
      "contextKind",
      "value"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addExpiringTarget"
        ]
      },
      "targetType": {
        "$ref": "#/definitions/TargetType"
      },
      "contextKey": {
        "type": "string",
        "minLength": 1
      },
      "contextKind": {
        "type": "string",
        "minLength": 1
      },
      "value": {
        "type": "integer",
        "format": "int64",
        "minimum": 0,
        "x-ldkit-deviation": "LaunchDarkly's model marks `value` optional because one model serves every kind; its own description says it is required for add and update, so ldkit requires it here."
      },
      "version": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "SegmentAddIncludedTargetsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "contextKind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addIncludedTargets"
        ]
      },
      "contextKind": {
        "type": "string",
        "minLength": 1
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentAddIncludedUsersInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addIncludedUsers"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentAddRuleInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addRule"
        ]
      },
      "clauses": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ClauseInput"
        }
      },
      "description": {
        "type": "string"
      }
    }
  },
  "SegmentAddTagsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addTags"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentAddValuesToClauseInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "ruleId",
      "clauseId",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addValuesToClause"
        ]
      },
      "ruleId": {
        "type": "string",
        "minLength": 1
      },
      "clauseId": {
        "type": "string",
        "minLength": 1
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/definitions/ClauseValue"
        }
      }
    }
  },
  "SegmentBody": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name",
      "key"
    ],
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1
      },
      "key": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "type": "string"
      },
      "tags": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "unbounded": {
        "type": "boolean"
      },
      "unboundedContextKind": {
        "type": "string"
      }
    }
  },
  "SegmentExpiringTargetInstruction": {
    "oneOf": [
      {
        "$ref": "#/definitions/SegmentAddExpiringTargetInstruction"
      },
      {
        "$ref": "#/definitions/SegmentUpdateExpiringTargetInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveExpiringTargetInstruction"
      }
    ]
  },
  "SegmentExpiringTargetsSemanticPatch": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "instructions"
    ],
    "properties": {
      "instructions": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/definitions/SegmentExpiringTargetInstruction"
        }
      },
      "comment": {
        "type": "string"
      }
    }
  },
  "SegmentExpiringUserTargetInstruction": {
    "oneOf": [
      {
        "$ref": "#/definitions/SegmentAddExpireUserTargetDateInstruction"
      },
      {
        "$ref": "#/definitions/SegmentUpdateExpireUserTargetDateInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveExpireUserTargetDateInstruction"
      }
    ]
  },
  "SegmentExpiringUserTargetsSemanticPatch": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "instructions"
    ],
    "properties": {
      "instructions": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/definitions/SegmentExpiringUserTargetInstruction"
        }
      },
      "comment": {
        "type": "string"
      }
    }
  },
  "SegmentInstruction": {
    "oneOf": [
      {
        "$ref": "#/definitions/SegmentAddTagsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveTagsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentUpdateNameInstruction"
      },
      {
        "$ref": "#/definitions/SegmentAddIncludedTargetsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentAddExcludedTargetsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveIncludedTargetsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveExcludedTargetsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentAddIncludedUsersInstruction"
      },
      {
        "$ref": "#/definitions/SegmentAddExcludedUsersInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveIncludedUsersInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveExcludedUsersInstruction"
      },
      {
        "$ref": "#/definitions/SegmentAddRuleInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveRuleInstruction"
      },
      {
        "$ref": "#/definitions/SegmentReorderRulesInstruction"
      },
      {
        "$ref": "#/definitions/SegmentAddClausesInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveClausesInstruction"
      },
      {
        "$ref": "#/definitions/SegmentUpdateClauseInstruction"
      },
      {
        "$ref": "#/definitions/SegmentAddValuesToClauseInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveValuesFromClauseInstruction"
      },
      {
        "$ref": "#/definitions/SegmentUpdateRuleDescriptionInstruction"
      },
      {
        "$ref": "#/definitions/SegmentUpdateRuleRolloutAndContextKindInstruction"
      },
      {
        "$ref": "#/definitions/SegmentAddBigSegmentIncludedTargetsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentAddBigSegmentExcludedTargetsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveBigSegmentIncludedTargetsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentRemoveBigSegmentExcludedTargetsInstruction"
      },
      {
        "$ref": "#/definitions/SegmentProcessBigSegmentImportInstruction"
      }
    ]
  },
  "SegmentMergePatch": {
    "type": "object",
    "additionalProperties": false,
    "minProperties": 1,
    "x-ldkit-deviation": "LaunchDarkly's docs accept a JSON merge patch (RFC 7386) of the segment; its model describes only PatchWithComment.",
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "type": [
          "string",
          "null"
        ]
      },
      "tags": {
        "type": [
          "array",
          "null"
        ],
        "items": {
          "type": "string"
        }
      },
      "included": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "excluded": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "includedContexts": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/SegmentTargetInput"
        }
      },
      "excludedContexts": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/SegmentTargetInput"
        }
      },
      "rules": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/SegmentRuleInput"
        }
      },
      "unboundedContextKind": {
        "type": "string"
      }
    }
  },
  "SegmentMetadata": {
    "type": "object",
    "properties": {
      "envId": {
        "type": "string"
      },
      "segmentId": {
        "type": "string"
      },
      "version": {
        "type": "integer"
      },
      "includedCount": {
        "type": "integer"
      },
      "excludedCount": {
        "type": "integer"
      },
      "lastModified": {
        "type": "integer",
        "format": "int64"
      },
      "deleted": {
        "type": "boolean"
      }
    }
  },
  "SegmentProcessBigSegmentImportInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "importId"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "processBigSegmentImport"
        ]
      },
      "importId": {
        "type": "string",
        "minLength": 1
      }
    }
  },
  "SegmentRemoveBigSegmentExcludedTargetsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeBigSegmentExcludedTargets"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentRemoveBigSegmentIncludedTargetsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeBigSegmentIncludedTargets"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentRemoveClausesInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "ruleId",
      "clauseIds"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeClauses"
        ]
      },
      "ruleId": {
        "type": "string",
        "minLength": 1
      },
      "clauseIds": {
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentRemoveExcludedTargetsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "contextKind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeExcludedTargets"
        ]
      },
      "contextKind": {
        "type": "string",
        "minLength": 1
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentRemoveExcludedUsersInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeExcludedUsers"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentRemoveExpireUserTargetDateInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "targetType",
      "userKey"
    ],
    "x-ldkit-property-deviations": {
      "value": "LaunchDarkly uses `value` only for add and update (its description says so); a removal takes no date, so ldkit's closed schema leaves it out."
    },
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeExpireUserTargetDate"
        ]
      },
      "targetType": {
        "$ref": "#/definitions/TargetType"
      },
      "userKey": {
        "type": "string",
        "minLength": 1
      },
      "version": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "SegmentRemoveExpiringTargetInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "targetType",
      "contextKey",
      "contextKind"
    ],
    "x-ldkit-property-deviations": {
      "value": "LaunchDarkly uses `value` only for add and update (its description says so); a removal takes no date, so ldkit's closed schema leaves it out."
    },
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeExpiringTarget"
        ]
      },
      "targetType": {
        "$ref": "#/definitions/TargetType"
      },
      "contextKey": {
        "type": "string",
        "minLength": 1
      },
      "contextKind": {
        "type": "string",
        "minLength": 1
      },
      "version": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "SegmentRemoveIncludedTargetsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "contextKind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeIncludedTargets"
        ]
      },
      "contextKind": {
        "type": "string",
        "minLength": 1
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentRemoveIncludedUsersInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeIncludedUsers"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "maxItems": 1500,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentRemoveRuleInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "ruleId"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeRule"
        ]
      },
      "ruleId": {
        "type": "string",
        "minLength": 1
      }
    }
  },
  "SegmentRemoveTagsInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeTags"
        ]
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentRemoveValuesFromClauseInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "ruleId",
      "clauseId",
      "values"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeValuesFromClause"
        ]
      },
      "ruleId": {
        "type": "string",
        "minLength": 1
      },
      "clauseId": {
        "type": "string",
        "minLength": 1
      },
      "values": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/definitions/ClauseValue"
        }
      }
    }
  },
  "SegmentReorderRulesInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "ruleIds"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "reorderRules"
        ]
      },
      "ruleIds": {
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "type": "string",
          "minLength": 1
        }
      }
    }
  },
  "SegmentRuleInput": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "clauses"
    ],
    "properties": {
      "clauses": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/ClauseInput"
        }
      },
      "weight": {
        "type": "integer",
        "minimum": 0,
        "maximum": 100000
      },
      "rolloutContextKind": {
        "type": "string"
      },
      "bucketBy": {
        "type": "string"
      },
      "description": {
        "type": "string"
      }
    }
  },
  "SegmentSemanticPatch": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "environmentKey",
      "instructions"
    ],
    "x-ldkit-deviation": "LaunchDarkly documents the semantic-patch body of patchSegment (its media type and instruction kinds) only as prose; ldkit models it, one schema per instruction kind.",
    "properties": {
      "environmentKey": {
        "type": "string",
        "minLength": 1
      },
      "instructions": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/definitions/SegmentInstruction"
        }
      },
      "comment": {
        "type": "string"
      }
    }
  },
  "SegmentTarget": {
    "type": "object",
    "properties": {
      "values": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "contextKind": {
        "type": "string"
      }
    }
  },
  "SegmentTargetInput": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "contextKind",
      "values"
    ],
    "properties": {
      "contextKind": {
        "type": "string",
        "minLength": 1
      },
      "values": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    }
  },
  "SegmentUpdateClauseInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "ruleId",
      "clauseId",
      "clause"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "updateClause"
        ]
      },
      "ruleId": {
        "type": "string",
        "minLength": 1
      },
      "clauseId": {
        "type": "string",
        "minLength": 1
      },
      "clause": {
        "$ref": "#/definitions/ClauseInput"
      }
    }
  },
  "SegmentUpdateExpireUserTargetDateInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "targetType",
      "userKey",
      "value",
      "version"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "updateExpireUserTargetDate"
        ]
      },
      "targetType": {
        "$ref": "#/definitions/TargetType"
      },
      "userKey": {
        "type": "string",
        "minLength": 1
      },
      "value": {
        "type": "integer",
        "format": "int64",
        "minimum": 0,
        "x-ldkit-deviation": "LaunchDarkly's model marks `value` optional because one model serves every kind; its own description says it is required for add and update, so ldkit requires it here."
      },
      "version": {
        "type": "integer",
        "minimum": 0,
        "x-ldkit-deviation": "LaunchDarkly's model marks `version` optional because one model serves every kind; its own description says it is required if kind is updateExpireUserTargetDate, so ldkit requires it here."
      }
    }
  },
  "SegmentUpdateExpiringTargetInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "targetType",
      "contextKey",
      "contextKind",
      "value"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "updateExpiringTarget"
        ]
      },
      "targetType": {
        "$ref": "#/definitions/TargetType"
      },
      "contextKey": {
        "type": "string",
        "minLength": 1
      },
      "contextKind": {
        "type": "string",
        "minLength": 1
      },
      "value": {
        "type": "integer",
        "format": "int64",
        "minimum": 0,
        "x-ldkit-deviation": "LaunchDarkly's model marks `value` optional because one model serves every kind; its own description says it is required for add and update, so ldkit requires it here."
      },
      "version": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "SegmentUpdateNameInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "value"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "updateName"
        ]
      },
      "value": {
        "type": "string",
        "minLength": 1
      }
    }
  },
  "SegmentUpdateRuleDescriptionInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "ruleId",
      "description"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "updateRuleDescription"
        ]
      },
      "ruleId": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "type": "string"
      }
    }
  },
  "SegmentUpdateRuleRolloutAndContextKindInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "ruleId",
      "weight",
      "contextKind"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "updateRuleRolloutAndContextKind"
        ]
      },
      "ruleId": {
        "type": "string",
        "minLength": 1
      },
      "weight": {
        "type": "integer",
        "minimum": 0,
        "maximum": 100000
      },
      "contextKind": {
        "type": "string",
        "minLength": 1
      }
    }
  },
  "SegmentUserList": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "add": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "remove": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    }
  },
  "SegmentUserState": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "included": {
        "$ref": "#/definitions/SegmentUserList"
      },
      "excluded": {
        "$ref": "#/definitions/SegmentUserList"
      }
    }
  },
  "Statement": {
    "type": "object",
    "required": [
      "effect"
    ],
    "properties": {
      "resources": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "notResources": {
        "type": "array",
        "items": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "actions": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "notActions": {
        "type": "array",
        "items": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "effect": {
        "type": "string",
        "enum": [
          "allow",
          "deny"
        ]
      },
      "role_name": {
        "type": "string"
      }
    }
  },
  "StatusConflictErrorRep": {
    "type": "object",
    "required": [
      "code",
      "message"
    ],
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      }
    }
  },
  "TargetType": {
    "type": "string",
    "enum": [
      "included",
      "excluded"
    ]
  },
  "UnauthorizedErrorRep": {
    "type": "object",
    "required": [
      "code",
      "message"
    ],
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      }
    }
  },
  "UserAddExpireUserTargetDateInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "flagKey",
      "variationId",
      "value"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "addExpireUserTargetDate"
        ]
      },
      "flagKey": {
        "type": "string",
        "minLength": 1
      },
      "variationId": {
        "type": "string",
        "minLength": 1
      },
      "value": {
        "type": "integer",
        "format": "int64",
        "minimum": 0,
        "x-ldkit-deviation": "LaunchDarkly's model marks `value` optional because one model serves every kind; its own description says it is required for add and update, so ldkit requires it here."
      },
      "version": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "UserExpiringFlagInstruction": {
    "oneOf": [
      {
        "$ref": "#/definitions/UserAddExpireUserTargetDateInstruction"
      },
      {
        "$ref": "#/definitions/UserUpdateExpireUserTargetDateInstruction"
      },
      {
        "$ref": "#/definitions/UserRemoveExpireUserTargetDateInstruction"
      }
    ]
  },
  "UserExpiringFlagsSemanticPatch": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "instructions"
    ],
    "properties": {
      "instructions": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/definitions/UserExpiringFlagInstruction"
        }
      },
      "comment": {
        "type": "string"
      }
    }
  },
  "UserFlagSetting": {
    "type": "object",
    "required": [
      "_links",
      "_value",
      "setting"
    ],
    "properties": {
      "_links": {
        "$ref": "#/definitions/Links"
      },
      "_value": {},
      "setting": {},
      "reason": {
        "$ref": "#/definitions/EvaluationReason"
      }
    }
  },
  "UserFlagSettings": {
    "type": "object",
    "required": [
      "items",
      "_links"
    ],
    "properties": {
      "items": {
        "type": "object",
        "additionalProperties": {
          "$ref": "#/definitions/UserFlagSetting"
        }
      },
      "_links": {
        "$ref": "#/definitions/Links"
      }
    }
  },
  "UserRemoveExpireUserTargetDateInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "flagKey",
      "variationId"
    ],
    "x-ldkit-property-deviations": {
      "value": "LaunchDarkly uses `value` only for add and update (its description says so); a removal takes no date, so ldkit's closed schema leaves it out."
    },
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "removeExpireUserTargetDate"
        ]
      },
      "flagKey": {
        "type": "string",
        "minLength": 1
      },
      "variationId": {
        "type": "string",
        "minLength": 1
      },
      "version": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "UserSegment": {
    "type": "object",
    "required": [
      "name",
      "tags",
      "creationDate",
      "lastModifiedDate",
      "key",
      "_links",
      "rules",
      "version",
      "deleted",
      "generation"
    ],
    "properties": {
      "name": {
        "type": "string"
      },
      "description": {
        "type": "string"
      },
      "tags": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "creationDate": {
        "type": "integer",
        "format": "int64"
      },
      "lastModifiedDate": {
        "type": "integer",
        "format": "int64"
      },
      "key": {
        "type": "string"
      },
      "included": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "excluded": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "includedContexts": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/SegmentTarget"
        }
      },
      "excludedContexts": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/SegmentTarget"
        }
      },
      "_links": {
        "$ref": "#/definitions/Links"
      },
      "rules": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/UserSegmentRule"
        }
      },
      "version": {
        "type": "integer"
      },
      "deleted": {
        "type": "boolean"
      },
      "_access": {
        "$ref": "#/definitions/Access"
      },
      "_flags": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/FlagListingRep"
        }
      },
      "unbounded": {
        "type": "boolean"
      },
      "unboundedContextKind": {
        "type": "string"
      },
      "generation": {
        "type": "integer"
      },
      "_unboundedMetadata": {
        "$ref": "#/definitions/SegmentMetadata"
      },
      "_external": {
        "type": "string"
      },
      "_externalLink": {
        "type": "string"
      },
      "_importInProgress": {
        "type": "boolean"
      }
    }
  },
  "UserSegmentRule": {
    "type": "object",
    "required": [
      "clauses"
    ],
    "properties": {
      "_id": {
        "type": "string"
      },
      "clauses": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/Clause"
        }
      },
      "weight": {
        "type": "integer",
        "minimum": 0,
        "maximum": 100000
      },
      "rolloutContextKind": {
        "type": "string"
      },
      "bucketBy": {
        "type": "string"
      },
      "description": {
        "type": "string"
      }
    }
  },
  "UserSegments": {
    "type": "object",
    "required": [
      "items",
      "_links"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/definitions/UserSegment"
        }
      },
      "_links": {
        "$ref": "#/definitions/Links"
      },
      "totalCount": {
        "type": "integer"
      }
    }
  },
  "UserUpdateExpireUserTargetDateInstruction": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "kind",
      "flagKey",
      "variationId",
      "value"
    ],
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "updateExpireUserTargetDate"
        ]
      },
      "flagKey": {
        "type": "string",
        "minLength": 1
      },
      "variationId": {
        "type": "string",
        "minLength": 1
      },
      "value": {
        "type": "integer",
        "format": "int64",
        "minimum": 0,
        "x-ldkit-deviation": "LaunchDarkly's model marks `value` optional because one model serves every kind; its own description says it is required for add and update, so ldkit requires it here."
      },
      "version": {
        "type": "integer",
        "minimum": 0
      }
    }
  },
  "ValuePut": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "setting": {},
      "comment": {
        "type": "string"
      }
    }
  }
};
