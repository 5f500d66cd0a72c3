import { defineConfig, type Plugin } from "vite";

// Scripts and styles only from this site, no plugins, no inline code: even a
// rendering bug could not run a dataset's text. Added to the built page only,
// since the dev server injects inline styles.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const contentSecurityPolicy: Plugin = {
  name: "content-security-policy",
  apply: "build",
  transformIndexHtml: () => [
    { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head" },
  ],
};

export default defineConfig({
  // Relative asset URLs, so the built site works from any folder of a static server.
  base: "./",
  build: { target: "es2022" },
  plugins: [contentSecurityPolicy],
});
