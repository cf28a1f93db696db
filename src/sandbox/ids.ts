export { deterministicUuid } from '../utils/deterministicUuid.js';
export { isUuid } from '../utils/isUuid.js';
