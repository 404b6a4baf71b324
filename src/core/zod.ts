// The zod the engine builds its schemas with: zod/mini, the functional API,
// whose unused parts the bundler leaves out (import it as a namespace,
// `import * as z from './zod'`, so that it can). Classic zod gives every
// schema instance all its methods and cannot be tree-shaken, which made it
// about a fifth of dist/engine.js and of the first lint's load time. Both
// share zod's core, so messages and issues are the same; mini has no default
// locale, so the English messages are set here, as classic zod does when it
// loads.
import { en } from 'zod/locales';
import { config } from 'zod/mini';

config(en());

export * from 'zod/mini';
