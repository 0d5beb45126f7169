import { createReadStream } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** A loopback static server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
};

/**
 * Serves exactly the given routes on 127.0.0.1 (a free port): `"/"` → HTML text, any other path →
 * the file it maps to. Everything else is 404; only GET and HEAD are answered.
 */
export async function serveStatic(page: string, files: Readonly<Record<string, string>>): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    if (pathname === "/") {
      res.writeHead(200, { "content-type": TYPES[".html"]!, "cache-control": "no-store" }).end(req.method === "HEAD" ? undefined : page);
      return;
    }
    const file = Object.hasOwn(files, pathname) ? files[pathname] : undefined;
    if (file === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    if (req.method === "HEAD") res.end();
    else
      createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
