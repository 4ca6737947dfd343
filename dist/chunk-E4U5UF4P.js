#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  ALL_RULES
} from "./chunk-VP3MHC6W.js";
import "./chunk-3V6Y6YS4.js";
import "./chunk-ZTEDUL7Q.js";
import "./chunk-B4AU2ZGJ.js";
import "./chunk-YTMMGOMI.js";
import "./chunk-MFQIY6JZ.js";
import "./chunk-X7A65PCW.js";
import "./chunk-QLIY3PYG.js";
export {
  ALL_RULES
};
