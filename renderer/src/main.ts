import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import App from './App.vue'
import { createAppRouter } from './router'
import { useAppStore } from './stores/app'
import './styles/main.css'

dayjs.locale('zh-cn')

const pinia = createPinia()
const app = createApp(App)
app.use(pinia)
// Start opening the database before the router's first navigation waits for it.
void useAppStore(pinia).boot()
const router = createAppRouter(pinia)
// The code of the page being opened (layout + page) loads while the database opens, instead of
// after the router's guard has waited for it.
for (const record of router.resolve(location.hash.slice(1) || '/').matched) {
  const load = record.components?.default
  // Route components are lazy loaders (() => import(…)); a failure shows when the router loads it.
  if (typeof load === 'function' && load.length === 0) {
    Promise.resolve()
      .then(() => (load as () => unknown)())
      .catch(() => {})
  }
}
app.use(router)
app.use(ElementPlus)
app.mount('#app')
