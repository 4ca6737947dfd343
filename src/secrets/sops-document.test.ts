import {
  isCiphertext,
  isSopsDotenv,
  isSopsDotenvMetadata,
  sopsContent,
  withoutSopsValues
} from './sops-document.js';
import { sopsDotenv, sopsEncrypted, sopsIni, sopsJson, sopsYaml } from '../../test/builders/sops.js';

const ENCRYPTED = sopsEncrypted();

describe('sopsContent', () => {
  it('blanks the sops block of SOPS YAML, keeping every other line at its index', () => {
    for (const indent of [2, 4]) {
      const text = sopsYaml(`config:\n  apiKey: ${ENCRYPTED}\n  url: https://api.example.com`, indent);
      const content = sopsContent(text)?.split('\n');
      expect(content).toHaveLength(text.split('\n').length);
      expect(content?.slice(0, 3)).toEqual(text.split('\n').slice(0, 3));
      expect(content?.slice(3).every(line => line === '')).toBe(true);
    }
  });

  it('blanks the block of each document of a multi-document file, and not the documents', () => {
    const text = `${sopsYaml('a: 1')}---\n${sopsYaml('b: 2')}`;
    expect(sopsContent(text)?.replace(/\n+/g, '\n')).toBe('a: 1\n---\nb: 2\n');
  });

  it('drops the sops object of a SOPS JSON document', () => {
    const content = sopsContent(sopsJson({ data: ENCRYPTED, retries: 3 }));
    expect(JSON.parse(content ?? '')).toEqual({ data: ENCRYPTED, retries: 3 });
  });

  it('blanks the metadata lines of SOPS dotenv and INI text', () => {
    expect(sopsContent(sopsDotenv(`DB_PASSWORD=${ENCRYPTED}\nDB_USER=orders`))?.trim()).toBe(
      `DB_PASSWORD=${ENCRYPTED}\nDB_USER=orders`
    );
    expect(sopsContent(sopsIni(`[db]\npassword = ${ENCRYPTED}`))?.trim()).toBe(
      `[db]\npassword = ${ENCRYPTED}`
    );
  });

  it('takes no document without the mac and version SOPS always writes for its metadata', () => {
    const texts = [
      'password: Tr0ub4dor-3-horse\napiKey: x',
      // An application's own `sops` settings (a mapping without SOPS's entries).
      'sops:\n  enabled: true\n  version: 3\npassword: Tr0ub4dor-3-horse',
      // `mac` and `version` nested deeper than the block's own entries.
      'sops:\n  tool:\n    mac: x\n    version: 3\n',
      '{"sops": {"enabled": true}, "password": "Tr0ub4dor-3-horse"}',
      '{"sops": ',
      'sops_version=3.9.0\nDB_PASSWORD=Tr0ub4dor-3-horse',
      '[sops]\nversion = 3\n[db]\nmac = x'
    ];
    for (const text of texts) expect(sopsContent(text)).toBeUndefined();
  });
});

describe('isSopsDotenv', () => {
  it("recognizes a generated Secret's keys from SOPS dotenv text, and the metadata keys among them", () => {
    expect(isSopsDotenv(['DB_PASSWORD', 'sops_lastmodified', 'sops_mac', 'sops_version'])).toBe(true);
    expect(isSopsDotenv(['DB_PASSWORD', 'sops_version'])).toBe(false);
    expect(['sops_age__list_0__map_recipient', 'sops_mac', 'DB_PASSWORD'].map(isSopsDotenvMetadata)).toEqual([
      true,
      true,
      false
    ]);
  });
});

describe('isCiphertext', () => {
  it.each([
    'ENC[AES256_GCM,data:Zm9vYmFy,iv:aXY=,tag:dGFn,type:str]',
    '  ENC[AES256_GCM,data:Zm9v,type:str]',
    '$ANSIBLE_VAULT;1.1;AES256\n6231386438363065'
  ])('takes %j for ciphertext', value => {
    expect(isCiphertext(value)).toBe(true);
  });

  it.each([
    'ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)',
    'Xv9-Qm3Lr7',
    'password ENC[AES256_GCM,data:Zm9v]',
    'ENC[]'
  ])('leaves %j alone', value => {
    expect(isCiphertext(value)).toBe(false);
  });
});

describe('withoutSopsValues', () => {
  it('takes each encrypted value out of the text and keeps the rest', () => {
    const text =
      'user: ENC[AES256_GCM,data:dXNlcg==,type:str]\npassword: ENC[AES256_GCM,data:cGFzcw==,type:str]\nport: 5432';
    expect(withoutSopsValues(text)).toBe('user: \npassword: \nport: 5432');
  });
});
