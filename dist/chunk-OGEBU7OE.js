#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  ruleHelpMarkdown,
  ruleHelpText
} from "./chunk-XCBOZQIB.js";
import "./chunk-2KH2CT37.js";
import "./chunk-QLIY3PYG.js";
export {
  ruleHelpMarkdown,
  ruleHelpText
};
