import { isPatchName, isWorkloadFragment } from './kustomization-patches.js';

describe('patches beside a kustomization', () => {
  it('knows a patch by its name', () => {
    expect(isPatchName('config/default/manager_auth_proxy_patch.yaml')).toBe(true);
    expect(isPatchName('overlays/prod/patches.yml')).toBe(true);
    expect(isPatchName('config/manager/manager.yaml')).toBe(false);
  });

  it('knows a workload fragment by its containers that name no image', () => {
    const fragment =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: controller-manager}\nspec:\n  template:\n    spec:\n      containers:\n      - name: manager\n        envFrom:\n        - configMapRef: {name: env}\n';
    expect(isWorkloadFragment(fragment)).toBe(true);
    expect(isWorkloadFragment(fragment.replace('kind: Deployment', 'kind: "StatefulSet"'))).toBe(true);
    // A whole workload, a container list in flow style or quoted keys with an image, a ConfigMap: not fragments.
    expect(isWorkloadFragment(`${fragment}        image: ghcr.io/acme/manager:1.0\n`)).toBe(false);
    expect(
      isWorkloadFragment(
        fragment.replace('      - name: manager\n', '      - "image": x:1\n        name: manager\n')
      )
    ).toBe(false);
    expect(isWorkloadFragment('apiVersion: v1\nkind: ConfigMap\ndata:\n  containers: none\n')).toBe(false);
    expect(isWorkloadFragment(undefined)).toBe(false);
  });
});
