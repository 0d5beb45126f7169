/** The API host `createClient` uses unless told otherwise: commercial LaunchDarkly. */
export const DEFAULT_BASE_URL = "https://app.launchdarkly.com";

/** LaunchDarkly's API hosts. `createClient` uses {@link servers.default} unless told otherwise. */
export const servers = {
  /** Commercial LaunchDarkly (the default). */
  default: DEFAULT_BASE_URL,
  /** LaunchDarkly's federal instance. */
  federal: "https://app.launchdarkly.us",
  /** LaunchDarkly's EU instance. */
  eu: "https://app.eu.launchdarkly.com",
} as const;

/** The `LD-API-Version` this client was built and tested against. */
export const DEFAULT_API_VERSION = "20240415";
