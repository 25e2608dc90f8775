// Entry point of the dashboard bundle: styles first, then the application.
import './style.css';
import { start } from './main.js';

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
