import { hasJaasEntry, readJaasLine } from './jaas-options.js';

const PLAIN = 'org.apache.kafka.common.security.plain.PlainLoginModule';

/** Reads lines in order, as config text is read, keeping the entry left open between them. */
const readLines = (...lines: string[]) => {
  let open: string | undefined;
  return lines.map(text => {
    const line = readJaasLine(text, open);
    open = line.open;
    return line;
  });
};

describe('readJaasLine', () => {
  it("reads a one-line Kafka sasl.jaas.config entry's options, quoted or bare", () => {
    const [line] = readLines(
      `sasl.jaas.config=${PLAIN} required username="admin" password='Kf-4dm1n' debug=true;`
    );
    expect(line).toEqual({
      continued: false,
      open: undefined,
      options: [
        { name: 'username', value: 'admin', quoted: true, module: PLAIN, password: false },
        { name: 'password', value: 'Kf-4dm1n', quoted: true, module: PLAIN, password: false },
        { name: 'debug', value: 'true', quoted: false, module: PLAIN, password: false }
      ]
    });
  });

  it('marks the user_<name> options of PlainLoginModule and DigestLoginModule as passwords', () => {
    const lines = readLines(
      'KafkaServer {',
      `   ${PLAIN} required`,
      '   username="admin"',
      '   user_alice="al1ce-Kafka";',
      '};',
      'Server {',
      '   org.apache.zookeeper.server.auth.DigestLoginModule required user_super="Zk-Sup3r";',
      '};',
      'Other {',
      '   com.example.auth.TokenLoginModule required user_id="42";',
      '};'
    );
    expect(lines.map(line => line.continued)).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false
    ]);
    expect(lines.flatMap(line => line.options.map(o => [o.name, o.value, o.password]))).toEqual([
      ['username', 'admin', false],
      ['user_alice', 'al1ce-Kafka', true],
      ['user_super', 'Zk-Sup3r', true],
      ['user_id', '42', false]
    ]);
    expect(lines[3]?.open).toBeUndefined();
  });

  it('follows a properties value continued with a backslash, and escaped quotes of a wrapping string', () => {
    const lines = readLines(
      'listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\',
      '    username="broker" \\',
      '    password="Br0ker-Scram";',
      'security.protocol=SASL_SSL'
    );
    expect(lines.map(line => [line.continued, line.options.map(o => `${o.name}=${o.value}`)])).toEqual([
      [false, []],
      [true, ['username=broker']],
      [true, ['password=Br0ker-Scram']],
      [false, []]
    ]);
    const [quoted] = readLines(
      `sasl.jaas.config: "${PLAIN} required username=\\"app\\" password=\\"Ap9-Kafka\\";"`
    );
    expect(quoted?.options.map(o => [o.name, o.value, o.quoted])).toEqual([
      ['username', 'app', true],
      ['password', 'Ap9-Kafka', true]
    ]);
  });

  it('takes no value from source code that builds the entry by concatenation', () => {
    const python = `sjc = '${PLAIN} required username="' + api_key + '" password="' + api_secret + '";'`;
    const java = `"${PLAIN} required username=\\"token\\" password=\\"" + env.get("KAFKA_APIKEY") + "\\";"`;
    expect(readLines(python)[0]?.options).toEqual([]);
    expect(readLines(java)[0]?.options.map(o => `${o.name}=${o.value}`)).toEqual(['username=token']);
  });

  it('takes no module for one without the LoginModule name, and stops at text that is not options', () => {
    expect(readLines('spec.name required for every entry')[0]?.options).toEqual([]);
    expect(hasJaasEntry('the LoginModule required here')).toBe(false);
    expect(hasJaasEntry(`${PLAIN} required;`)).toBe(true);
    const [prose, next] = readLines(`# set ${PLAIN} required if you use it`, 'password="not-an-option"');
    expect(prose).toEqual({ options: [], continued: false, open: undefined });
    expect(next?.options).toEqual([]);
    const [open, after] = readLines(`${PLAIN} required username="a"`, 'KafkaClient {');
    expect(open?.open).toBe(PLAIN);
    expect(after).toEqual({ options: [], continued: true, open: undefined });
  });
});
