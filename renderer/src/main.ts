import { createApp } from 'vue';
import { createPinia } from 'pinia';
import { useRunsStore } from './stores/runs';
import './styles.css';

// The first simulations are asked for before the rest of the lab is even loaded: the worker's
// first run is the longest wait of the start, and the lab's code (components, Chart.js) is then
// fetched, parsed and mounted while it runs. App.vue starts the runs too (start() runs once), so
// the order holds wherever the app is mounted.
const pinia = createPinia();
useRunsStore(pinia).start();
void import('./App.vue').then(({ default: App }) => createApp(App).use(pinia).mount('#app'));
