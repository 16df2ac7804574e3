// Demo data for newcomers, screenshots and benchmarks (设置 → 演示数据, npm run seed).
export { createRng, type Rng } from './rng'
export { demoMobile, demoResidentId, demoUscc } from './identity'
export { DEMO_DISTRICTS, demoAddress, demoCompanyName, demoPersonName, demoShopName } from './names'
export { DEMO_CAUSES, DEMO_EXEMPTIONS, type DemoCause } from './causes'
export { DEMO_SCENARIOS, DEMO_SCENARIO_WEIGHTS, type DemoScenario } from './scenarios'
export {
  demoParty,
  generateDemoCases,
  type DemoCase,
  type DemoOptions,
  type DemoParty,
} from './generate'
export { demoOffice, type DemoOffice } from './office'
