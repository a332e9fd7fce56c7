/**
 * What zod's classic schemas import from `zod/v4/core/to-json-schema.js`, for the app's builds
 * (config/index.ts swaps it in for that one importer): `schema.toJSONSchema()` and the Standard
 * Schema `jsonSchema` methods, which only the OpenAPI script calls, in node.
 */
function notInAppBuilds() {
  throw new Error('JSON Schema output is not part of the app build (npm run contract:openapi makes it)')
}

export const createToJSONSchemaMethod = () => notInAppBuilds
export const createStandardJSONSchemaMethod = () => notInAppBuilds
