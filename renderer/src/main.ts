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
app.use(createAppRouter(pinia))
app.use(ElementPlus)
app.mount('#app')
