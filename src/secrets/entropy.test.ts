import { pseudoRandom } from '../../test/builders/credentials.js';
import { looksRandom, randomEntropyThreshold, shannonEntropy } from './entropy.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

describe('shannonEntropy', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['ab', 1],
    ['abcd', 2],
    ['0123456789abcdef', 4]
  ])('%j has %d bits per character', (value, bits) => expect(shannonEntropy(value)).toBeCloseTo(bits, 10));
});

describe('randomEntropyThreshold', () => {
  it('grows with length and is capped at 4.5 bits', () => {
    expect(randomEntropyThreshold(16)).toBeCloseTo(3.2);
    expect(randomEntropyThreshold(32)).toBeCloseTo(4);
    expect(randomEntropyThreshold(1000)).toBe(4.5);
  });
});

describe('looksRandom', () => {
  function passRate(alphabet: string, length: number): number {
    let passed = 0;
    for (let seed = 1; seed <= 500; seed++)
      if (looksRandom(pseudoRandom(length, seed * 7919, alphabet))) passed++;
    return passed / 500;
  }

  it('accepts most random base62/base64 strings (the rates the threshold docs quote)', () => {
    expect(passRate(BASE62, 16)).toBeGreaterThan(0.85);
    expect(passRate(BASE62, 40)).toBeGreaterThan(0.97);
    expect(passRate(BASE62 + '+/', 40)).toBeGreaterThan(0.95);
    expect(passRate('0123456789abcdefghijklmnopqrstuvwxyz', 32)).toBeGreaterThan(0.8);
  });

  it('never accepts hex, whatever its length', () => {
    expect(passRate('0123456789abcdef', 16)).toBe(0);
    expect(passRate('0123456789abcdef', 64)).toBe(0);
  });

  it.each([
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'Xk9$mP2#qL8vN4!zR7',
    'aZ3kQ9xLm2PqR7tYb8Vn',
    'dummy-8f3Kq9ZxL2mN7pR4vT',
    'k3j9dl2m4nq8x7z1w5v6',
    // Separator-joined random pieces still do, a word and its number aside.
    'ab12-x7k2m9q4-zt83kq',
    // Words cannot hide a random part (only one short service name among whole words passes).
    'AmazonS3Xk9mQ7SecretKey',
    'Kq7LmTr9XpWvQz4Nb8Ys'
  ])('%j looks random', value => expect(looksRandom(value)).toBe(true));

  it.each([
    // Too short, no digits, whitespace.
    'aZ3kQ9xLm2PqR7t',
    'correcthorsebatterystaple',
    'CorrectHorseBatteryStaple',
    'aZ3kQ9xLm2 PqR7tYb8Vn',
    // Checksums, digests, IDs (Dockerfiles are full of them).
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'B42F6819007F00F88E364FD4036A9C25BF357DD4',
    'd41d8cd98f00b204e9800998ecf8427e',
    '7FD3F2A0D0E4F8C5',
    '0x1F2E3D4C5B6A79881F2E',
    'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==',
    '123e4567-e89b-12d3-a456-426614174000',
    '{123E4567-E89B-12D3-A456-426614174000}',
    // Paths, URLs, versions, package and image names.
    '/usr/local/lib/python3.11/site-packages',
    'C:\\Program Files\\dotnet\\dotnet.exe',
    'https://download.example.com/v1.2.3/tool-linux-x64.tar.gz',
    'mcr.microsoft.com/dotnet/aspnet:8.0',
    '1.2.3-beta.4+build.5678',
    'node-v20.11.1-linux-x64',
    'x86_64-linux-gnu-gcc-12',
    'dotnet-sdk-8.0.100-linux-x64.tar.gz',
    'libssl1.1_1.1.1n-0+deb11u5',
    'ubuntu-22.04-server-cloudimg-amd64',
    'com.example.MyApplication2',
    // Algorithm names (Longhorn's volume encryption Secret): words and their numbers.
    'aes-cbc-essiv:sha256',
    'aes-xts-plain64:sha512',
    'MyDatabasePassword2024',
    // Setting names around a short service name (Mattermost's config.json keys).
    'AmazonS3SecretAccessKey',
    'MinioS3AccessKey',
    'awsEc2SecretKey',
    // Sequential runs.
    'abcdefghijklmnopqrstuvwxyz0123456789',
    'ABCDEFGH12345678'
  ])('%j does not look random', value => expect(looksRandom(value)).toBe(false));
});
