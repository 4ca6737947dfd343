#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  describeTruncation,
  fitSarif,
  sarifSeverity
} from "./chunk-V65IUC22.js";
import "./chunk-VOKH4RM3.js";
import "./chunk-QLIY3PYG.js";
export {
  describeTruncation,
  fitSarif,
  sarifSeverity
};
