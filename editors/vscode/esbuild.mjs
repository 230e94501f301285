// Bundles the extension into one file, dist/extension.js (vscode-languageclient
// and markdown-it included; `vscode` is provided by the editor), so the
// .vsix holds a handful of files. `--production` minifies.
import * as esbuild from "esbuild";

const production = process.argv.includes("--production");
await esbuild.build({
  entryPoints: ["src/extension.ts"],
  bundle: true,
  outfile: "dist/extension.js",
  external: ["vscode"],
  format: "cjs",
  platform: "node",
  target: "node18",
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: "warning",
});
