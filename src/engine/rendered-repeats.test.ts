import type { Finding } from '../core/finding.js';
import { lineRegion } from '../core/location.js';
import { repeatFilter } from './rendered-repeats.js';

/** A rendered BH510 finding at values.yaml:1 from `object` of the root `root`. */
function hostPort(root: string, object: string, keyPath: string): Finding {
  return {
    ruleId: 'BH510',
    slug: 'host-port',
    severity: 'medium',
    message: "Container 'c' binds port 8443 on the node ('hostPort: 8443').",
    target: 'kubernetes',
    location: { file: `${root}/values.yaml`, region: lineRegion(1) },
    properties: { renderedFrom: root, renderedObject: object, renderedKeyPath: keyPath }
  };
}

describe('repeatFilter', () => {
  it('takes two fields of one rendered object, as many as that object has, once whatever renders it again', () => {
    const isRepeat = repeatFilter();
    const udp = 'spec.containers[0].ports[0].hostPort';
    const tcp = 'spec.containers[0].ports[1].hostPort';
    expect([hostPort('chart', 'Pod/p', udp), hostPort('chart', 'Pod/p', tcp)].map(f => isRepeat(f))).toEqual([
      false,
      false
    ]);
    // One template line rendered for a second object: the same two results.
    expect([hostPort('chart', 'Pod/q', udp), hostPort('chart', 'Pod/q', tcp)].map(f => isRepeat(f))).toEqual([
      true,
      true
    ]);
  });

  it('tells renders of the same objects apart by the render it is given (the Windows pass)', () => {
    const isRepeat = repeatFilter();
    const finding = hostPort('chart', 'Pod/p', 'spec.containers[0].ports[0].hostPort');
    expect(isRepeat(finding, 'default values')).toBe(false);
    expect(isRepeat(structuredClone(finding), 'windows.enabled=true')).toBe(true);
    // A second field that only the Windows pass renders is one more.
    const second = hostPort('chart', 'Pod/p', 'spec.containers[0].ports[1].hostPort');
    expect(isRepeat(second, 'windows.enabled=true')).toBe(false);
  });

  it('takes the same finding from two roots (overlays of one base) once', () => {
    const isRepeat = repeatFilter();
    const base = (root: string, object: string) => ({
      ...hostPort(root, object, 'spec.template.spec.containers[0].ports[0].hostPort'),
      location: { file: 'base/deploy.yaml', region: lineRegion(12) }
    });
    expect(
      [base('dev', 'Deployment/dev-web'), base('prod', 'Deployment/prod-web')].map(f => isRepeat(f))
    ).toEqual([false, true]);
  });
});
