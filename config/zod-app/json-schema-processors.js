/**
 * What zod's classic schemas import from `zod/v4/core/json-schema-processors.js`, for the app's
 * builds (config/index.ts swaps it in for that one importer). The processors only run inside
 * `z.toJSONSchema` / `schema.toJSONSchema()`, which only the OpenAPI script calls, in node; the
 * app keeps `aggregateChecks`, which `.minLength` and the like read.
 */
export { aggregateChecks } from '../../node_modules/zod/v4/core/json-schema-processors.js'

function notInAppBuilds() {
  throw new Error('JSON Schema output is not part of the app build (npm run contract:openapi makes it)')
}

export {
  notInAppBuilds as anyProcessor,
  notInAppBuilds as arrayProcessor,
  notInAppBuilds as bigintProcessor,
  notInAppBuilds as booleanProcessor,
  notInAppBuilds as catchProcessor,
  notInAppBuilds as customProcessor,
  notInAppBuilds as dateProcessor,
  notInAppBuilds as defaultProcessor,
  notInAppBuilds as enumProcessor,
  notInAppBuilds as fileProcessor,
  notInAppBuilds as functionProcessor,
  notInAppBuilds as intersectionProcessor,
  notInAppBuilds as lazyProcessor,
  notInAppBuilds as literalProcessor,
  notInAppBuilds as mapProcessor,
  notInAppBuilds as nanProcessor,
  notInAppBuilds as neverProcessor,
  notInAppBuilds as nonoptionalProcessor,
  notInAppBuilds as nullProcessor,
  notInAppBuilds as nullableProcessor,
  notInAppBuilds as numberProcessor,
  notInAppBuilds as objectProcessor,
  notInAppBuilds as optionalProcessor,
  notInAppBuilds as pipeProcessor,
  notInAppBuilds as prefaultProcessor,
  notInAppBuilds as promiseProcessor,
  notInAppBuilds as readonlyProcessor,
  notInAppBuilds as recordProcessor,
  notInAppBuilds as setProcessor,
  notInAppBuilds as stringProcessor,
  notInAppBuilds as successProcessor,
  notInAppBuilds as symbolProcessor,
  notInAppBuilds as templateLiteralProcessor,
  notInAppBuilds as transformProcessor,
  notInAppBuilds as tupleProcessor,
  notInAppBuilds as undefinedProcessor,
  notInAppBuilds as unionProcessor,
  notInAppBuilds as unknownProcessor,
  notInAppBuilds as voidProcessor,
}
