/**
 * Checks that a value has the shape of an emulator snapshot before it replaces the state, so a
 * hand-edited or truncated `--state` file fails at once with the path of the first problem instead
 * of breaking a later request.
 * @example
 * validateState(JSON.parse(readFileSync("state.json", "utf8"))); // throws a TypeError naming the bad field
 */
export function validateState(state: unknown): void {
  const fail = (path: string, what: string): never => {
    throw new TypeError(`state must be an emulator snapshot ({ format: 1, projects }): ${path} ${what}`);
  };
  const object = (value: unknown, path: string): Record<string, unknown> => {
    if (!value || typeof value !== "object" || Array.isArray(value)) fail(path, "must be an object");
    return value as Record<string, unknown>;
  };
  const array = (value: unknown, path: string): unknown[] => (Array.isArray(value) ? value : fail(path, "must be an array"));
  const root = object(state, "state");
  if (root.format !== 1) fail("format", "must be 1");
  for (const [pk, p] of Object.entries(object(root.projects, "projects"))) {
    const project = object(p, `projects.${pk}`);
    for (const [fk, f] of Object.entries(object(project.flags, `projects.${pk}.flags`))) {
      const flag = object(f, `projects.${pk}.flags.${fk}`);
      if (array(flag.variations, `projects.${pk}.flags.${fk}.variations`).length < 2)
        fail(`projects.${pk}.flags.${fk}.variations`, "needs two values");
      for (const [ek, e] of Object.entries(object(flag.environments, `projects.${pk}.flags.${fk}.environments`))) {
        const env = object(e, `projects.${pk}.flags.${fk}.environments.${ek}`);
        object(env.targets, `projects.${pk}.flags.${fk}.environments.${ek}.targets`);
        array(env.expiring, `projects.${pk}.flags.${fk}.environments.${ek}.expiring`);
      }
    }
    for (const [ek, e] of Object.entries(object(project.environments, `projects.${pk}.environments`))) {
      const env = object(e, `projects.${pk}.environments.${ek}`);
      for (const [sk, s] of Object.entries(object(env.segments, `projects.${pk}.environments.${ek}.segments`))) {
        const at = `projects.${pk}.environments.${ek}.segments.${sk}`;
        const entry = object(s, at);
        const segment = object(entry.segment, `${at}.segment`);
        if (segment.key !== sk) fail(`${at}.segment.key`, `must be "${sk}"`);
        for (const field of ["tags", "included", "excluded", "includedContexts", "excludedContexts", "rules"])
          array(segment[field], `${at}.segment.${field}`);
        if (!Number.isInteger(segment.version)) fail(`${at}.segment.version`, "must be an integer");
        for (const field of ["expiring", "imports", "exports"]) array(entry[field], `${at}.${field}`);
        if (entry.big !== undefined) {
          const big = object(entry.big, `${at}.big`);
          array(big.included, `${at}.big.included`);
          array(big.excluded, `${at}.big.excluded`);
        }
      }
    }
  }
}
