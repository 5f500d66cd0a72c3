// The authoring compiler, in a module of its own for `import()`: a dynamic
// import of the whole @claimset/core/node would make a bundler keep every
// module of it (YAML parser included) wherever any of it is used.
export { compileFolder } from "@claimset/core/node";
