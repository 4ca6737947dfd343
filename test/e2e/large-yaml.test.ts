import { DEFAULT_RULE_SETTINGS } from '../../src/core/settings.js';
import { scanDocuments } from '../../src/engine/scan-documents.js';
import { ALL_RULES } from '../../src/rules/index.js';

/**
 * Issue 11 item 8: a YAML file within the size limit whose parse would blow the memory budget is
 * refused with a note (not BH000, not a crash); the other files are still scanned.
 */
describe('a YAML file over the memory budget', () => {
  it('is skipped with a too-large note that says why and what to do', () => {
    // `kubectl get -o json` of a ConfigMap-heavy List: one 3 MB document of 1.5 million syntax tokens.
    const entry = '{"name": "LOG_LEVEL", "value": "1"}';
    const list = `{"apiVersion": "v1", "kind": "List", "items": [\n${Array(100_000).fill(entry).join(',\n')}\n]}\n`;
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: busybox:1.36}]\n';
    const result = scanDocuments(
      [
        { path: 'dump/all.json', text: list, target: 'kubernetes' },
        { path: 'pod.yaml', text: pod }
      ],
      { rules: [...ALL_RULES], settings: DEFAULT_RULE_SETTINGS }
    );
    expect(result.notes).toContainEqual({
      kind: 'too-large',
      file: 'dump/all.json',
      message: expect.stringMatching(
        /^Not analysed: its largest YAML document is too dense \(about 1\.\d million .* Split the file/
      )
    });
    expect(result.findings.filter(f => f.location.file === 'dump/all.json')).toEqual([]);
    expect(result.findings.map(f => f.ruleId)).toContain('BH504');
  });
});
