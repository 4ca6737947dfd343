#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  grants_admin_rights_default,
  image_from_insecure_registry_default,
  image_from_untrusted_registry_default,
  image_runs_as_root_default,
  image_tag_mutable_default,
  parse_error_default,
  plaintext_download_default,
  private_key_material_default,
  secret_build_arg_default,
  secret_file_in_image_default,
  secret_in_build_command_default,
  secret_in_env_or_arg_default,
  sudo_in_build_default,
  tls_verification_disabled_default,
  unverified_packages_default,
  windows_base_eol_default,
  windows_image_runs_as_admin_default
} from "./chunk-ZTEDUL7Q.js";
import "./chunk-B4AU2ZGJ.js";
import "./chunk-YTMMGOMI.js";
import "./chunk-MFQIY6JZ.js";
import "./chunk-X7A65PCW.js";
import "./chunk-QLIY3PYG.js";

// src/rules/dockerfile-rules.ts
var DOCKERFILE_RULES = [
  parse_error_default,
  image_runs_as_root_default,
  windows_image_runs_as_admin_default,
  sudo_in_build_default,
  grants_admin_rights_default,
  secret_in_env_or_arg_default,
  secret_in_build_command_default,
  secret_file_in_image_default,
  secret_build_arg_default,
  private_key_material_default,
  tls_verification_disabled_default,
  plaintext_download_default,
  unverified_packages_default,
  image_from_insecure_registry_default,
  image_from_untrusted_registry_default,
  image_tag_mutable_default,
  windows_base_eol_default
];
export {
  DOCKERFILE_RULES
};
